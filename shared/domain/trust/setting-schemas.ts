/**
 * How each setting's value is checked, wherever it comes from: a backup file being restored,
 * or the settings store being read (a value stored by an older version, or damaged, reads as
 * not set). Also which settings belong to one device only and never travel in a file.
 */
import { LANGUAGES } from '../../content/locale.ts';
import * as v from 'valibot';
import type { CLASS_SETTING_SCHEMAS } from '../classes/class-setting-schemas.ts';
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

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/**
 * A schema for every setting: the one truth for what each may hold, read from storage or a
 * backup file, and for its type (`SettingValues`, derived below). Adding a setting asks for a
 * row here (or, for a class's, in CLASS_SETTING_SCHEMAS).
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
  // The class the reader joined and a facilitator's draft: CLASS_SETTING_SCHEMAS, loaded with the class code.
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

/** The class settings' schemas, which check a whole class pack: classes/class-setting-schemas.ts. */
export type ClassSettingSchemas = typeof CLASS_SETTING_SCHEMAS;
type AllSchemas = typeof SETTING_SCHEMAS & ClassSettingSchemas;

/** Every setting's name and the type of its value: what its schema gives. */
export type SettingValues = { [K in keyof AllSchemas]: v.InferOutput<AllSchemas[K]> };
/** A setting's name. */
export type SettingKey = keyof SettingValues;

/**
 * The settings whose schemas load only when needed: checking a class pack takes the class
 * code (its meetings, time zones, resources), and most people are in no class, so the first
 * screen does not carry it.
 */
export const CLASS_SETTING_KEYS = ['classPack', 'classDraft'] as const satisfies readonly SettingKey[];

function isClassSettingKey(id: string): id is (typeof CLASS_SETTING_KEYS)[number] {
  return (CLASS_SETTING_KEYS as readonly string[]).includes(id);
}

/** True for the name of a setting this version knows. */
export function isSettingKey(id: string): id is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, id) || isClassSettingKey(id);
}

/** Checks a setting's value: the checked copy, or undefined when it fails. */
export type SettingCheck = <K extends SettingKey>(key: K, value: unknown) => SettingValues[K] | undefined;

/**
 * A check for every setting, given the class settings' schemas; without them, checking a class
 * setting is a mistake in the code, and throws (`settingCheck` loads them when asked for one).
 */
export function settingCheckWith(classSchemas?: ClassSettingSchemas): SettingCheck {
  // Each schema seen as giving its own setting's type, so a generic key reads its own type (checked, not cast).
  const schemas: { readonly [K in SettingKey]?: v.GenericSchema<unknown, SettingValues[K]> } = { ...SETTING_SCHEMAS, ...classSchemas };
  return (key, value) => {
    const schema = schemas[key];
    if (!schema) throw new Error(`The schema for "${key}" is not loaded (settingCheck loads it)`);
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : undefined;
  };
}

/** A check for these settings, with the class settings' schemas loaded if one of them is a class's. */
export async function settingCheck(keys: readonly SettingKey[]): Promise<SettingCheck> {
  if (!keys.some(isClassSettingKey)) return settingCheckWith();
  return settingCheckWith((await import('../classes/class-setting-schemas.ts')).CLASS_SETTING_SCHEMAS);
}

/** A setting record from a file checked against its own schema; 'skip' for settings this version leaves out. */
export function checkSetting<R extends { id: string; value: unknown }>(record: R, check: SettingCheck): R | 'skip' | undefined {
  if (DEVICE_ONLY_SETTING_IDS.includes(record.id) || !isSettingKey(record.id)) return 'skip';
  const value = check(record.id, record.value);
  return value === undefined ? undefined : { ...record, value };
}
