/**
 * The one place that turns a failure into words for the person: a `StorageError`, a
 * `BackupError`, a form's `FieldProblem`, and the errors of capabilities loaded on demand (a
 * class pack's problems), each said from its kind and values in the interface's language. The
 * data and domain layers only say what went wrong; what the person reads is chosen here.
 */
import { StorageError } from '../../data/errors.ts';
import { BackupError, backupProblemWording } from '../../domain/trust/backup-problems.ts';
import { fieldProblemWording, fieldProblemsWording, type FieldProblem, type FieldProblems } from '../../domain/field-problems.ts';
import { interfaceLanguage, type Language } from '../../content/locale.ts';
import { STORAGE_PROBLEM_WORDS_EN } from '../../content/storage-problems-en.ts';
import { BACKUP_PROBLEM_WORDS_EN } from '../../content/trust/backup-problems-en.ts';
import { FIELD_PROBLEM_WORDS_EN } from '../../content/field-problems-en.ts';

/** Words for one kind of error, or undefined for an error that is not of its kind. */
export type ProblemWording = (error: unknown) => string | undefined;

/** A language's problem words: storage, backup and form problems. */
export interface ProblemWords {
  storage: typeof STORAGE_PROBLEM_WORDS_EN;
  backup: typeof BACKUP_PROBLEM_WORDS_EN;
  field: typeof FIELD_PROBLEM_WORDS_EN;
}

// English is the source and always here. Another language's words arrive with its interface
// strings (applyLanguage loads them before the screen changes language, and the course is
// precached, so offline too), so an English page never downloads them.
const WORDS: Partial<Record<Language, ProblemWords>> = {
  en: { storage: STORAGE_PROBLEM_WORDS_EN, backup: BACKUP_PROBLEM_WORDS_EN, field: FIELD_PROBLEM_WORDS_EN },
};

/** Adds a language's problem words (see shared/ui/base/problem-words-es.ts). */
export function addProblemWords(language: Language, words: ProblemWords): void {
  WORDS[language] = words;
}

/** The words in the interface's language, picked when asked for, so a change of language shows at the next message. */
const words = (): ProblemWords => WORDS[interfaceLanguage()] ?? WORDS.en!;

const wordings: ProblemWording[] = [
  (error) => (error instanceof StorageError ? words().storage[error.kind] : undefined),
  (error) => (error instanceof BackupError ? backupProblemWording(error, words().backup) : undefined),
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
  return fieldProblemWording(problem, words().field);
}

/** A form's problems in the interface's language, field by field, for a form that shows each under its field. */
export function fieldProblemsText<F extends string>(problems: FieldProblems<F>): Partial<Record<F, string>> {
  return fieldProblemsWording(problems, words().field);
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
