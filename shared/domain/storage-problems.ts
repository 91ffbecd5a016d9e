/**
 * What went wrong when storing, as a kind rather than a sentence: the data layer's
 * `StorageError` carries one, and the UI says it in the reader's language from a
 * `StorageProblemWords` table (English: `shared/content/storage-problems-en.ts`).
 */

/** What went wrong when storing. */
export type StorageErrorKind =
  | 'quota'
  | 'blocked'
  | 'unavailable'
  | 'version'
  | 'not-found'
  | 'locked'
  | 'wrong-passcode'
  /** A save refused because another tab changed the record since this one read it. */
  | 'changed-elsewhere'
  | 'unknown';

/** One language's words for each kind. */
export type StorageProblemWords = Readonly<Record<StorageErrorKind, string>>;
