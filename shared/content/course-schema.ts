import * as v from 'valibot';
import { COURSE_ORDER } from './weeks/course-order.ts';

/**
 * The shape of one week of the course, as a schema: the one truth for both the checks (run
 * on every week in the unit tests, with the course's rules) and the types (derived below with
 * `v.InferOutput`, and named in `course-types.ts`).
 */

/** What the person supported is facing, chosen at the start. */
export const SITUATIONS = ['mental-illness', 'substance-use', 'both'] as const;
/** Conditions a story can be about. */
const STORY_CONDITIONS = ['psychosis', 'bipolar', 'depression', 'anxiety', 'personality', 'substance-use', 'more-than-one'] as const;
/**
 * The condition the person lives with, if the reader chose to say ("not sure" and "rather not
 * say" always read the situation's story).
 */
export const CONDITIONS = [...STORY_CONDITIONS, 'not-sure', 'rather-not-say'] as const;

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));

/** A run of text: a paragraph, or a bulleted list of short items. */
const textBlock = v.union([text, v.strictObject({ list: v.pipe(v.array(text), v.minLength(2)) })]);
const textBlocks = v.pipe(v.array(textBlock), v.minLength(1));
const byEverySituation = v.strictObject({ 'mental-illness': textBlocks, 'substance-use': textBlocks, both: textBlocks });

/**
 * Text written for each situation: the reader sees only the one that fits what they chose at
 * "Getting started" (or "both" until they choose). Used wherever an example would otherwise
 * speak of drink and drugs to a parent of a son with psychosis, or the other way round.
 */
const situationBlock = v.strictObject({
  kind: v.literal('by-situation'),
  variants: v.pipe(
    byEverySituation,
    v.check(
      (variants) => new Set(Object.values(variants).map((b) => JSON.stringify(b))).size > 1,
      'a by-situation block says something different for at least one situation',
    ),
  ),
});
/** The crisis lines for the reader's country and what to say when calling, right in the lesson. */
const crisisHelpBlock = v.strictObject({ kind: v.literal('crisis-help') });
/**
 * Crisis care where the reader lives (crisis teams, the law on care without consent, advance
 * statements), from `crisis-care-by-country.ts`, with the same country chooser as the lines.
 */
const crisisCareBlock = v.strictObject({ kind: v.literal('crisis-care') });
/** A path inside the app, like `/safety-plan`. */
const appPath = v.pipe(v.string(), v.regex(/^\/[a-z0-9/-]*(?:#[a-z0-9-]+)?$/, 'tool links are paths inside the app'));
/**
 * A way into a tool of the app right where the text speaks of it (the safety plan beside
 * "if you are afraid", the crisis plan beside the part about it), shown as a button.
 */
const linkBlock = v.strictObject({ kind: v.literal('link'), href: appPath, label: text });
/** One part of a lesson's text. */
const block = v.union([textBlock, situationBlock, crisisHelpBlock, crisisCareBlock, linkBlock]);
const blocks = v.pipe(v.array(block), v.minLength(1));

/** One short reading section of a lesson; its id is unique in the week (progress is stored against it). */
const readingSection = v.strictObject({ id, title: text, blocks });

/**
 * A story told about one condition, for readers facing one situation: psychosis with cannabis
 * is a different story from psychosis alone, so each variant names both.
 */
const conditionVariant = v.strictObject({ condition: v.picklist(STORY_CONDITIONS), situation: v.picklist(SITUATIONS), blocks: textBlocks });

/**
 * A real-life example, told as a short story, in a variant for each situation. A variant
 * for the reader's condition and situation, where one is written, wins over the situation's:
 * the parent of a son with psychosis should meet psychosis, not depression.
 */
const story = v.pipe(
  v.strictObject({ title: text, variants: byEverySituation, byCondition: v.optional(v.array(conditionVariant)) }),
  v.check(
    (s) => new Set((s.byCondition ?? []).map((c) => `${c.condition} ${c.situation}`)).size === (s.byCondition ?? []).length,
    'a story has one variant at most for each condition and situation',
  ),
  v.check(
    (s) => (s.byCondition ?? []).every((c) => JSON.stringify(c.blocks) !== JSON.stringify(s.variants[c.situation])),
    "a condition variant tells a different story from its situation's own",
  ),
);

/** A question whose answer is saved to the journal as the person types; its id is unique across the course. */
const reflection = v.strictObject({ id, prompt: text, hint: v.optional(text) });

/** A field of the "try this" plan the person fills in; the hint shows under it. */
const planField = v.strictObject({ id, label: text, hint: v.optional(text) });

/**
 * The one skill to practise this week: concrete steps, a "try this" plan of 2–4 fields the
 * person fills in and then marks as tried, and the app's tools that help (the main one first).
 */
const practice = v.strictObject({
  id,
  title: text,
  intro: blocks,
  steps: v.pipe(v.array(text), v.minLength(2)),
  plan: v.pipe(v.array(planField), v.minLength(2), v.maxLength(4)),
  tools: v.optional(v.pipe(v.array(v.strictObject({ href: appPath, label: text })), v.minLength(1), v.maxLength(3))),
});

/** One self-check question: no score, every answer explained kindly (the explanation shows after any answer). */
const selfCheckQuestion = v.strictObject({
  id,
  question: text,
  options: v.pipe(
    v.array(v.strictObject({ text, correct: v.boolean() })),
    v.minLength(2),
    v.check((opts) => opts.some((o) => o.correct), 'every self-check question has a right answer'),
  ),
  explanation: text,
});

/**
 * One week of the course, with the course's rules: a summary line for the outline, an honest
 * 20–40 minutes, an optional note before a hard topic, 3 to 6 reading sections (week 5 holds
 * a sixth, for readers afraid of how the person might react), and 3 to 5 self-check questions.
 */
export const weekSchema = v.strictObject({
  number: v.pipe(v.number(), v.integer(), v.check((n) => COURSE_ORDER.includes(n), 'A week key must be in COURSE_ORDER.')),
  title: text,
  summary: text,
  minutes: v.pipe(v.number(), v.minValue(20), v.maxValue(40)),
  contentNote: v.optional(text),
  welcome: blocks,
  sections: v.pipe(v.array(readingSection), v.minLength(3, 'a week has 3 to 6 reading sections'), v.maxLength(6, 'a week has 3 to 6 reading sections')),
  story,
  takeaways: v.pipe(v.array(text), v.minLength(3)),
  reflections: v.pipe(v.array(reflection), v.minLength(1)),
  practice,
  selfCheck: v.pipe(v.array(selfCheckQuestion), v.minLength(3, 'a self-check has 3 to 5 questions'), v.maxLength(5, 'a self-check has 3 to 5 questions')),
  forYou: v.strictObject({ title: text, blocks }),
});

export type Situation = (typeof SITUATIONS)[number];
export type Condition = (typeof CONDITIONS)[number];
export type TextBlock = v.InferOutput<typeof textBlock>;
export type SituationBlock = v.InferOutput<typeof situationBlock>;
export type CrisisHelpBlock = v.InferOutput<typeof crisisHelpBlock>;
export type CrisisCareBlock = v.InferOutput<typeof crisisCareBlock>;
export type LinkBlock = v.InferOutput<typeof linkBlock>;
export type Block = v.InferOutput<typeof block>;
export type ReadingSection = v.InferOutput<typeof readingSection>;
export type ConditionVariant = v.InferOutput<typeof conditionVariant>;
export type Story = v.InferOutput<typeof story>;
export type Reflection = v.InferOutput<typeof reflection>;
export type PlanField = v.InferOutput<typeof planField>;
export type Practice = v.InferOutput<typeof practice>;
export type SelfCheckQuestion = v.InferOutput<typeof selfCheckQuestion>;
export type Week = v.InferOutput<typeof weekSchema>;
