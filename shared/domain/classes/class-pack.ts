/**
 * A class pack: everything a member needs to follow a facilitated class, made by the
 * facilitator and passed on as a file, a link or a QR code. Alongside has no server, so the
 * pack *is* the class. It is read from strangers' links, so every field is checked here, on
 * the way in and on the way out (text by `class-pack-text.ts`). What is wrong comes back as a
 * `PackProblem`, which the UI puts into words.
 */
import * as v from 'valibot';
import { resourceProblem } from './class-resource-checks.ts';
import { optionalPlainText, plainText } from './class-pack-text.ts';
import { problemOfIssue, say, type PackProblem } from './pack-problems.ts';
import { isIsoDate, isIsoTime, isValidTimeZone } from './zoned-time.ts';
import { WEEK_COUNT, weekPosition } from '../../content/weeks/course-order.ts';
import { LANGUAGES, type Language } from '../../content/locale.ts';
import { DEFAULT_AGREEMENTS_EN } from '../../content/classes/group-agreements-en.ts';

/** Marks a JSON object as an Alongside class pack. */
export const CLASS_PACK_APP = 'alongside-class';
/** The pack format this version of Alongside writes and reads. */
export const CLASS_PACK_VERSION = 1;
/** The largest pack accepted, in bytes of JSON (after decompressing a link). */
export const CLASS_PACK_MAX_BYTES = 64 * 1024;
/** The most meetings a class can have. */
export const MAX_MEETINGS = 16;
/** The shortest and longest a meeting can be, in minutes. */
const MIN_MINUTES = 15;
const MAX_MINUTES = 8 * 60;
/** Weeks in the course a meeting can cover. Their keys run 1 to 9 (`course-order.ts`), so a key is checked as a number in that range. */
export const COURSE_WEEKS = WEEK_COUNT;

/** Limits on each text, in characters. */
export const LIMITS = {
  name: 80,
  person: 60,
  contact: 120,
  venue: 300,
  agreement: 200,
  agreements: 12,
  resources: 20,
  resourceName: 100,
  offer: 300,
  phone: 40,
  site: 200,
  address: 200,
  note: 1000,
} as const;

/** The group agreements a new class starts with, in English (the words live in content); the facilitator can change them. */
export const DEFAULT_AGREEMENTS: readonly string[] = DEFAULT_AGREEMENTS_EN;

/** The outcome of reading a pack: the pack, or the one problem that keeps it out. */
export type PackResult = { ok: true; pack: ClassPack } | { ok: false; problem: PackProblem };

const week = (of: 'meeting' | 'note') =>
  v.pipe(
    v.number(say({ kind: 'week-not-number', of })),
    v.integer(say({ kind: 'week-not-whole', of })),
    v.minValue(1, say({ kind: 'week-out-of-range', of, max: COURSE_WEEKS })),
    v.maxValue(COURSE_WEEKS, say({ kind: 'week-out-of-range', of, max: COURSE_WEEKS })),
  );

/** One meeting: the wall-clock date and time where the class is held, and the course week it covers. */
const meetingSchema = v.object(
  {
    week: week('meeting'),
    date: v.pipe(
      v.string(say({ kind: 'meeting-date-not-text' })),
      v.check(isIsoDate, say({ kind: 'meeting-date-not-real' })),
      v.check((d) => d >= '2000-01-01' && d <= '2100-12-31', say({ kind: 'meeting-date-out-of-range' })),
    ),
    time: v.pipe(v.string(say({ kind: 'meeting-time-not-text' })), v.check(isIsoTime, say({ kind: 'meeting-time-not-real' }))),
  },
  say({ kind: 'meeting-incomplete' }),
);

// Each field is plain text first (code is refused there); then the phone and website are
// checked together with the name, so the message can say which resource is wrong.
/** A local service the facilitator wants the group to know about. */
const resourceSchema = v.pipe(
  v.object(
    {
      name: plainText('resource-name', LIMITS.resourceName, { required: true }),
      /** What they offer. */
      offer: optionalPlainText('resource-offer', LIMITS.offer, true),
      phone: optionalPlainText('resource-phone', LIMITS.phone),
      /** A web address. */
      site: optionalPlainText('resource-site', LIMITS.site),
      address: optionalPlainText('resource-address', LIMITS.address, true),
    },
    say({ kind: 'resource-incomplete' }),
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = resourceProblem(dataset.value);
    if (problem) addIssue({ message: say(problem) });
  }),
);

/** A note from the facilitator for one week, that members see. */
const noteSchema = v.object({ week: week('note'), text: plainText('note', LIMITS.note, { multiline: true }) }, say({ kind: 'note-incomplete' }));

/**
 * The schema of a pack at the current version (app marker and version are checked first, by
 * `parseClassPack`): a class, as it travels. Its output is the `ClassPack` type.
 */
export const classPackSchema = v.pipe(
  v.object({
    app: v.literal(CLASS_PACK_APP, say({ kind: 'wrong-app' })),
    version: v.literal(CLASS_PACK_VERSION, say({ kind: 'wrong-version' })),
    /** Random; stays the same when the facilitator sends an updated pack. */
    id: v.pipe(v.string(say({ kind: 'id-not-text' })), v.regex(/^[A-Za-z0-9_-]{8,64}$/, say({ kind: 'id-not-valid' }))),
    /** When this edition of the pack was made (ms). */
    updatedAt: v.pipe(
      v.number(say({ kind: 'date-of-pack-not-number' })),
      v.integer(say({ kind: 'date-of-pack-not-valid' })),
      v.minValue(0, say({ kind: 'date-of-pack-not-valid' })),
      v.maxValue(8.64e15, say({ kind: 'date-of-pack-not-valid' })),
    ),
    name: plainText('name', LIMITS.name, { required: true }),
    facilitator: v.object(
      { name: plainText('facilitator-name', LIMITS.person, { required: true }), contact: optionalPlainText('facilitator-contact', LIMITS.contact) },
      say({ kind: 'facilitator-needed' }),
    ),
    /**
     * The language the class is held in, so a Spanish class opens in Spanish. Optional: a pack
     * made before classes had a language is still a valid class, held in English (`classLanguage`).
     */
    language: v.optional(v.picklist(LANGUAGES, say({ kind: 'language-unknown' }))),
    /** IANA time zone where the class meets; meeting times are wall-clock times there. */
    timeZone: v.pipe(v.string(say({ kind: 'time-zone-not-text' })), v.check(isValidTimeZone, say({ kind: 'time-zone-unknown' }))),
    /** How long each meeting lasts. */
    minutes: v.optional(
      v.pipe(
        v.number(say({ kind: 'length-not-number' })),
        v.integer(say({ kind: 'length-not-whole' })),
        v.minValue(MIN_MINUTES, say({ kind: 'length-too-short', min: MIN_MINUTES })),
        v.maxValue(MAX_MINUTES, say({ kind: 'length-too-long', max: MAX_MINUTES })),
      ),
      90,
    ),
    meetings: v.pipe(
      v.array(meetingSchema, say({ kind: 'meetings-not-list' })),
      v.minLength(1, say({ kind: 'no-meetings' })),
      v.maxLength(MAX_MEETINGS, say({ kind: 'too-many', of: 'meetings', max: MAX_MEETINGS })),
    ),
    /** Where: an address, a room, or a video link. */
    venue: optionalPlainText('venue', LIMITS.venue, true),
    agreements: v.optional(
      v.pipe(
        v.array(plainText('agreement', LIMITS.agreement, { required: true }), say({ kind: 'agreements-not-list' })),
        v.maxLength(LIMITS.agreements, say({ kind: 'too-many', of: 'agreements', max: LIMITS.agreements })),
      ),
      [],
    ),
    resources: v.optional(
      v.pipe(v.array(resourceSchema, say({ kind: 'resources-not-list' })), v.maxLength(LIMITS.resources, say({ kind: 'too-many', of: 'resources', max: LIMITS.resources }))),
      [],
    ),
    notes: v.optional(
      v.pipe(
        v.array(noteSchema, say({ kind: 'notes-not-list' })),
        v.maxLength(COURSE_WEEKS, say({ kind: 'one-note-per-week' })),
        v.check((ns) => new Set(ns.map((n) => n.week)).size === ns.length, say({ kind: 'one-note-per-week' })),
      ),
      [],
    ),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = meetingOrderProblem(dataset.value.meetings);
    if (problem) addIssue({ message: say(problem) });
  }),
);

/** A class, as it travels: the schema's own output, so the checks and the type are one truth. */
export type ClassPack = v.InferOutput<typeof classPackSchema>;
/** One meeting of a class. */
export type ClassMeeting = v.InferOutput<typeof meetingSchema>;
/** A local resource of a class. */
export type ClassResource = v.InferOutput<typeof resourceSchema>;
/** A facilitator's note for one week. */
export type WeekNote = v.InferOutput<typeof noteSchema>;

/** The language a class is held in: English for a pack that does not say. */
export function classLanguage(pack: Pick<ClassPack, 'language'>): Language {
  return pack.language ?? 'en';
}

/** Why the meetings are out of order, or undefined when they are fine. */
function meetingOrderProblem(meetings: readonly ClassMeeting[]): PackProblem | undefined {
  for (let i = 1; i < meetings.length; i++) {
    const a = meetings[i - 1]!;
    const b = meetings[i]!;
    if (`${b.date}T${b.time}` <= `${a.date}T${a.time}`) return { kind: 'meeting-not-after', meeting: i + 1 };
    if (weekPosition(b.week) < weekPosition(a.week)) return { kind: 'week-before', meeting: i + 1, week: weekPosition(b.week) };
  }
  return undefined;
}

/** Keys that could reach an object's prototype; dropped wherever a pack is parsed. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `JSON.parse` that drops prototype-reaching keys, so a pack can never change an object's prototype. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads a pack from parsed JSON: the app marker first, then the version (a newer one gets
 * its own message), then every field. Unknown fields are dropped; text is cleaned of
 * invisible characters. Never throws.
 */
export function parseClassPack(input: unknown): PackResult {
  if (!isPlainObject(input) || !Object.hasOwn(input, 'app') || input.app !== CLASS_PACK_APP) return { ok: false, problem: { kind: 'not-a-pack' } };
  const version = Object.hasOwn(input, 'version') ? input.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: 'no-version' } };
  if (version > CLASS_PACK_VERSION) return { ok: false, problem: { kind: 'newer-version' } };
  const result = v.safeParse(classPackSchema, input);
  if (!result.success) return { ok: false, problem: problemOfIssue(result.issues[0]) };
  return { ok: true, pack: result.output };
}

/** The facilitator's work in progress: a pack's fields, not yet checked. */
export type ClassDraft = Omit<ClassPack, 'app' | 'version' | 'updatedAt'>;

/** Turns a draft into a pack made now, checked; the problem says what to fix. */
export function packFromDraft(draft: ClassDraft, now: number): PackResult {
  return parseClassPack({ ...draft, app: CLASS_PACK_APP, version: CLASS_PACK_VERSION, updatedAt: now });
}
