/**
 * The one place that turns a failure into words for the person: a `StorageError`, a
 * `BackupError`, and the errors of capabilities loaded on demand (a class pack's problems),
 * each said from its kind and values in the interface's language. The data and domain layers
 * only say what went wrong; what the person reads is chosen here.
 */
import { StorageError } from '../../data/errors.ts';
import { BackupError, backupProblemWording } from '../../domain/trust/backup-problems.ts';
import { STORAGE_PROBLEM_WORDS_EN } from '../../content/storage-problems-en.ts';
import { BACKUP_PROBLEM_WORDS_EN } from '../../content/trust/backup-problems-en.ts';

/** Words for one kind of error, or undefined for an error that is not of its kind. */
export type ProblemWording = (error: unknown) => string | undefined;

// The interface language's tables: English until the person can choose (the Spanish edition
// picks these by language here, and the call sites stay as they are).
const wordings: ProblemWording[] = [
  (error) => (error instanceof StorageError ? STORAGE_PROBLEM_WORDS_EN[error.kind] : undefined),
  (error) => (error instanceof BackupError ? backupProblemWording(error, BACKUP_PROBLEM_WORDS_EN) : undefined),
];

/**
 * Words for the errors of a capability whose screens load on demand, added when they load
 * (`shared/ui/classes/pack-problem-wording.ts`), so the home screen does not carry them.
 */
export function addProblemWording(wording: ProblemWording): void {
  if (!wordings.includes(wording)) wordings.push(wording);
}

/**
 * The words to show for a failure. An error this module knows is said from its kind; any other
 * keeps its own message (an error from the browser or a script, which nothing here can name).
 */
export function problemText(error: unknown): string {
  for (const wording of wordings) {
    const words = wording(error);
    if (words !== undefined) return words;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a storage call for a component. Resolves to '' when it worked, or to the words to show
 * when it did not; what was stored before is left as it was (the data layer turns every
 * browser failure into a `StorageError`).
 */
export async function storageProblem(work: () => Promise<void>): Promise<string> {
  try {
    await work();
    return '';
  } catch (error) {
    return problemText(error);
  }
}
