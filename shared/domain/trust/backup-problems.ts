/**
 * Why a backup file was refused, as a kind and where rather than a sentence: the checks say
 * what is wrong (`{ kind: 'damaged', where: { part: 'item', store: 'journal', item: 3 } }`),
 * and the UI says it in the reader's language from a `BackupProblemWords` table (English:
 * shared/content/trust/backup-problems-en.ts).
 */
import type { BackupStoreName } from './record-schemas.ts';

/** Why a file was refused. */
export type BackupErrorKind = 'too-big' | 'not-backup' | 'damaged' | 'newer' | 'needs-passphrase' | 'wrong-passphrase';

/** Where a damaged file is damaged: a part of the file, a store's list, or one record in it (`item` from 1). */
export type BackupDamage =
  | { part: 'format' | 'protection' | 'version' | 'date' | 'contents' | 'unknown-store' }
  | { part: 'list-missing' | 'list'; store: BackupStoreName }
  | { part: 'item'; store: BackupStoreName; item: number };

/** One language's words for each kind; `where` only for a damaged file, when it is known. */
export type BackupProblemWords = Readonly<Record<BackupErrorKind, (where?: BackupDamage) => string>>;

/** A backup that cannot be used; the UI puts `kind` and `where` into words. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly kind: BackupErrorKind,
    /** Where the problem is, for damaged files. */
    readonly where?: BackupDamage,
    options?: { cause?: unknown },
  ) {
    super(`backup: ${kind}${where ? ` ${JSON.stringify(where)}` : ''}`, options);
  }
}

/** A refused file in words, from one language's table. */
export function backupProblemWording(error: Pick<BackupError, 'kind' | 'where'>, words: BackupProblemWords): string {
  return words[error.kind](error.where);
}
