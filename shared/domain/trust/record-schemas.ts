/**
 * One valibot schema per store: what every record must be before it is written from a
 * backup file or taken from the linked extension. `shared/data/trust/backup.ts` checks at
 * compile time that each schema gives what its store holds.
 */
import * as v from 'valibot';
import { PROMPT_CATEGORY_IDS } from '../../content/prompts/prompt-types.ts';
import { SYNCED_STORES } from '../link/toolkit-sync.ts';
import { AFRAID_ANSWERS } from '../crisis/safety-plan.ts';
import { STAR_MOMENTS } from '../practice/supporter-star.ts';
import { ACTIVITY_FIELD_MAX, PATTERN_FIELD_MAX, isCalendarDay } from '../practice/pattern-log.ts';
import { base, dict, id, int, list, MAX_ID, SITUATION_IDS, text, time } from './schema-parts.ts';

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
