/**
 * Prompts the person writes themselves: checking what they typed and shaping it like a
 * library prompt, so search, cards and plans treat both the same.
 */
import type { OwnPrompt, PromptCategory } from '../../content/prompts/prompt-types.ts';
import type { FieldProblems } from '../field-problems.ts';

/** Longest own prompt kept: a few sentences, like the library's. */
export const OWN_PROMPT_MAX = 600;

/** What the "write your own" form collects. */
export interface OwnPromptInput {
  words: string;
  whenToUse: string;
  category: PromptCategory;
}

/** Brackets pair up and each holds a name, as in the library: `[name]`. */
function blanksAreClosed(words: string): boolean {
  return /^(?:[^[\]]|\[[^[\]]*[^[\]\s][^[\]]*\])*$/.test(words);
}

/** Checks an own prompt before saving; returns the problem of each field with one. */
export function validateOwnPrompt(input: Pick<OwnPromptInput, 'words' | 'whenToUse'>): FieldProblems<'words' | 'whenToUse'> {
  const errors: FieldProblems<'words' | 'whenToUse'> = {};
  const words = input.words.trim();
  if (!words) errors.words = { kind: 'needed', field: 'prompt-words' };
  else if (words.length > OWN_PROMPT_MAX) errors.words = { kind: 'too-long', of: 'field', max: OWN_PROMPT_MAX };
  else if (!blanksAreClosed(words)) errors.words = { kind: 'blank-unfinished' };
  if (input.whenToUse.trim().length > 160) errors.whenToUse = { kind: 'not-one-line' };
  return errors;
}

/** An own prompt as stored, keeping its id (and anything else) when it is an edit. */
export function ownPromptFrom<E extends Partial<OwnPrompt>>(input: OwnPromptInput, existing?: E): Omit<OwnPrompt, 'id'> & { id?: string } {
  return {
    insteadOf: '',
    tryThis: '',
    tags: [],
    ...existing,
    category: input.category,
    words: input.words.trim().replace(/\s+/g, ' '),
    whenToUse: input.whenToUse.trim().replace(/\s+/g, ' '),
    own: true,
  };
}
