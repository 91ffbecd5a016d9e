import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { weekSchema } from '../../../shared/content/course-schema.ts';
import { WEEK_LOADERS } from '../../../shared/content/weeks/index.ts';
import { lessonSteps } from '../../../shared/domain/course/course-progress.ts';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';
import type { Situation, Week } from '../../../shared/content/course-types.ts';
import { blocksFor } from '../../../shared/domain/course/lesson-blocks.ts';
import { blocksToText, readingGrade } from '../../support/readability.ts';
import { avoidedWordsIn, stringsIn } from '../../support/voice-words.ts';
import { SITUATIONS, allLessons, courseWeeks, textsOf } from '../../support/course-lessons.ts';
import { COURSE_ORDER } from '../../../shared/content/weeks/course-order.ts';

const MAX_GRADE = 8;

/**
 * Examples about drink and drugs. A reader who said they support someone with a mental health
 * condition should not meet them (naming "substance use" in a sentence about both is fine).
 */
const SUBSTANCE_EXAMPLES =
  /\b(?:drink(?:s|ing)?|drunk|alcohol|drugs?|cannabis|pills?|painkillers?|opioids?|naloxone|heroin|fentanyl|sober|12-step|hangover|(?:cut|cuts|cutting) (?:down|back)|(?:is|are|was|were|been|be|or|and|stop|stopped|start|started|not) using(?!\s+(?:their|the|a|an|your|my|our|it|this|that|these|words|kind)\b)|return(?:s|ed)? to use)\b/i;
/** Examples of illness-only experiences; a reader supporting someone with substance use only should not meet them. */
const ILLNESS_EXAMPLES = /\b(?:psychos[ie]s|psychotic|schizophreni\w*|bipolar|(?<!raised |loud )voices|anosognosia|delusions?|paranoi\w*|spying|manic|mania)\b/i;
const OFF_TOPIC: Partial<Record<Situation, RegExp>> = { 'mental-illness': SUBSTANCE_EXAMPLES, 'substance-use': ILLNESS_EXAMPLES };

/**
 * Sections that speak to every reader on purpose, whatever their situation. Kept short: a
 * section belongs here only when the topic itself is the other situation, and each entry must
 * still be needed (the test fails on a stale one).
 */
const GENERAL_SECTIONS: readonly { week: number; section: string; situation: Situation; why: string }[] = [
  {
    week: 2,
    section: 'substance-use',
    situation: 'mental-illness',
    why: 'Week 2 teaches every reader how mental illness and substance use feed each other: they so often come together.',
  },
  {
    week: 2,
    section: 'substance-use',
    situation: 'substance-use',
    why: 'The same section tells every reader that alcohol and drugs can make voices and psychosis worse: worth knowing for anyone.',
  },
  {
    week: 2,
    section: 'common-conditions',
    situation: 'substance-use',
    why: 'Week 2 names the common mental health conditions for every reader: many people who drink or use drugs also live with one.',
  },
];

const allWeeks = courseWeeks;

/**
 * The schema, but for a lesson whose place in the course is not chosen yet: any whole number
 * will do, since the lead gives it its number when placing it. Every other rule still holds.
 */

/** Every line a reader facing `situation` can meet in a week, including questions, hints and self-check answers. */
function everythingSeenBy(week: Week, situation: Situation): { where: string; text: string }[] {
  return [
    ...(week.contentNote ? [{ where: 'content note', text: week.contentNote }] : []),
    ...textsOf(week, situation).map(({ where, blocks }) => ({ where, text: blocksToText(blocks, situation) })),
    ...week.reflections.map((r) => ({ where: `reflection ${r.id}`, text: [r.prompt, r.hint ?? ''].join(' ') })),
    ...week.practice.plan.map((f) => ({ where: `practice plan ${f.id}`, text: [f.label, f.hint ?? ''].join(' ') })),
    ...week.selfCheck.map((q) => ({ where: `self-check ${q.id}`, text: [q.question, ...q.options.map((o) => o.text), q.explanation].join(' ') })),
  ];
}

describe('course content', () => {
  it('has nine weeks, each under its own key, in reading order, each passing the schema', async () => {
    const weeks = await allWeeks();
    expect(weeks.map((w) => w.number)).toEqual([...COURSE_ORDER]);
    expect(new Set(COURSE_ORDER).size).toBe(9);
    expect(Object.keys(WEEK_LOADERS).map(Number).sort((a, b) => a - b)).toEqual([...COURSE_ORDER].sort((a, b) => a - b));
    for (const week of weeks) {
      const result = v.safeParse(weekSchema, week);
      expect(result.issues?.map((i) => `week ${week.number}: ${i.message} at ${v.getDotPath(i)}`) ?? []).toEqual([]);
    }
  });

  it('rejects situation blocks that miss a situation, say the same for all, or nest; and unknown block kinds', async () => {
    const week1 = await WEEK_LOADERS[1]!();
    const withBlock = (block: unknown) => ({ ...week1, sections: [{ ...week1.sections[0]!, blocks: [block] }, ...week1.sections.slice(1)] });
    const same = ['The same words.'];
    const bad = [
      { kind: 'by-situation', variants: { 'mental-illness': ['One.'], both: ['Two.'] } },
      { kind: 'by-situation', variants: { 'mental-illness': same, 'substance-use': same, both: same } },
      { kind: 'by-situation', variants: { 'mental-illness': ['One.'], 'substance-use': [], both: ['Two.'] } },
      { kind: 'by-situation', variants: { 'mental-illness': [{ kind: 'crisis-help' }], 'substance-use': ['One.'], both: ['Two.'] } },
      { kind: 'crisis-help', country: 'GB' },
      { kind: 'video' },
    ];
    for (const block of bad) expect(v.safeParse(weekSchema, withBlock(block)).success, JSON.stringify(block)).toBe(false);
    expect(v.safeParse(weekSchema, withBlock({ kind: 'by-situation', variants: { 'mental-illness': ['One.'], 'substance-use': same, both: same } })).success).toBe(true);
    expect(v.safeParse(weekSchema, withBlock({ kind: 'crisis-help' })).success).toBe(true);
  });

  it('rejects condition story variants that repeat a condition and situation, or tell the situation story again', async () => {
    const week1 = await WEEK_LOADERS[1]!();
    const withVariants = (byCondition: unknown) => ({ ...week1, story: { ...week1.story, byCondition } });
    const psychosis = { condition: 'psychosis', situation: 'mental-illness', blocks: ['A story about psychosis.'] };
    expect(v.safeParse(weekSchema, withVariants([psychosis])).success).toBe(true);
    expect(v.safeParse(weekSchema, withVariants([psychosis, { ...psychosis, blocks: ['Another.'] }])).success).toBe(false);
    expect(v.safeParse(weekSchema, withVariants([{ ...psychosis, blocks: week1.story.variants['mental-illness'] }])).success).toBe(false);
    expect(v.safeParse(weekSchema, withVariants([{ ...psychosis, condition: 'not-sure' }])).success).toBe(false);
  });

  it('has an outline that matches every week file', async () => {
    const weeks = await allWeeks();
    expect(COURSE_OUTLINE).toEqual(weeks.map((w) => ({ number: w.number, title: w.title, summary: w.summary, minutes: w.minutes, steps: lessonSteps(w).length })));
  });

  it('keeps ids unique across the whole course, lessons still to be placed included', async () => {
    const ids = (await allLessons()).flatMap(({ week: w }) => [
      ...w.reflections.map((r) => r.id),
      w.practice.id,
      ...w.selfCheck.map((q) => q.id),
    ]);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
  });

  it('reads at grade 8 or lower in every section, in the words written for every situation', async () => {
    const tooHard = new Set<string>();
    for (const { name, week } of await allLessons()) {
      for (const situation of SITUATIONS) {
        for (const { where, blocks } of textsOf(week, situation)) {
          const grade = readingGrade(blocksToText(blocks, situation));
          if (grade > MAX_GRADE) tooHard.add(`${name} ${where} (${situation}): grade ${grade.toFixed(1)}`);
        }
      }
    }
    expect([...tooHard]).toEqual([]);
  });

  it('uses person-first words from the voice guide, in every variant', async () => {
    const found: string[] = [];
    for (const { name, week } of await allLessons()) {
      for (const { where, text } of stringsIn(week, name)) {
        for (const word of avoidedWordsIn(text)) found.push(`${where}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('carries crisis help wherever it talks about suicide, self-harm, overdose or violence, for every situation', async () => {
    for (const { name, week } of await allLessons()) {
      for (const situation of SITUATIONS) {
        for (const { where, blocks } of textsOf(week, situation)) {
          const t = blocksToText(blocks, situation);
          // A link to a tool is not help in itself: only the crisis lines block stands in for the words.
          if (/suicid|overdose|self-harm|violen/i.test(t) && !blocks.some((b) => typeof b === 'object' && 'kind' in b && b.kind === 'crisis-help')) {
            expect(t, `${name} ${where} (${situation})`).toMatch(/emergency number|crisis line|988|Need help now/i);
          }
        }
      }
    }
  });

  it("shows week 6's crisis lines right in the emergency section, not only behind the header button", async () => {
    const week6 = await WEEK_LOADERS[6]!();
    const emergency = week6.sections.find((s) => s.id === 'in-an-emergency')!;
    for (const situation of SITUATIONS) {
      expect(blocksFor(emergency.blocks, situation), situation).toContainEqual({ kind: 'crisis-help' });
    }
  });
});

describe('examples that fit the reader', () => {
  for (const situation of ['mental-illness', 'substance-use'] as const) {
    it(`keeps the other situation's examples away from a reader facing ${situation} only`, async () => {
      const offTopic = OFF_TOPIC[situation]!;
      const found: string[] = [];
      for (const { name, week } of await allLessons()) {
        for (const { where, text } of everythingSeenBy(week, situation)) {
          const general = GENERAL_SECTIONS.some((g) => g.week === week.number && `section ${g.section}` === where && g.situation === situation);
          const m = text.match(offTopic);
          if (m && !general) found.push(`${name} ${where}: "${m[0]}"`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('lists only general sections that still need to be', async () => {
    const weeks = await allWeeks();
    for (const g of GENERAL_SECTIONS) {
      const section = weeks.find((w) => w.number === g.week)!.sections.find((s) => s.id === g.section);
      expect(section, `week ${g.week} ${g.section}`).toBeDefined();
      expect(blocksToText(section!.blocks, g.situation), `week ${g.week} ${g.section}: ${g.why}`).toMatch(OFF_TOPIC[g.situation]!);
    }
  });

  it('speaks of drinking to the partner of someone who drinks, and of something else to the parent of a son with psychosis', async () => {
    const week1 = await WEEK_LOADERS[1]!();
    const ownWords = week1.sections.find((s) => s.id === 'their-own-words')!.blocks;
    expect(blocksToText(ownWords, 'substance-use')).toMatch(/stop drinking/);
    expect(blocksToText(ownWords, 'mental-illness')).not.toMatch(SUBSTANCE_EXAMPLES);
    expect(blocksToText(ownWords, 'both')).toMatch(/drinking/);
  });
});

describe('weekFromParam', () => {
  it('reads a week number from a URL part, and 0 for anything else', async () => {
    const { weekFromParam } = await import('../../../shared/content/weeks/index.ts');
    expect([weekFromParam('1'), weekFromParam('8'), weekFromParam('0'), weekFromParam('10'), weekFromParam('9'), weekFromParam('2.5'), weekFromParam('x'), weekFromParam(undefined)]).toEqual([1, 8, 0, 0, 9, 0, 0, 0]);
  });
});
