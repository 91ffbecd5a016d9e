/**
 * Prompts the person writes themselves: checking what they typed and shaping it like a
 * library prompt, so search, cards and plans treat both the same.
 */
import type { OwnPrompt, PromptCategory } from '../../content/prompts/prompt-types.ts';

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

/** Checks an own prompt before saving; returns a kind message per field with a problem. */
export function validateOwnPrompt(input: Pick<OwnPromptInput, 'words' | 'whenToUse'>): Partial<Record<'words' | 'whenToUse', string>> {
  const errors: Partial<Record<'words' | 'whenToUse', string>> = {};
  const words = input.words.trim();
  if (!words) errors.words = 'Write the words you would like to say.';
  else if (words.length > OWN_PROMPT_MAX) errors.words = `Please keep this under ${OWN_PROMPT_MAX} characters.`;
  else if (!blanksAreClosed(words)) errors.words = 'A blank to fill in goes in square brackets, like [name]. One of them looks unfinished.';
  if (input.whenToUse.trim().length > 160) errors.whenToUse = 'Please keep this to one short line.';
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
