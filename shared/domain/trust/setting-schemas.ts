/**
 * How each setting's value is checked, wherever it comes from: a backup file being restored,
 * or the settings store being read (a value stored by an older version, or damaged, reads as
 * not set). Also which settings belong to one device only and never travel in a file.
 */
import { LANGUAGES } from '../../content/locale.ts';
import * as v from 'valibot';
import { parseClassPack } from '../classes/class-pack.ts';
import { storedDraftSchema } from '../classes/class-draft.ts';
import { CONDITIONS } from '../course/profile.ts';
import { STAR_MOMENTS } from '../practice/supporter-star.ts';
import { dict, int, SITUATION_IDS, time } from './schema-parts.ts';

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
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const out = parse(dataset.value);
      if (out === undefined) {
        addIssue({ message: 'not valid' });
        return NEVER;
      }
      return out;
    }),
  );
}

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/**
 * A schema for every setting: the one truth for what each may hold, read from storage or a
 * backup file, and for its type (`SettingValues`, derived below). Adding a setting asks for a
 * row here.
 */
export const SETTING_SCHEMAS = {
  /** Country code used to pick crisis lines first (e.g. "US", "GB"). */
  country: v.pipe(v.string(), v.maxLength(10)),
  /** The interface's language as the person chose it; null: follow the browser's (shared/content/locale.ts). */
  language: v.nullable(v.picklist(LANGUAGES)),
  /** Who the reader supports and what they face; null when they skipped the question. */
  profile: v.nullable(
    v.object({
      relationship: v.picklist(['son', 'daughter', 'child', 'partner', 'parent', 'sibling', 'friend', 'other']),
      situation: v.picklist(SITUATION_IDS),
      condition: v.optional(v.picklist(CONDITIONS)),
    }),
  ),
  /** True once "Getting started" was finished or skipped. */
  onboarded: v.boolean(),
  /** How the course's weeks open: `self`, at the reader's own pace; `class`, each week on its meeting date. */
  pacing: v.object({ mode: v.picklist(['self', 'class']), allOpen: v.boolean(), opensAt: v.optional(dict(time)) }),
  /** The class the reader joined (from a class pack), or null. */
  classPack: v.nullable(
    via((input) => {
      const result = parseClassPack(input);
      return result.ok ? result.pack : undefined;
    }),
  ),
  /**
   * A facilitator's class pack in progress, kept as typed: each part checked for its type
   * only, and the class screens fill a missing one (`reviveDraft`).
   */
  classDraft: v.nullable(storedDraftSchema),
  /** Extension: minutes before a planned talk that its reminder comes. */
  reminderLeadMinutes: int(0, 7 * 24 * 60),
  /** Extension: no notifications in this stretch of each day ("HH:MM" to "HH:MM", may run past midnight); null for none. */
  quietHours: v.nullable(v.object({ from: clock, to: clock })),
  /** Extension: how readily the in-page chip offers a thought ("off" never reads a message). */
  nudgeSensitivity: v.picklist(['gentle', 'standard', 'off']),
  /** Extension: a weekly nudge to open the course (day of the week, 0 = Sunday, and local time "HH:MM"); null when off. */
  weeklyLessonReminder: v.nullable(v.object({ day: int(0, 6), time: clock })),
  /** Extension: sites (origins) where the chip stays quiet, with when that ends (ms). */
  quietSites: dict(time),
  /** Extension: plans whose reminder was shown, with the talk time it was for (so it shows once). */
  remindersShown: dict(time),
  /** With the app lock on: minutes without a touch or key press before Alongside locks itself. */
  lockIdleMinutes: int(1, 24 * 60),
  // This device's own: never in a backup (`DEVICE_ONLY_SETTING_IDS`), checked as they are read.
  /** When the last backup file was saved on this device (ms), or null. */
  lastBackupAt: v.nullable(time),
  /** When the person last said "not now" to the backup reminder (ms), or null. */
  backupReminderDismissedAt: v.nullable(time),
  /** True once we explained why Alongside asks the browser to keep its storage. */
  persistenceExplained: v.boolean(),
  /** When the person linked the course and the extension in this browser (ms), or null. */
  linkedAt: v.nullable(time),
  /** The supporter-star moment whose invitation on home the person said "not now" to, or null. */
  starInviteDismissed: v.nullable(v.picklist(STAR_MOMENTS)),
};

/** Every setting's name and the type of its value: what its schema gives. */
export type SettingValues = { [K in keyof typeof SETTING_SCHEMAS]: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> };
/** A setting's name. */
export type SettingKey = keyof SettingValues;

/** True for the name of a setting this version knows. */
export function isSettingKey(id: string): id is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, id);
}

/** The schemas again, each seen as giving its own setting's type, so a generic key reads its own type (checked, not cast). */
const SCHEMA_OF: { readonly [K in SettingKey]: v.GenericSchema<unknown, SettingValues[K]> } = SETTING_SCHEMAS;

/** A setting's value checked against its schema (the checked copy), or undefined when it fails. */
export function checkedSetting<K extends SettingKey>(key: K, value: unknown): SettingValues[K] | undefined {
  const parsed = v.safeParse(SCHEMA_OF[key], value);
  return parsed.success ? parsed.output : undefined;
}

/** A setting record from a file checked against its own schema; 'skip' for settings this version leaves out. */
export function checkSetting<R extends { id: string; value: unknown }>(record: R): R | 'skip' | undefined {
  if (DEVICE_ONLY_SETTING_IDS.includes(record.id) || !isSettingKey(record.id)) return 'skip';
  const value = checkedSetting(record.id, record.value);
  return value === undefined ? undefined : { ...record, value };
}
