import { describe, expect, it } from 'vitest';
import type { StorageErrorKind } from '../../../shared/domain/storage-problems.ts';
import { STORAGE_PROBLEM_WORDS_EN, storageProblemText } from '../../../shared/content/storage-problems-en.ts';

/** Each kind, and the sentence a person read when the kind still carried its sentence. */
const BEFORE: Readonly<Record<StorageErrorKind, string>> = {
  quota:
    'Your device is out of space for Alongside, so this last change was not saved. Everything saved before is safe. Freeing some space on the device, or exporting a backup, can help.',
  blocked: 'Alongside is open in another tab or window with an older version. Please close the other tabs, then reload this one. Nothing you saved is lost.',
  unavailable:
    'This browser is not letting Alongside save anything right now. This often happens in a private or incognito window. You can still read, but what you write will not be kept.',
  version: 'This copy of Alongside is older than the data saved on this device. Please reload the page to get the newest version. Nothing you saved is lost.',
  'not-found': 'We could not find that item. It may have been deleted in another tab.',
  locked: 'Alongside is locked. Enter your passcode to open what you wrote. Nothing has been changed.',
  'wrong-passcode': 'That passcode did not match. Please try again slowly. Nothing has been changed.',
  'changed-elsewhere': 'This entry changed in another tab. Keep this version, keep the other, or keep both.',
  unknown: 'Something went wrong while saving, so this change was not kept. Everything saved before is safe. Please try again.',
};

describe('the English words for storage failures', () => {
  it('has words for every kind, the same as before', () => {
    expect(Object.keys(STORAGE_PROBLEM_WORDS_EN).sort()).toEqual(Object.keys(BEFORE).sort());
    for (const [kind, sentence] of Object.entries(BEFORE)) expect(storageProblemText(kind as StorageErrorKind)).toBe(sentence);
  });

  it('never names the machinery or blames the person', () => {
    for (const words of Object.values(STORAGE_PROBLEM_WORDS_EN)) expect(words).not.toMatch(/IndexedDB|error|exception|quota|your fault/i);
  });
});
