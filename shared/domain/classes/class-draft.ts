/** A facilitator's class in progress: a new one, the next one, and one read back from storage. */
import * as v from 'valibot';
import type { ClassDraft } from './class-pack.ts';
import { defaultAgreementsIn } from '../../content/classes/group-agreements-es.ts';
import { generateMeetings } from './class-meetings.ts';
import { addDays, isIsoDate, isIsoTime, isValidTimeZone, weekdayOf, type IsoDate } from './zoned-time.ts';
import { list, text } from '../trust/schema-parts.ts';
import { LANGUAGES, type Language } from '../../content/locale.ts';

/** A part of a stored draft: left out (undefined) when it is missing or of the wrong type, never a reason to refuse the rest. */
const lenient = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

/**
 * A draft as stored: kept as typed, so not checked as a pack (a half-written class need not
 * pass), only for the type of each part, within the size limits of every stored record. A
 * part of the wrong type reads as missing; `reviveDraft` fills it from a fresh draft.
 */
export const storedDraftSchema = v.object({
  id: lenient(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/))),
  name: lenient(text()),
  facilitator: lenient(v.object({ name: lenient(text()), contact: lenient(text()) })),
  timeZone: lenient(v.pipe(text(), v.check(isValidTimeZone))),
  minutes: lenient(v.pipe(v.number(), v.finite())),
  meetings: lenient(list(v.object({ week: v.pipe(v.number(), v.finite()), date: text(), time: text() }))),
  venue: lenient(text()),
  agreements: lenient(list(text())),
  resources: lenient(list(v.object({ name: text(), offer: text(), phone: text(), site: text(), address: text() }))),
  notes: lenient(list(v.object({ week: v.pipe(v.number(), v.finite()), text: text() }))),
  language: lenient(v.picklist(LANGUAGES)),
});

/** A draft as stored: any part may be missing. */
export type StoredDraft = v.InferOutput<typeof storedDraftSchema>;

/** Reads a stored draft leniently: a part that is missing or of the wrong type falls back to `fresh`'s. */
export function reviveDraft(raw: unknown, fresh: ClassDraft): ClassDraft {
  const parsed = v.safeParse(storedDraftSchema, raw);
  if (!parsed.success) return fresh;
  const d = parsed.output;
  return {
    id: d.id ?? fresh.id,
    name: d.name ?? fresh.name,
    facilitator: { name: d.facilitator?.name ?? fresh.facilitator.name, contact: d.facilitator?.contact ?? fresh.facilitator.contact },
    timeZone: d.timeZone ?? fresh.timeZone,
    minutes: d.minutes ?? fresh.minutes,
    meetings: d.meetings ?? fresh.meetings,
    venue: d.venue ?? fresh.venue,
    agreements: d.agreements ?? fresh.agreements,
    resources: d.resources ?? fresh.resources,
    notes: d.notes ?? fresh.notes,
    ...(d.language ?? fresh.language ? { language: d.language ?? fresh.language } : {}),
  };
}

/**
 * A new, empty class with the default agreements and one weekly meeting per week of the
 * course, from next week, held in `language` (the facilitator's interface language), its
 * starting agreements written in it.
 */
export function newDraft(id: string, timeZone: string, today: IsoDate, language: Language = 'en'): ClassDraft {
  const start = addDays(today, 7);
  return {
    id,
    name: '',
    facilitator: { name: '', contact: '' },
    timeZone,
    minutes: 90,
    meetings: generateMeetings({ from: start, weekday: weekdayOf(start), time: '18:30' }),
    venue: '',
    agreements: [...defaultAgreementsIn(language)],
    resources: [],
    notes: [],
    language,
  };
}

/**
 * A second class after `previous`, for "Start a new class". It gets a new id, so members of
 * the first class see a different class when they open its link, never an update to theirs.
 * The facilitator's details, time zone, length, place, agreements and local support carry
 * over; the name, notes and dates start again (eight meetings from next week, on the same
 * weekday and at the same time as before).
 */
export function nextClassDraft(previous: ClassDraft, id: string, today: IsoDate): ClassDraft {
  const fresh = newDraft(id, isValidTimeZone(previous.timeZone) ? previous.timeZone : 'UTC', today, previous.language);
  const first = previous.meetings[0];
  const from = addDays(today, 7);
  return {
    ...fresh,
    facilitator: { ...previous.facilitator },
    minutes: previous.minutes,
    venue: previous.venue,
    agreements: [...previous.agreements],
    resources: previous.resources.map((r) => ({ ...r })),
    meetings: first && isIsoDate(first.date) && isIsoTime(first.time) ? generateMeetings({ from, weekday: weekdayOf(first.date), time: first.time }) : fresh.meetings,
  };
}
