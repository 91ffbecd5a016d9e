/**
 * The backup file: its format, the checks every record must pass before anything is
 * written, and the small rules around it (what the preview says, which copy wins a merge,
 * when to remind). Pure: no IndexedDB, no crypto, no DOM; `shared/data/trust/backup.ts` does those.
 *
 * A plain file:
 *   { "app": "alongside", "format": 1, "schemaVersion": 4, "exportedAt": "2026-05-12T09:30:00.000Z",
 *     "stores": { "boundaries": [...], "journal": [...], ... } }
 * A file protected with a passphrase holds the plain file's text, encrypted:
 *   { "app": "alongside", "format": 1,
 *     "encrypted": { "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": "…", "iv": "…", "ciphertext": "…" } }
 *
 * Reading is strict where it matters and forgiving where it is safe: a file that is not
 * JSON, not ours, from a newer version, too big, or with any record out of shape is
 * refused whole, with a plain message. Fields we do not know are dropped (valibot's
 * `object` keeps only the keys it names, and its `record` skips `__proto__`,
 * `constructor` and `prototype`), and so are settings we do not know or that belong to
 * one device only (the lock's salt, reminder dates).
 *
 * Times are checked against the file's own date: a record changed after the file was saved
 * (or a file saved after now) carries a forged or broken stamp, which would win every
 * merge. Such stamps are set back to the file's date (to now, when the file's date has not
 * come either) rather than the file refused, so one bad date never costs the person the
 * rest of their backup; the preview and the result say so, and in "add to what I have" such
 * a record only fills a gap: it never replaces a copy already here.
 */
import * as v from 'valibot';
import type { Situation } from '../../content/course-types.ts';
import { PROMPT_CATEGORY_IDS } from '../../content/prompts/prompt-types.ts';
import { parseClassPack, type ClassDraft } from '../classes/class-pack.ts';
import { isLaterChange, SYNCED_STORES } from '../link/toolkit-sync.ts';
import { isFromTheFuture } from './trusted-time.ts';
import type { SettingKey, SettingValues } from '../settings.ts';
import { AFRAID_ANSWERS } from '../crisis/safety-plan.ts';
import { CONDITIONS } from '../course/profile.ts';
import { STAR_MOMENTS } from '../practice/supporter-star.ts';
import { ACTIVITY_FIELD_MAX, PATTERN_FIELD_MAX, isCalendarDay } from '../practice/pattern-log.ts';

/** The `app` field of every backup. */
export const BACKUP_APP = 'alongside';
/** The file format this version writes and reads. */
export const BACKUP_FORMAT = 1;
/** The key-derivation function named in protected files. */
export const BACKUP_KDF = 'PBKDF2-SHA-256';
/** Largest backup file read, in characters (about 64 MB): far above a lifetime of writing, far below what hurts a phone. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
/** Most records of one kind in a file. */
export const MAX_RECORDS_PER_STORE = 200_000;
/** Longest text in any one field. */
export const MAX_TEXT = 100_000;
/** Longest id, name or key. */
export const MAX_ID = 200;
/** Most items in a list or entries in a map inside a record. */
export const MAX_ITEMS = 1_000;
/** Most PBKDF2 iterations a protected file may ask for (more would hang the page). */
export const MAX_BACKUP_ITERATIONS = 10_000_000;

// ---- Building blocks ----

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
/** A time in ms since the epoch (JavaScript's own range). */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));
const dict = <S extends v.GenericSchema>(value: S) => v.pipe(v.record(v.pipe(v.string(), v.maxLength(MAX_ID)), value), v.maxEntries(MAX_ITEMS));
const base = { id, createdAt: time, updatedAt: time };
const SITUATION_IDS: readonly Situation[] = ['mental-illness', 'substance-use', 'both'];

// ---- One schema per store ----

const boundary = v.object({
  ...base,
  situation: text(),
  action: text(),
  reason: text(),
  feeling: v.optional(text()),
  words: v.optional(text()),
  holdPlan: v.optional(text()),
  tries: v.optional(list(v.object({ at: time, howItWent: text() }))),
});

const journalEntry = v.object({
  ...base,
  kind: v.picklist(['reflection', 'practice', 'conversation', 'note']),
  week: v.optional(int(0, 100)),
  ref: v.optional(text(MAX_ID)),
  prompt: text(),
  text: text(),
  plan: v.optional(dict(text())),
  triedAt: v.optional(time),
});

const checkin = v.object({ ...base, week: int(0, 100), stress: int(1, 5), hope: int(1, 5), note: text() });

const star = v.object({
  ...base,
  moment: v.picklist(STAR_MOMENTS),
  scores: dict(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(5))),
});

const plan = v.object({
  ...base,
  who: text(),
  about: text(),
  goal: text(),
  timeAndPlace: text(),
  opening: text(),
  keyPoints: list(text()),
  promptIds: list(id),
  /** Optional: plans saved before blanks could be filled in (and their backups) lack it; no new schema version needed. */
  promptFills: v.optional(dict(dict(text()))),
  /** Optional for the same reason: "they might say" lines and "what to have ready" came later. */
  theyMightSay: v.optional(list(text())),
  ready: v.optional(list(text())),
  avoid: text(),
  exitLine: text(),
  afterCare: text(),
  scheduledAt: v.optional(time),
  reflectedAt: v.optional(time),
});

const ownPrompt = v.object({
  ...base,
  own: v.literal(true),
  category: v.picklist(PROMPT_CATEGORY_IDS),
  words: text(),
  whenToUse: text(),
  insteadOf: text(),
  tryThis: text(),
  tags: list(text(MAX_ID)),
  situations: v.optional(list(v.picklist(SITUATION_IDS))),
});

const favourite = v.object(base);

const crisisPlan = v.object({ ...base, fields: dict(text()), theirWishes: text(), theyDeclined: v.boolean() });

const safetyPlan = v.object({ ...base, fields: dict(text()), afraid: v.optional(v.object({ answer: v.picklist(AFRAID_ANSWERS), at: time })) });

const progress = v.object({
  ...base,
  week: int(1, 100),
  position: int(0, 10_000),
  done: list(text(MAX_ID)),
  answers: dict(int(0, 1_000)),
  completedAt: v.optional(time),
});

const patternText = text(PATTERN_FIELD_MAX);
const pattern = v.object({
  ...base,
  date: v.pipe(v.string(), v.check(isCalendarDay)),
  where: patternText,
  who: patternText,
  what: patternText,
  feelings: patternText,
  happened: patternText,
  afterThem: patternText,
  afterMe: patternText,
  note: v.optional(patternText),
});

const activity = v.object({ ...base, text: v.pipe(v.string(), v.minLength(1), v.maxLength(ACTIVITY_FIELD_MAX)), when: v.optional(text(ACTIVITY_FIELD_MAX)) });

const tombstone = v.object({ ...base, store: v.picklist(SYNCED_STORES), recordId: id, deletedAt: time });

const settingRecord = v.object({ ...base, value: v.unknown() });

/** Every store a backup holds, with the schema each of its records must pass. */
export const RECORD_SCHEMAS = {
  boundaries: boundary,
  settings: settingRecord,
  progress,
  journal: journalEntry,
  checkins: checkin,
  star,
  plans: plan,
  ownPrompts: ownPrompt,
  favourites: favourite,
  crisisPlan,
  tombstones: tombstone,
  safetyPlan,
  patterns: pattern,
  activities: activity,
} as const;

/** A store a backup holds. */
export type BackupStoreName = keyof typeof RECORD_SCHEMAS;

/**
 * The schema version that added each store. A file must list every store its version had
 * (an empty list is fine), so a cut-short file cannot pass for "nothing here" and, with
 * "replace everything", empty a store.
 */
export const STORE_SINCE: Readonly<Record<BackupStoreName, number>> = {
  boundaries: 1,
  settings: 2,
  progress: 3,
  journal: 3,
  checkins: 3,
  star: 3,
  plans: 3,
  ownPrompts: 3,
  favourites: 3,
  crisisPlan: 4,
  tombstones: 5,
  safetyPlan: 6,
  patterns: 7,
  activities: 7,
};
/** Every store a backup holds, in the order the preview lists them. */
export const BACKUP_STORES = Object.keys(RECORD_SCHEMAS) as BackupStoreName[];
/** A record of one store, as checked. */
export type BackupRecord<N extends BackupStoreName = BackupStoreName> = v.InferOutput<(typeof RECORD_SCHEMAS)[N]>;

// ---- Settings ----

/** Settings that belong to this device only: never written to a file, never taken from one. */
export type DeviceOnlySetting = 'lastBackupAt' | 'backupReminderDismissedAt' | 'persistenceExplained' | 'linkedAt' | 'starInviteDismissed';
/** Ids in the settings store that stay on this device: the above, and the lock's salt and check value. */
export const DEVICE_ONLY_SETTING_IDS: readonly string[] = ['lock', 'lastBackupAt', 'backupReminderDismissedAt', 'persistenceExplained', 'linkedAt', 'starInviteDismissed'] satisfies (
  | DeviceOnlySetting
  | 'lock'
)[];

/** A schema built from a parser that returns undefined for anything it refuses. */
function via<T>(parse: (input: unknown) => T | undefined): v.GenericSchema<unknown, T> {
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const out = parse(dataset.value);
      if (out === undefined) {
        addIssue({ message: 'not valid' });
        return NEVER;
      }
      return out;
    }),
  ) as unknown as v.GenericSchema<unknown, T>;
}

/**
 * Plain JSON data, copied: bounded in size and depth, with no key that could reach a
 * prototype. For settings whose owner reads them leniently anyway (a class draft).
 */
function plainData(input: unknown, depth = 0): unknown {
  if (input === null || typeof input === 'boolean') return input;
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input === 'string') return input.length <= MAX_TEXT ? input : undefined;
  if (depth >= 8 || typeof input !== 'object') return undefined;
  const entries = Array.isArray(input) ? input.map((x, i) => [String(i), x] as const) : Object.entries(input);
  if (entries.length > MAX_ITEMS) return undefined;
  const out: unknown[] | Record<string, unknown> = Array.isArray(input) ? [] : {};
  for (const [key, value] of entries) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key.length > MAX_ID) return undefined;
    const copy = plainData(value, depth + 1);
    if (copy === undefined) return undefined;
    if (Array.isArray(out)) out.push(copy);
    else Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/**
 * A schema for every setting a backup carries. Adding a setting to `SettingValues` asks
 * for a row here (how a backup checks it) or a place in `DeviceOnlySetting`.
 */
const SETTING_SCHEMAS: { [K in Exclude<SettingKey, DeviceOnlySetting>]: v.GenericSchema<unknown, SettingValues[K]> } = {
  country: v.pipe(v.string(), v.maxLength(10)),
  profile: v.nullable(
    v.object({
      relationship: v.picklist(['son', 'daughter', 'child', 'partner', 'parent', 'sibling', 'friend', 'other']),
      situation: v.picklist(SITUATION_IDS),
      condition: v.optional(v.picklist(CONDITIONS.map((c) => c.id))),
    }),
  ),
  onboarded: v.boolean(),
  pacing: v.object({ mode: v.picklist(['self', 'class']), allOpen: v.boolean(), opensAt: v.optional(dict(time)) }),
  classPack: v.nullable(
    via((input) => {
      const result = parseClassPack(input);
      return result.ok ? result.pack : undefined;
    }),
  ),
  // The class screens revive a draft field by field, falling back to defaults.
  classDraft: v.nullable(via((input) => plainData(input) as ClassDraft | undefined)),
  reminderLeadMinutes: int(0, 7 * 24 * 60),
  quietHours: v.nullable(v.object({ from: clock, to: clock })),
  nudgeSensitivity: v.picklist(['gentle', 'standard', 'off']),
  weeklyLessonReminder: v.nullable(v.object({ day: int(0, 6), time: clock })),
  quietSites: dict(time),
  remindersShown: dict(time),
  lockIdleMinutes: int(1, 24 * 60),
};

// ---- The file ----

/** A checked backup, ready to preview and restore. */
export interface BackupContents {
  schemaVersion: number;
  /** When it was saved (ms); now, when the file's own date had not come yet. */
  exportedAt: number;
  stores: { [N in BackupStoreName]: BackupRecord<N>[] };
  /** Settings in the file that this version leaves out (unknown, or for one device only). */
  skippedSettings: number;
  /** True when the file said it was saved later than now (so `exportedAt` is now instead). */
  exportedInFuture?: boolean;
  /** Records (`futureDateKey`) whose dates had not come yet, set back to `exportedAt`: they never replace a copy already here. */
  futureDated?: ReadonlySet<string>;
}

/** The key of a record in `BackupContents.futureDated`. */
export function futureDateKey(store: BackupStoreName, id: string): string {
  return `${store}:${id}`;
}

/** The encrypted part of a protected file, as text; `shared/data/trust/backup.ts` decodes and opens it. */
export interface EncryptedEnvelope {
  kdf: typeof BACKUP_KDF;
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
}

/** What reading a file found: a checked backup, or a protected one that needs its passphrase. */
export type ReadBackup = { kind: 'plain'; contents: BackupContents } | { kind: 'encrypted'; envelope: EncryptedEnvelope };

/** Why a file was refused. */
export type BackupErrorKind = 'too-big' | 'not-backup' | 'damaged' | 'newer' | 'needs-passphrase' | 'wrong-passphrase';

const MESSAGES: Record<BackupErrorKind, string> = {
  'too-big': 'This file is too big to be an Alongside backup, so nothing was changed. Please choose the file Alongside saved for you.',
  'not-backup':
    'This file is not an Alongside backup, so nothing was changed. Backup files Alongside saves have a name that starts with “alongside-backup”.',
  damaged: 'This backup file looks damaged, so nothing was changed. If you have another copy, please try that one.',
  newer: 'This backup was made by a newer version of Alongside, so nothing was changed. Please reload Alongside to get the newest version, then try again.',
  'needs-passphrase': 'This backup is protected with a passphrase. Please type the passphrase to open it.',
  'wrong-passphrase': 'That passphrase did not open the backup, so nothing was changed. Please check it and try again.',
};

/** A backup that cannot be used, with a message to show as it is. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly kind: BackupErrorKind,
    /** Where the problem is, in words ("journal entry 3"), for damaged files. */
    readonly where?: string,
    options?: { cause?: unknown },
  ) {
    super(where ? MESSAGES[kind].replace(', so nothing', ` (${where}), so nothing`) : MESSAGES[kind], options);
  }
}

const envelopeSchema = v.object({
  kdf: v.literal(BACKUP_KDF),
  iterations: int(1, MAX_BACKUP_ITERATIONS),
  salt: v.pipe(v.string(), v.maxLength(200)),
  iv: v.pipe(v.string(), v.maxLength(200)),
  ciphertext: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS)),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a backup file's text. Throws a `BackupError` (with a message to show) for anything
 * that is not a whole, valid backup this version can restore; nothing is written here.
 */
export function readBackupText(textIn: unknown, currentSchemaVersion: number, now: number = Date.now()): ReadBackup {
  if (typeof textIn !== 'string') throw new BackupError('not-backup');
  if (textIn.length > MAX_BACKUP_CHARS) throw new BackupError('too-big');
  let json: unknown;
  try {
    json = JSON.parse(textIn);
  } catch (error) {
    throw new BackupError(textIn.trimStart().startsWith('{') ? 'damaged' : 'not-backup', undefined, { cause: error });
  }
  if (!isObject(json) || json.app !== BACKUP_APP) throw new BackupError('not-backup');
  if (typeof json.format === 'number' && json.format > BACKUP_FORMAT) throw new BackupError('newer');
  if (json.format !== BACKUP_FORMAT) throw new BackupError('damaged', 'format');
  if (Object.hasOwn(json, 'encrypted')) {
    const envelope = v.safeParse(envelopeSchema, json.encrypted);
    if (!envelope.success) throw new BackupError('damaged', 'protection');
    return { kind: 'encrypted', envelope: envelope.output };
  }
  return { kind: 'plain', contents: checkContents(json, currentSchemaVersion, now) };
}

const NAMES: Record<BackupStoreName, string> = {
  boundaries: 'boundary',
  settings: 'setting',
  progress: 'course week',
  journal: 'journal entry',
  checkins: 'check-in',
  star: 'supporter star',
  plans: 'conversation plan',
  ownPrompts: 'own prompt',
  favourites: 'favourite',
  crisisPlan: 'crisis plan',
  tombstones: 'deleted item',
  safetyPlan: 'safety plan',
  patterns: 'pattern log entry',
  activities: 'rewarding activity',
};

/** The dates "newest change wins" and tombstones order by. Plan times and the like may rightly lie ahead, so stay. */
const ORDERING_FIELDS = ['createdAt', 'updatedAt', 'deletedAt'] as const;

/** A record with every ordering date later than `reference` (plus the skew) set back to it; the same record when none is. */
function withoutFutureDates<R extends BackupRecord>(record: R, reference: number): R {
  let out = record;
  for (const field of ORDERING_FIELDS) {
    const at = (record as Record<string, unknown>)[field];
    if (typeof at === 'number' && isFromTheFuture(at, reference)) out = { ...out, [field]: reference };
  }
  return out;
}

function checkContents(json: Record<string, unknown>, currentSchemaVersion: number, now: number): BackupContents {
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new BackupError('damaged', 'version');
  if (version > currentSchemaVersion) throw new BackupError('newer');
  const exportedAt = typeof json.exportedAt === 'string' && json.exportedAt.length <= 40 ? Date.parse(json.exportedAt) : NaN;
  if (!Number.isFinite(exportedAt)) throw new BackupError('damaged', 'date');
  const exportedInFuture = isFromTheFuture(exportedAt, now);
  const reference = exportedInFuture ? now : exportedAt;
  const futureDated = new Set<string>();
  const storesIn = json.stores;
  if (!isObject(storesIn)) throw new BackupError('damaged', 'contents');
  for (const name of Object.keys(storesIn)) {
    if (!Object.hasOwn(RECORD_SCHEMAS, name)) throw new BackupError('damaged', 'an unknown kind of item');
  }
  const stores = {} as BackupContents['stores'];
  let skippedSettings = 0;
  for (const name of BACKUP_STORES) {
    if (!Object.hasOwn(storesIn, name) && STORE_SINCE[name] <= version) throw new BackupError('damaged', `${NAMES[name]} list missing`);
    const items = Object.hasOwn(storesIn, name) ? storesIn[name] : [];
    if (!Array.isArray(items)) throw new BackupError('damaged', `${NAMES[name]} list`);
    if (items.length > MAX_RECORDS_PER_STORE) throw new BackupError('too-big');
    const schema = RECORD_SCHEMAS[name] as v.GenericSchema<unknown, BackupRecord>;
    const seen = new Set<string>();
    const out: BackupRecord[] = [];
    items.forEach((item, i) => {
      const parsed = v.safeParse(schema, item);
      if (!parsed.success || seen.has(parsed.output.id)) throw new BackupError('damaged', `${NAMES[name]} ${i + 1}`);
      seen.add(parsed.output.id);
      const record = withoutFutureDates(parsed.output, reference);
      const keep = name === 'settings' ? checkSetting(record as BackupRecord<'settings'>) : record;
      if (keep === 'skip') return void skippedSettings++;
      if (!keep) throw new BackupError('damaged', `${NAMES[name]} ${i + 1}`);
      if (record !== parsed.output) futureDated.add(futureDateKey(name, record.id));
      out.push(keep);
    });
    (stores as Record<BackupStoreName, BackupRecord[]>)[name] = out;
  }
  return { schemaVersion: version, exportedAt: reference, stores, skippedSettings, exportedInFuture, futureDated };
}

/** A setting checked against its own schema; 'skip' for settings this version leaves out. */
function checkSetting(record: BackupRecord<'settings'>): BackupRecord<'settings'> | 'skip' | undefined {
  if (DEVICE_ONLY_SETTING_IDS.includes(record.id) || !Object.hasOwn(SETTING_SCHEMAS, record.id)) return 'skip';
  const parsed = v.safeParse(SETTING_SCHEMAS[record.id as keyof typeof SETTING_SCHEMAS] as v.GenericSchema, record.value);
  return parsed.success ? { ...record, value: parsed.output } : undefined;
}

/** The plain file for some records (what `exportBackup` writes before any passphrase). */
export function backupFile(contents: Pick<BackupContents, 'schemaVersion' | 'exportedAt' | 'stores'>): string {
  return JSON.stringify({
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    schemaVersion: contents.schemaVersion,
    exportedAt: new Date(contents.exportedAt).toISOString(),
    stores: contents.stores,
  });
}

/** A protected file around an encrypted plain file. */
export function encryptedBackupFile(envelope: EncryptedEnvelope): string {
  return JSON.stringify({ app: BACKUP_APP, format: BACKUP_FORMAT, encrypted: envelope });
}

/** A file name for a backup saved on a given day: `alongside-backup-2026-05-12.json`. */
export function backupFileName(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `alongside-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

// ---- Preview and merge ----

const KIND_LABELS: Record<BackupStoreName, [one: string, many: string]> = {
  journal: ['journal entry', 'journal entries'],
  boundaries: ['boundary', 'boundaries'],
  plans: ['conversation plan', 'conversation plans'],
  crisisPlan: ['family crisis plan', 'family crisis plans'],
  safetyPlan: ['private safety plan', 'private safety plans'],
  patterns: ['pattern log entry', 'pattern log entries'],
  activities: ['rewarding activity', 'rewarding activities'],
  checkins: ['weekly check-in', 'weekly check-ins'],
  star: ['supporter star', 'supporter stars'],
  ownPrompts: ['prompt you wrote', 'prompts you wrote'],
  favourites: ['favourite prompt', 'favourite prompts'],
  progress: ['week of course progress', 'weeks of course progress'],
  settings: ['setting', 'settings'],
  tombstones: ['deleted toolkit item remembered', 'deleted toolkit items remembered'],
};

/** What a backup holds, for the preview. */
export interface BackupSummary {
  exportedAt: number;
  total: number;
  /** Each kind with at least one item, the person's own words first: "12 journal entries". */
  kinds: { store: BackupStoreName; count: number; label: string }[];
  skippedSettings: number;
  /** True when the file said it was saved later than now (`exportedAt` is now instead). */
  exportedInFuture: boolean;
  /** How many records had dates that had not come yet, set back to `exportedAt`. */
  futureDated: number;
}

/** Counts per kind, in words. */
export function summarizeBackup(contents: BackupContents): BackupSummary {
  const kinds = (Object.keys(KIND_LABELS) as BackupStoreName[])
    .map((store) => {
      const count = contents.stores[store].length;
      const [one, many] = KIND_LABELS[store];
      return { store, count, label: `${count.toLocaleString('en')} ${count === 1 ? one : many}` };
    })
    .filter((k) => k.count > 0);
  return {
    exportedAt: contents.exportedAt,
    total: kinds.reduce((n, k) => n + k.count, 0),
    kinds,
    skippedSettings: contents.skippedSettings,
    exportedInFuture: contents.exportedInFuture ?? false,
    futureDated: contents.futureDated?.size ?? 0,
  };
}

/**
 * In "add to what I have": whether the file's copy replaces the stored one. The newest change
 * wins; on a tie, what is here stays. A copy whose dates had to be set back (`futureDated`)
 * only fills a gap: its real time is unknown, so it never replaces a copy here. A stored copy
 * stamped in the future (from before these checks) gives way to a real change.
 */
export function incomingWins(stored: { updatedAt: number } | undefined, incoming: { updatedAt: number }, futureDated = false, now: number = Date.now()): boolean {
  if (!stored) return true;
  return !futureDated && isLaterChange(incoming.updatedAt, stored.updatedAt, now);
}
