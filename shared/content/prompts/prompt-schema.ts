import * as v from 'valibot';
import { CARD_TOPICS, PROMPT_CATEGORY_IDS } from './prompt-types.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids and tags are kebab-case'));
const category = v.picklist(PROMPT_CATEGORY_IDS as [string, ...string[]], 'unknown prompt category');
const situations = v.optional(
  v.pipe(
    v.array(v.picklist(['mental-illness', 'substance-use', 'both'])),
    v.minLength(1, 'omit situations when a prompt fits everyone'),
  ),
);
/** Brackets must pair up and hold a name: `[what happened]`, never `[]` or `[open`. */
const balancedBlanks = (s: string) => /^(?:[^[\]]|\[[^[\]]*[^[\]\s][^[\]]*\])*$/.test(s);
const oneLine = (s: string) => !/[\r\n]/.test(s);

/** Runtime schema for one library prompt; mirrors `Prompt` and adds the library's rules. */
export const promptSchema = v.strictObject({
  id: kebab,
  category,
  words: v.pipe(text, v.check(balancedBlanks, 'blanks are written [like this]')),
  whenToUse: v.pipe(text, v.check(oneLine, 'whenToUse is one line'), v.maxLength(160)),
  insteadOf: text,
  tryThis: text,
  tags: v.pipe(v.array(kebab), v.minLength(1)),
  situations,
});

/**
 * Runtime schema for a prompt the person wrote: the same shape, marked `own: true`.
 * Only the words are required; the rest may be left empty while they write.
 */
export const ownPromptSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1)),
  category,
  words: v.pipe(text, v.check(balancedBlanks, 'blanks are written [like this]')),
  whenToUse: v.string(),
  insteadOf: v.string(),
  tryThis: v.string(),
  tags: v.array(v.pipe(v.string(), v.trim(), v.minLength(1))),
  situations,
  own: v.literal(true),
});

/** Runtime schema for one role-play card. */
export const roleplayCardSchema = v.strictObject({
  id: kebab,
  theySay: text,
  youMightAnswer: v.tuple([text, text]),
  skill: category,
  topics: v.array(v.picklist(CARD_TOPICS, 'unknown card topic')),
  situations,
  safetyNote: v.optional(text),
});
