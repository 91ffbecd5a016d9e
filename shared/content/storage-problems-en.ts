/**
 * The English words for a storage failure (see shared/domain/storage-problems.ts). Each says
 * what happened to what the person wrote, and what they can do. Another language goes in a
 * file beside this one, with the same keys.
 */
import type { StorageErrorKind, StorageProblemWords } from '../domain/storage-problems.ts';

/** English words for every storage failure. */
export const STORAGE_PROBLEM_WORDS_EN: StorageProblemWords = {
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
  'changed-elsewhere': 'This entry changed in another tab. Keep this version, keep the other, or keep both.',
  unknown: 'Something went wrong while saving, so this change was not kept. Everything saved before is safe. Please try again.',
};

/** A storage failure in English. */
export function storageProblemText(kind: StorageErrorKind): string {
  return STORAGE_PROBLEM_WORDS_EN[kind];
}
