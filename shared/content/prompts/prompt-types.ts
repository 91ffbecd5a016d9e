/**
 * The shape of the communication toolkit's content: ready-made words to say, grouped by
 * skill, and role-play cards to practise with. Content is data (`prompts-en.ts`,
 * `roleplay-cards.ts`), checked by `prompt-schema.ts` in the unit tests.
 *
 * Fill-in blanks are written in square brackets, such as `[what happened]` or `[feeling]`;
 * `fillBlanks()` in `shared/domain/toolkit/prompt-search.ts` swaps in what the person types.
 */
import type { Situation } from '../course-types.ts';

/** The skill a prompt practises; also the id of its group in the library. */
export type PromptCategory =
  | 'listening'
  | 'validating'
  | 'i-statements'
  | 'leap'
  | 'calming'
  | 'asking'
  | 'boundaries'
  | 'saying-no'
  | 'encouraging-help'
  | 'repair'
  | 'self-care';

/** A category as the library shows it. */
export interface PromptCategoryInfo {
  id: PromptCategory;
  /** Short name for a tab or a heading. */
  label: string;
  /** One plain line on what the skill is for. */
  description: string;
}

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

/** The ids of every category, in library order. */
export const PROMPT_CATEGORY_IDS: readonly PromptCategory[] = PROMPT_CATEGORIES.map((c) => c.id);

/** One ready-made thing to say. */
export interface Prompt {
  /** Stable id (kebab-case); favourites are stored against it, so never rename one. */
  id: string;
  category: PromptCategory;
  /** What to say, with fill-in blanks in square brackets: `[what happened]`. */
  words: string;
  /** One line: the moment this fits. */
  whenToUse: string;
  /** What people often say by reflex (shown as “Instead of …”). */
  insteadOf: string;
  /** A kinder way to say it (shown as “… try …”). */
  tryThis: string;
  /** Kebab-case topics for search and filters: 'anger', 'money', 'quick', 'text-message', … */
  tags: string[];
  /**
   * Only for readers who chose one of these situations at the start; omitted when the
   * prompt fits everyone. A prompt about drinking lists `['substance-use', 'both']`.
   */
  situations?: Situation[];
  /** True for a prompt the person wrote themselves; absent in the library. */
  own?: boolean;
}

/** A prompt the person wrote and saved; the same shape as a library prompt. */
export interface OwnPrompt extends Prompt {
  own: true;
}

/**
 * What a role-play card is about, so a plan's rehearsal can pick the cards that fit its talk.
 * `everyday` cards fit almost any talk: they are what a rehearsal falls back on.
 */
export type CardTopic = 'treatment' | 'money' | 'substance-use' | 'boundaries' | 'crisis' | 'everyday';

/** Every card topic. */
export const CARD_TOPICS: readonly CardTopic[] = ['treatment', 'money', 'substance-use', 'boundaries', 'crisis', 'everyday'];

/** A practice card: something the person supported might say, and two ways to answer. */
export interface RoleplayCard {
  /** Stable id (kebab-case). */
  id: string;
  /** What they say. */
  theySay: string;
  /** Two kind answers you might give. */
  youMightAnswer: [string, string];
  /** The skill the answers practise. */
  skill: PromptCategory;
  /**
   * What talks the card fits, for a plan's likely replies. Empty for a card that is not said
   * by the person supported (a friend's question), so a rehearsal never offers it.
   */
  topics: CardTopic[];
  /** As for prompts: omitted when the card fits everyone. */
  situations?: Situation[];
  /** What keeps everyone safe in this moment (overdose risk, when to call), shown on the card itself. */
  safetyNote?: string;
}

/** Whether a prompt or card fits a reader's situation (everything fits when none is chosen). */
export function fitsSituation(item: { situations?: readonly Situation[] }, situation: Situation | undefined): boolean {
  return !situation || !item.situations || item.situations.includes(situation);
}

/** A category's label, for search and headings. */
export function categoryLabel(id: PromptCategory): string {
  return PROMPT_CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
