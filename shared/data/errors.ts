/** What went wrong when storing, in words the UI can show as they are. */
export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'version' | 'not-found' | 'locked' | 'wrong-passcode' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your device is out of space for Alongside, so this last change was not saved. Everything saved before is safe. Freeing some space on the device, or exporting a backup, can help.',
  blocked:
    'Alongside is open in another tab or window with an older version. Please close the other tabs, then reload this one. Nothing you saved is lost.',
  unavailable:
    'This browser is not letting Alongside save anything right now. This often happens in a private or incognito window. You can still read, but what you write will not be kept.',
  version:
    'This copy of Alongside is older than the data saved on this device. Please reload the page to get the newest version. Nothing you saved is lost.',
  'not-found': 'We could not find that item. It may have been deleted in another tab.',
  locked: 'Alongside is locked. Enter your passcode to open what you wrote. Nothing has been changed.',
  'wrong-passcode': 'That passcode did not match. Please try again slowly. Nothing has been changed.',
  unknown: 'Something went wrong while saving, so this change was not kept. Everything saved before is safe. Please try again.',
};

/** A storage failure turned into a kind, plain message; `cause` keeps the browser's error for debugging. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
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
