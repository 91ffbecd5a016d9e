import type { StorageErrorKind } from '../domain/storage-problems.ts';

export type { StorageErrorKind } from '../domain/storage-problems.ts';

/**
 * A storage failure turned into a kind; the UI puts the kind into words (`problemText` in
 * shared/ui/base/problem.ts), so nothing here is in any one language. `message` is for
 * developers ("storage: quota"); `cause` keeps the browser's error for debugging.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`storage: ${kind}`, options);
  }
}

/** Maps anything IndexedDB throws to a `StorageError`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StorageError('quota', { cause: error });
  if (name === 'VersionError') return new StorageError('version', { cause: error });
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotAllowedError')
    return new StorageError('unavailable', { cause: error });
  return new StorageError('unknown', { cause: error });
}
