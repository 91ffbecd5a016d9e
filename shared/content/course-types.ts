/**
 * The shape of one week of the course. Weeks are data (one file per week under
 * `shared/content/weeks/`), validated by `course-schema.ts` in the unit tests, so a
 * counsellor can edit a lesson without touching a component.
 *
 * Text placeholders, filled in from the person's own choices at "Getting started":
 * - `{person}`  → "your partner", "your son", … or "the person you support"
 * - `{Person}`  → the same, capitalised for the start of a sentence
 * - `{relation}` → "partner", "son", "daughter", "child", "parent", "sibling", "friend", "loved one"
 * Content never uses gendered pronouns for the person supported: it says "they".
 */

/** What the person supported is facing, chosen at the start. */
export type Situation = 'mental-illness' | 'substance-use' | 'both';

/**
 * The condition the person lives with, if the reader chose to say. Optional at "Getting
 * started": the situation alone is enough for the course to speak to them.
 */
export type Condition =
  | 'psychosis'
  | 'bipolar'
  | 'depression'
  | 'anxiety'
  | 'personality'
  | 'substance-use'
  | 'more-than-one'
  | 'not-sure'
  | 'rather-not-say';

/** A run of text: a paragraph, or a bulleted list of short items. */
export type TextBlock = string | { list: string[] };

/**
 * Text written for each situation: the reader sees only the one that fits what they chose at
 * "Getting started" (or "both" until they choose). Used wherever an example would otherwise
 * speak of drink and drugs to a parent of a son with psychosis, or the other way round.
 */
export interface SituationBlock {
  kind: 'by-situation';
  variants: Record<Situation, TextBlock[]>;
}

/** The crisis lines for the reader's country and what to say when calling, right in the lesson. */
export interface CrisisHelpBlock {
  kind: 'crisis-help';
}

/**
 * Crisis care where the reader lives (crisis teams, the law on care without consent, advance
 * statements), from `crisis-care-by-country.ts`, with the same country chooser as the lines.
 */
export interface CrisisCareBlock {
  kind: 'crisis-care';
}

/**
 * A way into a tool of the app right where the text speaks of it (the safety plan beside
 * "if you are afraid", the crisis plan beside the part about it), shown as a button.
 */
export interface LinkBlock {
  kind: 'link';
  /** A path inside the app, like `/safety-plan`. */
  href: string;
  label: string;
}

/** One part of a lesson's text. */
export type Block = TextBlock | SituationBlock | CrisisHelpBlock | CrisisCareBlock | LinkBlock;

/** One short reading section of a lesson. */
export interface ReadingSection {
  /** Stable id, unique in the week (kebab-case); progress is stored against it. */
  id: string;
  title: string;
  blocks: Block[];
}

/**
 * A story told about one condition, for readers facing one situation: psychosis with cannabis
 * is a different story from psychosis alone, so each variant names both.
 */
export interface ConditionVariant {
  condition: Condition;
  situation: Situation;
  blocks: TextBlock[];
}

/**
 * A real-life example, told as a short story, in a variant for each situation. A variant
 * for the reader's condition and situation, where one is written, wins over the situation's:
 * the parent of a son with psychosis should meet psychosis, not depression.
 */
export interface Story {
  title: string;
  variants: Record<Situation, TextBlock[]>;
  byCondition?: ConditionVariant[];
}

/** A question whose answer is saved to the journal as the person types. */
export interface Reflection {
  /** Stable id, unique across the whole course (e.g. "w1-what-recovery-means"). */
  id: string;
  prompt: string;
  /** A gentle nudge shown under the field. */
  hint?: string;
}

/** A field of the "try this" plan the person fills in. */
export interface PlanField {
  id: string;
  label: string;
  hint?: string;
}

/** The one skill to practise this week. */
export interface Practice {
  /** Stable id, unique across the course (e.g. "w4-practice"). */
  id: string;
  title: string;
  intro: Block[];
  /** Concrete steps of the skill. */
  steps: string[];
  /** The "try this" plan: 2–4 fields the person fills in, then marks as tried. */
  plan: PlanField[];
  /** Tools in the app that help with this skill (e.g. the boundary builder), the main one first. */
  tools?: { href: string; label: string }[];
}

/** One self-check question: no score, every answer explained kindly. */
export interface SelfCheckQuestion {
  id: string;
  question: string;
  options: { text: string; correct: boolean }[];
  /** Shown after any answer: why, in a warm voice. */
  explanation: string;
}

/** One week of the course. */
export interface Week {
  number: number;
  title: string;
  /** One line for the outline. */
  summary: string;
  /** Honest estimate, 20–40. */
  minutes: number;
  /** A short note before a hard topic ("this week talks about crisis…"). */
  contentNote?: string;
  welcome: Block[];
  sections: ReadingSection[];
  story: Story;
  takeaways: string[];
  reflections: Reflection[];
  practice: Practice;
  selfCheck: SelfCheckQuestion[];
  forYou: { title: string; blocks: Block[] };
}
