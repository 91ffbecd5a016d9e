/**
 * The backup reminder's data: when the person's words last changed (from the clear
 * `updatedAt`, so it works while locked), and when a backup was last saved or the
 * reminder put off. Small on purpose: the home screen loads it.
 */
import { backupReminderDue } from '../../domain/trust/backup-reminder.ts';
import { getDb } from '../db.ts';
import { SEALED_STORES, type SealedStore } from './sealed-records.ts';
import { settingsRepo } from '../settings-repo.ts';

/** Notes that a backup file was just saved, for the reminder. */
export function markBackedUp(at = Date.now()): Promise<void> {
  return settingsRepo.set('lastBackupAt', at);
}

/** Notes that the person said "not now" to the reminder. */
export function dismissBackupReminder(at = Date.now()): Promise<void> {
  return settingsRepo.set('backupReminderDismissedAt', at);
}

/** The sealed stores that hold what the person wrote (not where they are in the course, nor star scores). */
const WORDS_STORES = SEALED_STORES.filter((s) => s !== 'progress' && s !== 'star');

/** The stores of words with an index by last change: two reads each, rather than every record. */
const BY_UPDATED = ['boundaries', 'journal', 'plans', 'ownPrompts', 'patterns'] as const satisfies readonly SealedStore[];
const hasByUpdated = (name: string): name is (typeof BY_UPDATED)[number] => (BY_UPDATED as readonly string[]).includes(name);

/** The oldest and newest change to the person's own words, read from the clear `updatedAt` (works while locked). */
export async function writingSpan(): Promise<{ first: number | null; last: number | null }> {
  const db = await getDb();
  const tx = db.transaction([...WORDS_STORES], 'readonly');
  let first: number | null = null;
  let last: number | null = null;
  const note = (t: unknown) => {
    if (typeof t !== 'number') return;
    first = first === null ? t : Math.min(first, t);
    last = last === null ? t : Math.max(last, t);
  };
  for (const name of WORDS_STORES) {
    if (hasByUpdated(name)) {
      const index = tx.objectStore(name).index('by-updated');
      note((await index.openCursor(null, 'next'))?.key);
      note((await index.openCursor(null, 'prev'))?.key);
    } else {
      for (const r of await tx.objectStore(name).getAll()) note(r.updatedAt);
    }
  }
  await tx.done;
  return { first, last };
}

/** True when the reminder should offer a backup now. */
export async function backupReminderIsDue(persisted: boolean, now = Date.now()): Promise<boolean> {
  const [span, lastBackupAt, dismissedAt] = await Promise.all([
    writingSpan(),
    settingsRepo.get('lastBackupAt', null),
    settingsRepo.get('backupReminderDismissedAt', null),
  ]);
  return backupReminderDue({ now, firstWriteAt: span.first, lastWriteAt: span.last, lastBackupAt, dismissedAt, persisted });
}
