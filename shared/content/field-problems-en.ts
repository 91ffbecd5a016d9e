/**
 * The English words for why a form can't be saved yet (see shared/domain/field-problems.ts).
 * Each asks for what is missing, kindly, and never scolds. Another language goes in a file
 * beside this one, with the same keys.
 */
import { fieldProblemWording, fieldProblemsWording, type FieldProblem, type FieldProblems, type FieldProblemWords, type LengthOf, type NeededField } from '../domain/field-problems.ts';
import { counted } from './locale.ts';

const NEEDED: Readonly<Record<NeededField, string>> = {
  'prompt-words': 'Write the words you would like to say.',
  'plan-about': 'Add what the talk is about, in a few words.',
  'boundary-situation': 'Add when this boundary applies, in a few words.',
  'boundary-action': 'Add what you will do. A boundary is about your own actions.',
  'pattern-day': 'Please pick the day it happened.',
  'pattern-happened': 'Add a few words about what happened. The rest can wait.',
  activity: 'Write the activity in a few words first.',
};

/** "600 characters": limits are said without a thousands separator, as the forms always have. */
const characters = (n: number) => counted(n, { one: 'character', other: 'characters' }, { grouping: false });

const TOO_LONG: Readonly<Record<LengthOf, (max: string) => string>> = {
  field: (max) => `Please keep this under ${max}.`,
  point: (max) => `Please keep each point under ${max}.`,
  line: (max) => `Please keep each line under ${max}.`,
  item: (max) => `Please keep each item under ${max}.`,
  'pattern-field': (max) => `Please keep this under ${max}. A few lines is plenty.`,
  activity: (max) => `Please keep it under ${max}. Short is easier to use.`,
};

/** English words for every form problem. */
export const FIELD_PROBLEM_WORDS_EN: FieldProblemWords = {
  needed: (p) => NEEDED[p.field],
  'too-long': (p) => TOO_LONG[p.of](characters(p.max)),
  'passcode-too-short': (p) => `Please use at least ${characters(p.min)}. A short sentence is easy to remember and hard to guess.`,
  'not-one-line': () => 'Please keep this to one short line.',
  'blank-unfinished': () => 'A blank to fill in goes in square brackets, like [name]. One of them looks unfinished.',
  'day-ahead': () => 'That day has not come yet. Please pick today or an earlier day.',
  'passcodes-differ': () => 'The two passcodes are not the same. Please type them again.',
};

/** A form problem in English. */
export function fieldProblemText(problem: FieldProblem): string {
  return fieldProblemWording(problem, FIELD_PROBLEM_WORDS_EN);
}

/** A form's problems in English, field by field, for a form that shows each under its field. */
export function fieldProblemsText<F extends string>(problems: FieldProblems<F>): Partial<Record<F, string>> {
  return fieldProblemsWording(problems, FIELD_PROBLEM_WORDS_EN);
}
