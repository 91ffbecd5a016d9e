/**
 * Why what a person typed in a form can't be saved yet, as a kind and values rather than a
 * sentence: the checks (`validatePlan`, `validateBoundary`, `validatePattern`, …) say what is
 * wrong with each field, and the UI says it in the reader's language from a
 * `FieldProblemWords` table (English: shared/content/field-problems-en.ts).
 */

/** A field that needs something written, each asked for in its own words. */
export type NeededField =
  | 'prompt-words'
  | 'plan-about'
  | 'boundary-situation'
  | 'boundary-action'
  | 'pattern-day'
  | 'pattern-happened'
  | 'activity';

/** What a length limit is about: the field as a whole, each item of a list, or a field with its own advice. */
export type LengthOf = 'field' | 'point' | 'line' | 'item' | 'pattern-field' | 'activity';

/** Why a field can't be saved yet. */
export type FieldProblem =
  | { kind: 'needed'; field: NeededField }
  /** Longer than `max` characters. */
  | { kind: 'too-long'; of: LengthOf; max: number }
  /** A passcode shorter than `min` characters. */
  | { kind: 'passcode-too-short'; min: number }
  /** Longer than a short line (the "when to use" of an own prompt). */
  | { kind: 'not-one-line' }
  /** A `[blank]` opened and never closed, or with nothing in it. */
  | { kind: 'blank-unfinished' }
  /** A day that has not come yet. */
  | { kind: 'day-ahead' }
  /** The passcode and its repeat differ. */
  | { kind: 'passcodes-differ' };

/** One language's words for each problem. */
export type FieldProblemWords = { readonly [K in FieldProblem['kind']]: (problem: Extract<FieldProblem, { kind: K }>) => string };

/** A problem in words, from one language's table. */
export function fieldProblemWording(problem: FieldProblem, words: FieldProblemWords): string {
  return (words[problem.kind] as (p: FieldProblem) => string)(problem);
}

/** A form's problems, field by field. */
export type FieldProblems<F extends string> = Partial<Record<F, FieldProblem>>;

/** A form's problems in words from one language's table, field by field (fields without one are left out). */
export function fieldProblemsWording<F extends string>(problems: FieldProblems<F>, words: FieldProblemWords): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const field of Object.keys(problems) as F[]) {
    const problem = problems[field];
    if (problem) out[field] = fieldProblemWording(problem, words);
  }
  return out;
}
