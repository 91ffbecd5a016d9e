import type { ClassDraft, ClassPack } from './class-pack.ts';
import type { Pacing } from './course-progress.ts';
import type { Profile } from './profile.ts';
import type { Sensitivity } from './cue-detector.ts';
import type { StarMoment } from './supporter-star.ts';

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
