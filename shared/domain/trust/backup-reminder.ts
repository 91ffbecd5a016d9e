/**
 * When to offer a backup: a pure rule, kept apart from the file format so the home
 * screen can check it without loading the backup code.
 */

/** Days before the reminder offers a backup: sooner when the browser may clear storage. */
export const REMINDER_DAYS = { notPersisted: 7, persisted: 30 } as const;

/** What the reminder looks at. */
export interface BackupReminderInput {
  now: number;
  /** The oldest and newest change to the person's own words (ms), or null when there are none. */
  firstWriteAt: number | null;
  lastWriteAt: number | null;
  lastBackupAt: number | null;
  dismissedAt: number | null;
  /** Whether the browser promised to keep Alongside's storage. */
  persisted: boolean;
}

/**
 * True when a backup reminder should show: there is writing newer than the last backup,
 * the last backup (or, before any, the first writing) is older than 7 days (30 when storage
 * is persisted), and the person did not say "not now" within that time.
 */
export function backupReminderDue(r: BackupReminderInput): boolean {
  if (r.lastWriteAt === null) return false;
  if (r.lastBackupAt !== null && r.lastWriteAt <= r.lastBackupAt) return false;
  const wait = (r.persisted ? REMINDER_DAYS.persisted : REMINDER_DAYS.notPersisted) * 86_400_000;
  const since = r.lastBackupAt ?? r.firstWriteAt ?? r.lastWriteAt;
  if (r.now - since < wait) return false;
  return r.dismissedAt === null || r.now - r.dismissedAt >= wait;
}
