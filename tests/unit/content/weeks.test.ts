import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { weekSchema } from '../../../shared/content/course-schema.ts';
import { WEEK_COUNT, WEEK_LOADERS } from '../../../shared/content/weeks/index.ts';
import { lessonSteps } from '../../../shared/domain/course-progress.ts';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';
import type { Block, Week } from '../../../shared/content/course-types.ts';
import { blocksToText, readingGrade } from '../../support/readability.ts';

const MAX_GRADE = 8;
/** Words VOICE.md asks us never to use about people (see ../shared/VOICE.md). */
const AVOID = /\b(addicts?|junkies?|abusers?|schizophrenics|crazy|psycho|insane|committed suicide|clean time|dirty|fell off the wagon|your patient|sufferer)\b/i;

async function allWeeks(): Promise<Week[]> {
  return Promise.all(Array.from({ length: WEEK_COUNT }, (_, i) => WEEK_LOADERS[i + 1]!()));
}

function textsOf(week: Week): { where: string; blocks: Block[] }[] {
  return [
    { where: 'welcome', blocks: week.welcome },
    ...week.sections.map((s) => ({ where: `section ${s.id}`, blocks: s.blocks })),
    ...Object.entries(week.story.variants).map(([k, b]) => ({ where: `story (${k})`, blocks: b })),
    { where: 'takeaways', blocks: [{ list: week.takeaways }] },
    { where: 'practice', blocks: [...week.practice.intro, { list: week.practice.steps }] },
    { where: 'for you', blocks: week.forYou.blocks },
  ];
}

describe('course content', () => {
  it('has eight weeks, numbered in order, each passing the schema', async () => {
    const weeks = await allWeeks();
    expect(weeks.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const week of weeks) {
      const result = v.safeParse(weekSchema, week);
      expect(result.issues?.map((i) => `week ${week.number}: ${i.message} at ${v.getDotPath(i)}`) ?? []).toEqual([]);
    }
  });

  it('has an outline that matches every week file', async () => {
    const weeks = await allWeeks();
    expect(COURSE_OUTLINE).toEqual(weeks.map((w) => ({ number: w.number, title: w.title, summary: w.summary, minutes: w.minutes, steps: lessonSteps(w).length })));
  });

  it('keeps ids unique across the whole course', async () => {
    const ids = (await allWeeks()).flatMap((w) => [
      ...w.reflections.map((r) => r.id),
      w.practice.id,
      ...w.selfCheck.map((q) => q.id),
    ]);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
  });

  it('reads at grade 8 or lower in every section', async () => {
    const tooHard: string[] = [];
    for (const week of await allWeeks()) {
      for (const { where, blocks } of textsOf(week)) {
        const grade = readingGrade(blocksToText(blocks));
        if (grade > MAX_GRADE) tooHard.push(`week ${week.number} ${where}: grade ${grade.toFixed(1)}`);
      }
    }
    expect(tooHard).toEqual([]);
  });

  it('uses person-first words from the voice guide', async () => {
    const found: string[] = [];
    for (const week of await allWeeks()) {
      const all = JSON.stringify(week);
      const m = all.match(AVOID);
      if (m) found.push(`week ${week.number}: "${m[0]}"`);
    }
    expect(found).toEqual([]);
  });

  it('carries crisis help wherever it talks about suicide or overdose', async () => {
    for (const week of await allWeeks()) {
      for (const { where, blocks } of textsOf(week)) {
        const t = blocksToText(blocks);
        if (/suicid|overdose|self-harm/i.test(t)) {
          expect(t, `week ${week.number} ${where}`).toMatch(/emergency number|crisis line|988|Need help now/i);
        }
      }
    }
  });
});

describe('weekFromParam', () => {
  it('reads a week number from a URL part, and 0 for anything else', async () => {
    const { weekFromParam } = await import('../../../shared/content/weeks/index.ts');
    expect([weekFromParam('1'), weekFromParam('8'), weekFromParam('0'), weekFromParam('9'), weekFromParam('2.5'), weekFromParam('x'), weekFromParam(undefined)]).toEqual([1, 8, 0, 0, 0, 0, 0]);
  });
});
