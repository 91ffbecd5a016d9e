/**
 * The English words for why a backup file was refused (see
 * shared/domain/trust/backup-problems.ts). Each says that nothing was changed and what to try.
 * Another language goes in a file beside this one, with the same keys.
 */
import { backupProblemWording, type BackupDamage, type BackupError, type BackupProblemWords } from '../../domain/trust/backup-problems.ts';
import type { BackupStoreName } from '../../domain/trust/record-schemas.ts';

/** One record of each store, as a damaged file's place names it ("journal entry 3"). */
const RECORD_NAMES: Readonly<Record<BackupStoreName, string>> = {
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

const PARTS = { format: 'format', protection: 'protection', version: 'version', date: 'date', contents: 'contents', 'unknown-store': 'an unknown kind of item' } as const;

/** Where a file is damaged, in a few words. */
function place(where: BackupDamage): string {
  switch (where.part) {
    case 'list-missing':
      return `${RECORD_NAMES[where.store]} list missing`;
    case 'list':
      return `${RECORD_NAMES[where.store]} list`;
    case 'item':
      return `${RECORD_NAMES[where.store]} ${where.item}`;
    default:
      return PARTS[where.part];
  }
}

/** English words for every refused file. */
export const BACKUP_PROBLEM_WORDS_EN: BackupProblemWords = {
  'too-big': () => 'This file is too big to be an Alongside backup, so nothing was changed. Please choose the file Alongside saved for you.',
  'not-backup': () => 'This file is not an Alongside backup, so nothing was changed. Backup files Alongside saves have a name that starts with “alongside-backup”.',
  damaged: (where) => `This backup file looks damaged${where ? ` (${place(where)})` : ''}, so nothing was changed. If you have another copy, please try that one.`,
  newer: () => 'This backup was made by a newer version of Alongside, so nothing was changed. Please reload Alongside to get the newest version, then try again.',
  'needs-passphrase': () => 'This backup is protected with a passphrase. Please type the passphrase to open it.',
  'wrong-passphrase': () => 'That passphrase did not open the backup, so nothing was changed. Please check it and try again.',
};

/** A refused file in English. */
export function backupProblemText(error: Pick<BackupError, 'kind' | 'where'>): string {
  return backupProblemWording(error, BACKUP_PROBLEM_WORDS_EN);
}
