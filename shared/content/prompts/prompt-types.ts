/**
 * The shape of the communication toolkit's content: ready-made words to say, grouped by
 * skill, and role-play cards to practise with. Content is data (`prompts-en.ts`,
 * `roleplay-cards.ts`), checked by `prompt-schema.ts` in the unit tests; the types are the
 * schemas' own (`v.InferOutput`), named here.
 *
 * Fill-in blanks are written in square brackets, such as `[what happened]` or `[feeling]`;
 * `fillBlanks()` in `shared/domain/toolkit/prompt-search.ts` swaps in what the person types.
 */
import type { Situation } from '../course-types.ts';
import type { PromptCategory, PromptCategoryInfo } from './prompt-ids.ts';
import { interfaceLanguage, type Language } from '../locale.ts';
import { PROMPT_CATEGORIES_ES } from './prompt-categories-es.ts';

export { CARD_TOPICS, PROMPT_CATEGORY_IDS, type CardTopic, type PromptCategory, type PromptCategoryInfo } from './prompt-ids.ts';
export type { OwnPrompt, Prompt, RoleplayCard } from './prompt-schema.ts';


/** Every category, in the order the library shows them. */
export const PROMPT_CATEGORIES: readonly PromptCategoryInfo[] = [
  {
    id: 'listening',
    label: 'Listening and reflecting',
    description: 'Show you heard by saying back what they said, in your own words.',
  },
  {
    id: 'validating',
    label: 'Validating feelings',
    description: 'Let them know their feelings make sense, even when you see things another way.',
  },
  {
    id: 'i-statements',
    label: '“I” statements',
    description: 'Share what you feel and need, without blame.',
  },
  {
    id: 'leap',
    label: 'Listen, Empathize, Agree, Partner (LEAP)',
    description: 'For when they don’t see a problem: hear their view, show you get it, agree where you can, then work as a team.',
  },
  {
    id: 'calming',
    label: 'Calming things down',
    description: 'Slow a talk down when voices start to rise.',
  },
  {
    id: 'asking',
    label: 'Asking instead of telling',
    description: 'Open questions that invite their own ideas.',
  },
  {
    id: 'boundaries',
    label: 'Saying a boundary',
    description: 'Say calmly what you will do. A boundary is about your actions, not theirs.',
  },
  {
    id: 'saying-no',
    label: 'Saying no kindly',
    description: 'A clear no that still leaves the door open.',
  },
  {
    id: 'encouraging-help',
    label: 'Encouraging help without pressure',
    description: 'Keep the door to care open while the choice stays theirs.',
  },
  {
    id: 'repair',
    label: 'Repairing after a hard talk',
    description: 'Come back after a talk that went badly, and own your part.',
  },
  {
    id: 'self-care',
    label: 'Looking after yourself after',
    description: 'Words for yourself, and for the people who support you.',
  },
];

/** Whether a prompt or card fits a reader's situation (everything fits when none is chosen). */
export function fitsSituation(item: { situations?: readonly Situation[] }, situation: Situation | undefined): boolean {
  return !situation || !item.situations || item.situations.includes(situation);
}

/** Every category in `language`, in library order (the ids are the same in every language). */
export function promptCategoriesIn(language: Language): readonly PromptCategoryInfo[] {
  return language === 'es' ? PROMPT_CATEGORIES_ES : PROMPT_CATEGORIES;
}

/** A category's label, for search and headings, in the interface's language unless told. */
export function categoryLabel(id: PromptCategory, language: Language = interfaceLanguage()): string {
  return promptCategoriesIn(language).find((c) => c.id === id)?.label ?? id;
}
