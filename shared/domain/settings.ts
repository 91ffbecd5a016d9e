/**
 * Settings: their names and types (the schemas' own, `SETTING_SCHEMAS` in
 * `trust/setting-schemas.ts`), which are sealed under the lock, the choices the settings
 * screens offer, and fitting a restored setting into them.
 */
import type { SettingKey, SettingValues } from './trust/setting-schemas.ts';

export type { SettingKey, SettingValues } from './trust/setting-schemas.ts';

/** A daily stretch of local time, "HH:MM" to "HH:MM"; may run past midnight ("22:00"–"07:00"). */
export type QuietHours = NonNullable<SettingValues['quietHours']>;

/** A weekly reminder: day of the week (0 = Sunday) and local time "HH:MM". */
export type WeeklyReminder = NonNullable<SettingValues['weeklyLessonReminder']>;

/** Idle times the app lock offers, in minutes. */
export const LOCK_IDLE_CHOICES = [1, 5, 15, 60] as const;
/** The idle time until the person picks one. */
export const DEFAULT_LOCK_IDLE_MINUTES = 5;

/** Minutes before a planned talk that the extension's options accept for its reminder. */
export const REMINDER_LEAD_RANGE = { min: 1, max: 24 * 60 } as const;

/**
 * Settings that say something about the person or their family: stored sealed while the app
 * lock is on (who they support and what they face, the class they joined and its meeting
 * dates, a facilitator's class). The rest stay readable because something must read them
 * without the key (the extension's reminders and chip) or they say nothing personal.
 */
export const SEALED_SETTING_IDS = ['profile', 'pacing', 'classPack', 'classDraft'] as const satisfies readonly SettingKey[];

/** True for a setting stored sealed while the lock is on. */
export function isSealedSetting(id: string): boolean {
  return (SEALED_SETTING_IDS as readonly string[]).includes(id);
}

/** What fitting a restored setting into its screen's range changed, for the restore screen to put into words. */
export type SettingChange =
  /** The file's idle lock (`asked` minutes) became `now`, the longest choice not above it (`longest` is the longest there is). */
  | { kind: 'lock-idle'; asked: number; longest: number; now: number }
  /** The file's reminder lead (`asked` minutes) became `now`, the nearest end of `min` to `max`. */
  | { kind: 'reminder-lead'; asked: number; min: number; max: number; now: number };

/** A setting brought into the range its screen offers, and whether that changed it. */
export interface ClampedSetting {
  value: unknown;
  /** What changed, for the restore screen; undefined when nothing did. */
  change?: SettingChange;
}

/**
 * Brings a setting (from a backup, already checked for its type) into what the settings
 * screens offer, so a file cannot set what the person could not choose here: an idle lock of
 * a day, a reminder a week ahead. The lock's idle time goes to the longest choice not above
 * it (a shorter wait is the safer side); a reminder lead to the nearest end of its range.
 */
export function clampSetting(id: string, value: unknown): ClampedSetting {
  if (id === 'lockIdleMinutes' && typeof value === 'number') {
    const fits = [...LOCK_IDLE_CHOICES].reverse().find((c) => c <= value) ?? LOCK_IDLE_CHOICES[0];
    return fits === value ? { value } : { value: fits, change: { kind: 'lock-idle', asked: value, longest: LOCK_IDLE_CHOICES[LOCK_IDLE_CHOICES.length - 1], now: fits } };
  }
  if (id === 'reminderLeadMinutes' && typeof value === 'number') {
    const fits = Math.min(REMINDER_LEAD_RANGE.max, Math.max(REMINDER_LEAD_RANGE.min, value));
    return fits === value ? { value } : { value: fits, change: { kind: 'reminder-lead', asked: value, ...REMINDER_LEAD_RANGE, now: fits } };
  }
  return { value };
}
