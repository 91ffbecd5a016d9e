import type { ClassDraft, ClassPack } from './classes/class-pack.ts';
import type { Pacing } from './course/course-progress.ts';
import type { Profile } from './course/profile.ts';
import type { Sensitivity } from './nudge/cue-detector.ts';
import type { StarMoment } from './practice/supporter-star.ts';

/** A daily stretch of local time, "HH:MM" to "HH:MM"; may run past midnight ("22:00"–"07:00"). */
export interface QuietHours {
  from: string;
  to: string;
}

/** A weekly reminder: day of the week (0 = Sunday) and local time "HH:MM". */
export interface WeeklyReminder {
  day: number;
  time: string;
}

/** Every setting's name and the type of its value. */
export interface SettingValues {
  /** Country code used to pick crisis lines first (e.g. "US", "GB"). */
  country: string;
  /** Who the reader supports and what they face; null when they skipped the question. */
  profile: Profile | null;
  /** True once "Getting started" was finished or skipped. */
  onboarded: boolean;
  /** How the course's weeks open. */
  pacing: Pacing;
  /** The class the reader joined (from a class pack), or null. */
  classPack: ClassPack | null;
  /** A facilitator's class pack in progress, kept as typed. */
  classDraft: ClassDraft | null;
  /** Extension: minutes before a planned talk that its reminder comes. */
  reminderLeadMinutes: number;
  /** Extension: no notifications in this stretch of each day; null for none. */
  quietHours: QuietHours | null;
  /** Extension: how readily the in-page chip offers a thought ("off" never reads a message). */
  nudgeSensitivity: Sensitivity;
  /** Extension: a weekly nudge to open the course; null when off. */
  weeklyLessonReminder: WeeklyReminder | null;
  /** Extension: sites (origins) where the chip stays quiet, with when that ends (ms). */
  quietSites: Record<string, number>;
  /** Extension: plans whose reminder was shown, with the talk time it was for (so it shows once). */
  remindersShown: Record<string, number>;
  /** With the app lock on: minutes without a touch or key press before Alongside locks itself. */
  lockIdleMinutes: number;
  /** When the last backup file was saved on this device (ms), or null. Not carried in backups. */
  lastBackupAt: number | null;
  /** When the person last said "not now" to the backup reminder (ms), or null. Not carried in backups. */
  backupReminderDismissedAt: number | null;
  /** True once we explained why Alongside asks the browser to keep its storage. Not carried in backups. */
  persistenceExplained: boolean;
  /** When the person linked the course and the extension in this browser (ms), or null. Not carried in backups. */
  linkedAt: number | null;
  /** The supporter-star moment whose invitation on home the person said "not now" to, or null. Not carried in backups. */
  starInviteDismissed: StarMoment | null;
}

/** A setting's name. */
export type SettingKey = keyof SettingValues;

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
