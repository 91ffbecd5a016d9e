import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../../../shared/domain/field-problems.ts';
import { FIELD_PROBLEM_WORDS_EN, fieldProblemText, fieldProblemsText } from '../../../shared/content/field-problems-en.ts';

/** One of every problem, and the sentence a person read for it when the checks returned sentences. */
const BEFORE: readonly (readonly [FieldProblem, string])[] = [
  [{ kind: 'needed', field: 'prompt-words' }, 'Write the words you would like to say.'],
  [{ kind: 'needed', field: 'plan-about' }, 'Add what the talk is about, in a few words.'],
  [{ kind: 'needed', field: 'boundary-situation' }, 'Add when this boundary applies, in a few words.'],
  [{ kind: 'needed', field: 'boundary-action' }, 'Add what you will do. A boundary is about your own actions.'],
  [{ kind: 'needed', field: 'pattern-day' }, 'Please pick the day it happened.'],
  [{ kind: 'needed', field: 'pattern-happened' }, 'Add a few words about what happened. The rest can wait.'],
  [{ kind: 'needed', field: 'activity' }, 'Write the activity in a few words first.'],
  [{ kind: 'too-long', of: 'field', max: 2000 }, 'Please keep this under 2000 characters.'],
  [{ kind: 'too-long', of: 'point', max: 2000 }, 'Please keep each point under 2000 characters.'],
  [{ kind: 'too-long', of: 'line', max: 300 }, 'Please keep each line under 300 characters.'],
  [{ kind: 'too-long', of: 'item', max: 300 }, 'Please keep each item under 300 characters.'],
  [{ kind: 'too-long', of: 'pattern-field', max: 2000 }, 'Please keep this under 2000 characters. A few lines is plenty.'],
  [{ kind: 'too-long', of: 'activity', max: 300 }, 'Please keep it under 300 characters. Short is easier to use.'],
  [{ kind: 'passcode-too-short', min: 6 }, 'Please use at least 6 characters. A short sentence is easy to remember and hard to guess.'],
  [{ kind: 'not-one-line' }, 'Please keep this to one short line.'],
  [{ kind: 'blank-unfinished' }, 'A blank to fill in goes in square brackets, like [name]. One of them looks unfinished.'],
  [{ kind: 'day-ahead' }, 'That day has not come yet. Please pick today or an earlier day.'],
  [{ kind: 'passcodes-differ' }, 'The two passcodes are not the same. Please type them again.'],
];

describe('the English words for form problems', () => {
  it.each(BEFORE)('words %j as before', (problem, sentence) => {
    expect(fieldProblemText(problem)).toBe(sentence);
  });

  it('has words for every kind, checked above', () => {
    expect(new Set(BEFORE.map(([p]) => p.kind))).toEqual(new Set(Object.keys(FIELD_PROBLEM_WORDS_EN)));
  });

  it('words a form’s problems field by field, and leaves out fields without one', () => {
    expect(fieldProblemsText({ about: { kind: 'needed', field: 'plan-about' }, goal: undefined })).toEqual({ about: 'Add what the talk is about, in a few words.' });
  });
});
