/** A facilitator's class in progress: a new one, the next one, and one read back from storage. */
import { DEFAULT_AGREEMENTS, isPlainObject, type ClassDraft, type ClassMeeting, type ClassResource, type WeekNote } from './class-pack.ts';
import { generateMeetings } from './class-meetings.ts';
import { addDays, isIsoDate, isIsoTime, isValidTimeZone, weekdayOf, type IsoDate } from './zoned-time.ts';

/** Reads a stored draft leniently: a field of the wrong type falls back to its default. */
export function reviveDraft(raw: unknown, fresh: ClassDraft): ClassDraft {
  if (!isPlainObject(raw)) return fresh;
  const str = (x: unknown, d: string) => (typeof x === 'string' ? x : d);
  const arr = <T>(x: unknown, ok: (y: unknown) => y is T): T[] | undefined => (Array.isArray(x) && x.every(ok) ? x : undefined);
  const isMeeting = (m: unknown): m is ClassMeeting => isPlainObject(m) && typeof m.week === 'number' && typeof m.date === 'string' && typeof m.time === 'string';
  const isResource = (r: unknown): r is ClassResource => isPlainObject(r) && ['name', 'offer', 'phone', 'site', 'address'].every((k) => typeof r[k] === 'string');
  const isNote = (n: unknown): n is WeekNote => isPlainObject(n) && typeof n.week === 'number' && typeof n.text === 'string';
  const f = isPlainObject(raw.facilitator) ? raw.facilitator : {};
  return {
    id: typeof raw.id === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(raw.id) ? raw.id : fresh.id,
    name: str(raw.name, fresh.name),
    facilitator: { name: str(f.name, fresh.facilitator.name), contact: str(f.contact, fresh.facilitator.contact) },
    timeZone: typeof raw.timeZone === 'string' && isValidTimeZone(raw.timeZone) ? raw.timeZone : fresh.timeZone,
    minutes: typeof raw.minutes === 'number' ? raw.minutes : fresh.minutes,
    meetings: arr(raw.meetings, isMeeting) ?? fresh.meetings,
    venue: str(raw.venue, fresh.venue),
    agreements: arr(raw.agreements, (x): x is string => typeof x === 'string') ?? fresh.agreements,
    resources: arr(raw.resources, isResource) ?? fresh.resources,
    notes: arr(raw.notes, isNote) ?? fresh.notes,
  };
}

/** A new, empty class with the default agreements and one weekly meeting per week of the course, from next week. */
export function newDraft(id: string, timeZone: string, today: IsoDate): ClassDraft {
  const start = addDays(today, 7);
  return {
    id,
    name: '',
    facilitator: { name: '', contact: '' },
    timeZone,
    minutes: 90,
    meetings: generateMeetings({ from: start, weekday: weekdayOf(start), time: '18:30' }),
    venue: '',
    agreements: [...DEFAULT_AGREEMENTS],
    resources: [],
    notes: [],
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
  const fresh = newDraft(id, isValidTimeZone(previous.timeZone) ? previous.timeZone : 'UTC', today);
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
