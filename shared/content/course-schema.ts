import * as v from 'valibot';
import type { Condition, Situation } from './course-types.ts';
import { COURSE_ORDER } from './weeks/course-order.ts';

const SITUATION_IDS = ['mental-illness', 'substance-use', 'both'] as const satisfies readonly Situation[];
// Only conditions a story can be about: "not sure" and the like always read the situation's story.
const CONDITION_IDS = ['psychosis', 'bipolar', 'depression', 'anxiety', 'personality', 'substance-use', 'more-than-one'] as const satisfies readonly Condition[];
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const textBlock = v.union([text, v.strictObject({ list: v.pipe(v.array(text), v.minLength(2)) })]);
const textBlocks = v.pipe(v.array(textBlock), v.minLength(1));
const situationBlock = v.strictObject({
  kind: v.literal('by-situation'),
  variants: v.pipe(
    v.strictObject({ 'mental-illness': textBlocks, 'substance-use': textBlocks, both: textBlocks }),
    v.check(
      (variants) => new Set(Object.values(variants).map((b) => JSON.stringify(b))).size > 1,
      'a by-situation block says something different for at least one situation',
    ),
  ),
});
const crisisHelpBlock = v.strictObject({ kind: v.literal('crisis-help') });
const crisisCareBlock = v.strictObject({ kind: v.literal('crisis-care') });
const appPath = v.pipe(v.string(), v.regex(/^\/[a-z0-9/-]*(?:#[a-z0-9-]+)?$/, 'tool links are paths inside the app'));
const linkBlock = v.strictObject({ kind: v.literal('link'), href: appPath, label: text });
const block = v.union([textBlock, situationBlock, crisisHelpBlock, crisisCareBlock, linkBlock]);
const blocks = v.pipe(v.array(block), v.minLength(1));

/** Runtime schema for one week; mirrors `course-types.ts` and adds the course's rules. */
export const weekSchema = v.strictObject({
  number: v.pipe(v.number(), v.integer(), v.check((n) => COURSE_ORDER.includes(n), 'A week key must be in COURSE_ORDER.')),
  title: text,
  summary: text,
  minutes: v.pipe(v.number(), v.minValue(20), v.maxValue(40)),
  contentNote: v.optional(text),
  welcome: blocks,
  sections: v.pipe(
    v.array(v.strictObject({ id, title: text, blocks })),
    // Six at most: week 5 holds a sixth, for readers afraid of how the person might react.
    v.minLength(3, 'a week has 3 to 6 reading sections'),
    v.maxLength(6, 'a week has 3 to 6 reading sections'),
  ),
  story: v.pipe(
    v.strictObject({
      title: text,
      variants: v.strictObject({ 'mental-illness': textBlocks, 'substance-use': textBlocks, both: textBlocks }),
      byCondition: v.optional(
        v.array(v.strictObject({ condition: v.picklist(CONDITION_IDS), situation: v.picklist(SITUATION_IDS), blocks: textBlocks })),
      ),
    }),
    v.check(
      (story) => new Set((story.byCondition ?? []).map((c) => `${c.condition} ${c.situation}`)).size === (story.byCondition ?? []).length,
      'a story has one variant at most for each condition and situation',
    ),
    v.check(
      (story) => (story.byCondition ?? []).every((c) => JSON.stringify(c.blocks) !== JSON.stringify(story.variants[c.situation])),
      "a condition variant tells a different story from its situation's own",
    ),
  ),
  takeaways: v.pipe(v.array(text), v.minLength(3)),
  reflections: v.pipe(v.array(v.strictObject({ id, prompt: text, hint: v.optional(text) })), v.minLength(1)),
  practice: v.strictObject({
    id,
    title: text,
    intro: blocks,
    steps: v.pipe(v.array(text), v.minLength(2)),
    plan: v.pipe(v.array(v.strictObject({ id, label: text, hint: v.optional(text) })), v.minLength(2), v.maxLength(4)),
    tools: v.optional(
      v.pipe(
        v.array(v.strictObject({ href: appPath, label: text })),
        v.minLength(1),
        v.maxLength(3),
      ),
    ),
  }),
  selfCheck: v.pipe(
    v.array(
      v.strictObject({
        id,
        question: text,
        options: v.pipe(
          v.array(v.strictObject({ text, correct: v.boolean() })),
          v.minLength(2),
          v.check((opts) => opts.some((o) => o.correct), 'every self-check question has a right answer'),
        ),
        explanation: text,
      }),
    ),
    v.minLength(3, 'a self-check has 3 to 5 questions'),
    v.maxLength(5, 'a self-check has 3 to 5 questions'),
  ),
  forYou: v.strictObject({ title: text, blocks }),
});
