/**
 * How each setting's value is checked, wherever it comes from: a backup file being restored,
 * or the settings store being read (a value stored by an older version, or damaged, reads as
 * not set). Also which settings belong to one device only and never travel in a file.
 */
import * as v from 'valibot';
import { parseClassPack, type ClassDraft } from '../classes/class-pack.ts';
import type { SettingKey, SettingValues } from '../settings.ts';
import { CONDITIONS } from '../course/profile.ts';
import { STAR_MOMENTS } from '../practice/supporter-star.ts';
import { dict, int, MAX_ID, MAX_ITEMS, MAX_TEXT, SITUATION_IDS, time } from './schema-parts.ts';

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
 * A schema for every setting, each giving its `SettingValues` type: adding a setting asks for
 * a row here. `SettingValues` (in `../settings.ts`) is still written by hand; these rows are
 * checked against it, so the two cannot drift apart.
 */
export const SETTING_SCHEMAS: { [K in SettingKey]: v.GenericSchema<unknown, SettingValues[K]> } = {
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
  // This device's own: never in a backup (`DEVICE_ONLY_SETTING_IDS`), checked as they are read.
  lastBackupAt: v.nullable(time),
  backupReminderDismissedAt: v.nullable(time),
  persistenceExplained: v.boolean(),
  linkedAt: v.nullable(time),
  starInviteDismissed: v.nullable(v.picklist(STAR_MOMENTS)),
};

/** True for the name of a setting this version knows. */
export function isSettingKey(id: string): id is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, id);
}

/** A setting's value checked against its schema (the checked copy), or undefined when it fails. */
export function checkedSetting<K extends SettingKey>(key: K, value: unknown): SettingValues[K] | undefined {
  const parsed = v.safeParse(SETTING_SCHEMAS[key], value);
  return parsed.success ? parsed.output : undefined;
}

/** A setting record from a file checked against its own schema; 'skip' for settings this version leaves out. */
export function checkSetting<R extends { id: string; value: unknown }>(record: R): R | 'skip' | undefined {
  if (DEVICE_ONLY_SETTING_IDS.includes(record.id) || !isSettingKey(record.id)) return 'skip';
  const value = checkedSetting(record.id, record.value);
  return value === undefined ? undefined : { ...record, value };
}
