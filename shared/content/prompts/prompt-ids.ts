/**
 * The ids the toolkit's content is keyed by: prompt categories and role-play card topics.
 * Apart from the schemas (`prompt-schema.ts`) so that screens and the extension's content
 * script can use them without loading valibot; the schemas and the types both build on them.
 */

/** The skill a prompt practises, in library order; also the id of its group in the library. */
export const PROMPT_CATEGORY_IDS = [
  'listening',
  'validating',
  'i-statements',
  'leap',
  'calming',
  'asking',
  'boundaries',
  'saying-no',
  'encouraging-help',
  'repair',
  'self-care',
] as const;

/** The skill a prompt practises. */
export type PromptCategory = (typeof PROMPT_CATEGORY_IDS)[number];

/** A category as the library shows it (here, not in prompt-types.ts, so each language's table can name it without an import circle). */
export interface PromptCategoryInfo {
  id: PromptCategory;
  /** Short name for a tab or a heading. */
  label: string;
  /** One plain line on what the skill is for. */
  description: string;
}

/**
 * What a role-play card is about, so a plan's rehearsal can pick the cards that fit its talk.
 * `everyday` cards fit almost any talk: they are what a rehearsal falls back on.
 */
export const CARD_TOPICS = ['treatment', 'money', 'substance-use', 'boundaries', 'crisis', 'everyday'] as const;

/** What a role-play card is about. */
export type CardTopic = (typeof CARD_TOPICS)[number];
