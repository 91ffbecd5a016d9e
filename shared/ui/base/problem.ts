/**
 * The one place that turns a failure into words for the person: a `StorageError`, a
 * `BackupError`, a form's `FieldProblem`, and the errors of capabilities loaded on demand (a
 * class pack's problems), each said from its kind and values in the interface's language. The
 * data and domain layers only say what went wrong; what the person reads is chosen here.
 */
import { StorageError } from '../../data/errors.ts';
import { BackupError, backupProblemWording } from '../../domain/trust/backup-problems.ts';
import { fieldProblemWording, fieldProblemsWording, type FieldProblem, type FieldProblems } from '../../domain/field-problems.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { STORAGE_PROBLEM_WORDS_EN } from '../../content/storage-problems-en.ts';
import { STORAGE_PROBLEM_WORDS_ES } from '../../content/storage-problems-es.ts';
import { BACKUP_PROBLEM_WORDS_EN } from '../../content/trust/backup-problems-en.ts';
import { BACKUP_PROBLEM_WORDS_ES } from '../../content/trust/backup-problems-es.ts';
import { FIELD_PROBLEM_WORDS_EN } from '../../content/field-problems-en.ts';
import { FIELD_PROBLEM_WORDS_ES } from '../../content/field-problems-es.ts';

/** Words for one kind of error, or undefined for an error that is not of its kind. */
export type ProblemWording = (error: unknown) => string | undefined;

// Each language's tables, picked when the words are asked for, so a change of language shows at
// the next message with no reload. Both are bundled: a problem can come while offline, when a
// language's strings could not be fetched.
const STORAGE_WORDS = { en: STORAGE_PROBLEM_WORDS_EN, es: STORAGE_PROBLEM_WORDS_ES } as const;
const BACKUP_WORDS = { en: BACKUP_PROBLEM_WORDS_EN, es: BACKUP_PROBLEM_WORDS_ES } as const;
const FIELD_WORDS = { en: FIELD_PROBLEM_WORDS_EN, es: FIELD_PROBLEM_WORDS_ES } as const;

const wordings: ProblemWording[] = [
  (error) => (error instanceof StorageError ? STORAGE_WORDS[interfaceLanguage()][error.kind] : undefined),
  (error) => (error instanceof BackupError ? backupProblemWording(error, BACKUP_WORDS[interfaceLanguage()]) : undefined),
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

/** Why a form can't be saved yet, in the interface's language. */
export function fieldProblemText(problem: FieldProblem): string {
  return fieldProblemWording(problem, FIELD_WORDS[interfaceLanguage()]);
}

/** A form's problems in the interface's language, field by field, for a form that shows each under its field. */
export function fieldProblemsText<F extends string>(problems: FieldProblems<F>): Partial<Record<F, string>> {
  return fieldProblemsWording(problems, FIELD_WORDS[interfaceLanguage()]);
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
