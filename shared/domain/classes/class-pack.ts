/**
 * A class pack: everything a member needs to follow a facilitated class, made by the
 * facilitator and passed on as a file, a link or a QR code. Alongside has no server, so the
 * pack *is* the class. It is read from strangers' links, so every field is checked here, on
 * the way in and on the way out. Text stays plain text (the UI renders it only through Lit
 * templates, never as HTML), and text that looks like code (an HTML tag, an event handler, a
 * `javascript:` address) is refused outright: a class has no use for it, so it can only be a
 * mistake or an attack, and it is better said than silently kept.
 */
import * as v from 'valibot';
import { resourceProblem } from './class-resource-checks.ts';
import { isIsoDate, isIsoTime, isValidTimeZone, type IsoDate, type IsoTime } from './zoned-time.ts';
import { WEEK_COUNT, weekPosition } from '../../content/weeks/course-order.ts';

/** Marks a JSON object as an Alongside class pack. */
export const CLASS_PACK_APP = 'alongside-class';
/** The pack format this version of Alongside writes and reads. */
export const CLASS_PACK_VERSION = 1;
/** The largest pack accepted, in bytes of JSON (after decompressing a link). */
export const CLASS_PACK_MAX_BYTES = 64 * 1024;
/** The most meetings a class can have. */
export const MAX_MEETINGS = 16;
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

/** The group agreements a new class starts with; the facilitator can change them. */
export const DEFAULT_AGREEMENTS: readonly string[] = [
  'What is said here stays here.',
  'We listen without trying to fix.',
  'We speak from our own experience.',
  'It is fine to pass.',
];

/** One meeting: the wall-clock date and time where the class is held, and the course week it covers. */
export interface ClassMeeting {
  week: number;
  date: IsoDate;
  time: IsoTime;
}

/** A local service the facilitator wants the group to know about. */
export interface ClassResource {
  name: string;
  /** What they offer. */
  offer: string;
  phone: string;
  /** A web address. */
  site: string;
  address: string;
}

/** A note from the facilitator for one week, that members see. */
export interface WeekNote {
  week: number;
  text: string;
}

/** A class, as it travels. */
export interface ClassPack {
  app: typeof CLASS_PACK_APP;
  version: typeof CLASS_PACK_VERSION;
  /** Random; stays the same when the facilitator sends an updated pack. */
  id: string;
  /** When this edition of the pack was made (ms). */
  updatedAt: number;
  name: string;
  facilitator: { name: string; contact: string };
  /** IANA time zone where the class meets; meeting times are wall-clock times there. */
  timeZone: string;
  /** How long each meeting lasts. */
  minutes: number;
  meetings: ClassMeeting[];
  /** Where: an address, a room, or a video link. */
  venue: string;
  agreements: string[];
  resources: ClassResource[];
  notes: WeekNote[];
}

/** The outcome of reading a pack: the pack, or one message a person can read. */
export type PackResult = { ok: true; pack: ClassPack } | { ok: false; message: string };

// Control characters (except tab and newline) and bidirectional overrides can hide or
// reorder text; a pack has no use for them.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

// Markup a class never needs. Tags are matched by name (dangerous ones, open or not), or any
// tag that carries an event handler; "Tom & Jerry <3" and "ages 5<10" stay fine.
const CODE_PATTERNS: readonly RegExp[] = [
  /<\/?(?:script|style|iframe|frame|frameset|object|embed|applet|img|image|svg|math|link|meta|base|form|input|button|textarea|select|video|audio|source|track|body|html|head|template|noscript|a|marquee|details|dialog|xml|portal)(?=[\s/>]|$)/i,
  /<[a-z][\w:-]*[^<>]*\son[a-z]+\s*=/i,
  /\bon(?:error|load|click|dblclick|mouse[a-z]*|pointer[a-z]*|touch[a-z]*|key[a-z]*|focus[a-z]*|blur|toggle|begin|end|animation[a-z]*|transition[a-z]*|change|input|submit|wheel|scroll|drag[a-z]*|drop|copy|cut|paste|play|pause|show|beforeunload|unload|message|hashchange|popstate|resize|contextmenu)\s*=/i,
  /\b(?:javascript|vbscript|livescript)\s*:/i,
  /\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+\s*[;,]/i,
];

/** True when text holds markup or a script address, which a class pack never needs. */
export function looksLikeCode(text: string): boolean {
  return CODE_PATTERNS.some((p) => p.test(text));
}

/** The message for a pack with code in it: `where` is the field, in lower case ("the class name"). */
export function codeMessage(where: string): string {
  return `This class pack has code in it (in ${where}). A class needs only plain words, so it can’t be used. If you made it, take out any <tags> or script links.`;
}

/** Plain text with a length limit; `multiline` keeps line breaks. */
function plain(label: string, max: number, options: { required?: boolean; multiline?: boolean } = {}) {
  const clean = (s: string) => {
    const t = s.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
    return (options.multiline ? t.replace(/\n{3,}/g, '\n\n') : t.replace(/\s*\n\s*/g, ' ')).trim();
  };
  const tooLong = `${label} is too long (${max} characters at most).`;
  return v.pipe(
    v.string(`${label} must be text.`),
    // Measured before and after cleaning: a huge string is refused before any work on it.
    v.maxLength(max * 2, tooLong),
    v.transform(clean),
    v.maxLength(max, tooLong),
    v.check((s) => !options.required || s.length > 0, `${label} is missing.`),
    // Checked after cleaning, so an invisible character cannot split "java\u0000script:".
    v.check((s) => !looksLikeCode(s), codeMessage(label.charAt(0).toLowerCase() + label.slice(1))),
  );
}

/** An optional text: missing becomes "". */
function optionalPlain(label: string, max: number, multiline = false) {
  return v.optional(plain(label, max, { multiline }), '');
}

const week = (label: string) =>
  v.pipe(
    v.number(`${label} must be a week number.`),
    v.integer(`${label} must be a whole week number.`),
    v.minValue(1, `${label} must be a week from 1 to ${COURSE_WEEKS}.`),
    v.maxValue(COURSE_WEEKS, `${label} must be a week from 1 to ${COURSE_WEEKS}.`),
  );

const meetingSchema = v.object(
  {
    week: week('Each meeting'),
    date: v.pipe(
      v.string('A meeting date must be text.'),
      v.check(isIsoDate, 'A meeting date is not a real date.'),
      v.check((d) => d >= '2000-01-01' && d <= '2100-12-31', 'A meeting date is out of range.'),
    ),
    time: v.pipe(v.string('A meeting time must be text.'), v.check(isIsoTime, 'A meeting time is not a time of day.')),
  },
  'Each meeting needs a week, a date and a time.',
);

// Each field is plain text first (code is refused there); then the phone and website are
// checked together with the name, so the message can say which resource is wrong.
const resourceSchema = v.pipe(
  v.object(
    {
      name: plain('A local resource’s name', LIMITS.resourceName, { required: true }),
      offer: optionalPlain('What a local resource offers', LIMITS.offer, true),
      phone: optionalPlain('A local resource’s phone number', LIMITS.phone),
      site: optionalPlain('A local resource’s website', LIMITS.site),
      address: optionalPlain('A local resource’s address', LIMITS.address, true),
    },
    'Each local resource needs at least a name.',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = resourceProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

const noteSchema = v.object({ week: week('A week note'), text: plain('A week note', LIMITS.note, { multiline: true }) }, 'A week note needs a week and its text.');

/** The schema of a pack at the current version (app marker and version are checked first, by `parseClassPack`). */
export const classPackSchema = v.pipe(
  v.object({
    app: v.literal(CLASS_PACK_APP, 'This is not an Alongside class.'),
    version: v.literal(CLASS_PACK_VERSION, 'This class pack has a version we cannot read.'),
    id: v.pipe(v.string('The class id must be text.'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'The class id is not valid.')),
    updatedAt: v.pipe(v.number('The date of the pack must be a number.'), v.integer('The date of the pack is not valid.'), v.minValue(0, 'The date of the pack is not valid.'), v.maxValue(8.64e15, 'The date of the pack is not valid.')),
    name: plain('The class name', LIMITS.name, { required: true }),
    facilitator: v.object(
      { name: plain('The facilitator’s name', LIMITS.person, { required: true }), contact: optionalPlain('The facilitator’s contact', LIMITS.contact) },
      'The class needs a facilitator’s name.',
    ),
    timeZone: v.pipe(v.string('The time zone must be text.'), v.check(isValidTimeZone, 'The time zone is not one we know.')),
    minutes: v.optional(
      v.pipe(v.number('The meeting length must be a number.'), v.integer('The meeting length must be whole minutes.'), v.minValue(15, 'Meetings must be at least 15 minutes.'), v.maxValue(480, 'Meetings can be 8 hours at most.')),
      90,
    ),
    meetings: v.pipe(
      v.array(meetingSchema, 'The class needs a list of meetings.'),
      v.minLength(1, 'The class has no meetings.'),
      v.maxLength(MAX_MEETINGS, `A class can have ${MAX_MEETINGS} meetings at most.`),
    ),
    venue: optionalPlain('The place or video link', LIMITS.venue, true),
    agreements: v.optional(
      v.pipe(
        v.array(plain('A group agreement', LIMITS.agreement, { required: true }), 'The group agreements must be a list.'),
        v.maxLength(LIMITS.agreements, `A class can have ${LIMITS.agreements} group agreements at most.`),
      ),
      [],
    ),
    resources: v.optional(
      v.pipe(v.array(resourceSchema, 'The local resources must be a list.'), v.maxLength(LIMITS.resources, `A class can list ${LIMITS.resources} local resources at most.`)),
      [],
    ),
    notes: v.optional(
      v.pipe(
        v.array(noteSchema, 'The week notes must be a list.'),
        v.maxLength(COURSE_WEEKS, `There can be one note per week at most.`),
        v.check((ns) => new Set(ns.map((n) => n.week)).size === ns.length, 'There can be one note per week at most.'),
      ),
      [],
    ),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = meetingOrderProblem(dataset.value.meetings);
    if (problem) addIssue({ message: problem });
  }),
);

/** Why the meetings are out of order, or undefined when they are fine. */
function meetingOrderProblem(meetings: readonly ClassMeeting[]): string | undefined {
  for (let i = 1; i < meetings.length; i++) {
    const a = meetings[i - 1]!;
    const b = meetings[i]!;
    if (`${b.date}T${b.time}` <= `${a.date}T${a.time}`) return `Meeting ${i + 1} is not after meeting ${i}. Meetings must be in date order.`;
    if (weekPosition(b.week) < weekPosition(a.week)) return `Meeting ${i + 1} covers week ${weekPosition(b.week)}, which comes before the week of meeting ${i}. Weeks must go in order.`;
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

/** Message for anything that is not a class pack at all. */
export const NOT_A_PACK = 'This is not an Alongside class. It may be from another app, or the link may be incomplete.';
/** Message for a pack from a newer Alongside. */
export const NEWER_VERSION = 'This class was made with a newer version of Alongside. Please reload Alongside to update it, then open the class again.';

/**
 * Reads a pack from parsed JSON: the app marker first, then the version (a newer one gets
 * its own message), then every field. Unknown fields are dropped; text is cleaned of
 * invisible characters. Never throws.
 */
export function parseClassPack(input: unknown): PackResult {
  if (!isPlainObject(input) || !Object.hasOwn(input, 'app') || input.app !== CLASS_PACK_APP) return { ok: false, message: NOT_A_PACK };
  const version = Object.hasOwn(input, 'version') ? input.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: 'This class pack has no version we can read, so it may be damaged.' };
  if (version > CLASS_PACK_VERSION) return { ok: false, message: NEWER_VERSION };
  const result = v.safeParse(classPackSchema, input);
  if (!result.success) return { ok: false, message: readableIssue(result.issues[0]) };
  return { ok: true, pack: result.output as ClassPack };
}

/** What a missing field means to a person. */
const MISSING: Record<string, string> = {
  id: 'The class pack has no id, so it may be damaged.',
  updatedAt: 'The class pack has no date, so it may be damaged.',
  name: 'The class name is missing.',
  facilitator: 'The class needs a facilitator’s name.',
  timeZone: 'The class has no time zone.',
  meetings: 'The class has no meetings.',
  week: 'A meeting or note has no week.',
  date: 'A meeting has no date.',
  time: 'A meeting has no time.',
  text: 'A week note has no text.',
};

/** Our own message for an issue; valibot's words for a missing key are not for people. */
function readableIssue(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1];
  if (issue.kind === 'schema' && issue.input === undefined && last && 'key' in last && typeof last.key === 'string') {
    return MISSING[last.key] ?? 'A part of the class pack is missing, so it may be damaged.';
  }
  return issue.message;
}

/** The facilitator's work in progress: a pack's fields, not yet checked. */
export type ClassDraft = Omit<ClassPack, 'app' | 'version' | 'updatedAt'>;

/** Turns a draft into a pack made now, checked; the message says what to fix. */
export function packFromDraft(draft: ClassDraft, now: number): PackResult {
  return parseClassPack({ ...draft, app: CLASS_PACK_APP, version: CLASS_PACK_VERSION, updatedAt: now });
}
