/**
 * The toolkit's content as schemas: one library prompt, a prompt the person wrote, and a
 * role-play card. The one truth for both the checks (the library in the unit tests, an own
 * prompt as it is saved) and the types (derived below with `v.InferOutput`, and named in
 * `prompt-types.ts`).
 */
import * as v from 'valibot';
import { CARD_TOPICS, PROMPT_CATEGORY_IDS } from './prompt-ids.ts';
import { SITUATIONS } from '../course-schema.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids and tags are kebab-case'));
const category = v.picklist(PROMPT_CATEGORY_IDS, 'unknown prompt category');
const situations = v.optional(
  v.pipe(
    v.array(v.picklist(SITUATIONS)),
    v.minLength(1, 'omit situations when a prompt fits everyone'),
  ),
);
/** Brackets must pair up and hold a name: `[what happened]`, never `[]` or `[open`. */
const balancedBlanks = (s: string) => /^(?:[^[\]]|\[[^[\]]*[^[\]\s][^[\]]*\])*$/.test(s);
const oneLine = (s: string) => !/[\r\n]/.test(s);

/** One library prompt, with the library's rules. */
export const promptSchema = v.strictObject({
  /** Stable id (kebab-case); favourites are stored against it, so never rename one. */
  id: kebab,
  category,
  /** What to say, with fill-in blanks in square brackets: `[what happened]`. */
  words: v.pipe(text, v.check(balancedBlanks, 'blanks are written [like this]')),
  /** One line: the moment this fits. */
  whenToUse: v.pipe(text, v.check(oneLine, 'whenToUse is one line'), v.maxLength(160)),
  /** What people often say by reflex (shown as “Instead of …”). */
  insteadOf: text,
  /** A kinder way to say it (shown as “… try …”). */
  tryThis: text,
  /** Kebab-case topics for search and filters: 'anger', 'money', 'quick', 'text-message', … */
  tags: v.pipe(v.array(kebab), v.minLength(1)),
  /**
   * Only for readers who chose one of these situations at the start; omitted when the
   * prompt fits everyone. A prompt about drinking lists `['substance-use', 'both']`.
   */
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

/** One role-play card: something the person supported might say, and two ways to answer. */
export const roleplayCardSchema = v.strictObject({
  /** Stable id (kebab-case). */
  id: kebab,
  /** What they say. */
  theySay: text,
  /** Two kind answers you might give. */
  youMightAnswer: v.tuple([text, text]),
  /** The skill the answers practise. */
  skill: category,
  /**
   * What talks the card fits, for a plan's likely replies. Empty for a card that is not said
   * by the person supported (a friend's question), so a rehearsal never offers it.
   */
  topics: v.array(v.picklist(CARD_TOPICS, 'unknown card topic')),
  /** As for prompts: omitted when the card fits everyone. */
  situations,
  /** What keeps everyone safe in this moment (overdose risk, when to call), shown on the card itself. */
  safetyNote: v.optional(text),
});

/** One ready-made thing to say; `own` is true for a prompt the person wrote themselves, absent in the library. */
export type Prompt = v.InferOutput<typeof promptSchema> & { own?: boolean };
/** A prompt the person wrote and saved; the same shape as a library prompt. */
export type OwnPrompt = v.InferOutput<typeof ownPromptSchema>;
/** A practice card. */
export type RoleplayCard = v.InferOutput<typeof roleplayCardSchema>;
