import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { weekSchema } from '../../../shared/content/course-schema.ts';
import type { Block, Week } from '../../../shared/content/course-types.ts';

/**
 * Every Spanish week mirrors its English one, so the same code, progress and journal serve
 * both: found by a glob (`week-N-es.ts` beside `week-N.ts`), so week 2 in Spanish is held to
 * this the day it lands. The words are free; the ids, the block kinds in their order, the
 * variant keys and the number of reflections, self-check questions and options are not. A
 * list may have more or fewer items where Spanish reads better, and so may the takeaways and
 * the practice's steps (the reader ticks neither by position).
 */
const SPANISH = import.meta.glob<{ week: Week }>('../../../shared/content/weeks/*-es.ts', { eager: true });
const ENGLISH = import.meta.glob<{ week: Week }>('../../../shared/content/weeks/*.ts', { eager: true });

/** What a block is, without its words: a list's length is left out on purpose. */
function kindOf(block: Block): unknown {
  if (typeof block === 'string') return 'text';
  if ('list' in block) return 'list';
  if (block.kind === 'by-situation') return { 'by-situation': Object.fromEntries(Object.entries(block.variants).map(([k, bs]) => [k, bs.map(kindOf)])) };
  if (block.kind === 'link') return `link ${block.href}`;
  return block.kind;
}

/** A week with its words taken out: what the Spanish must share with the English. */
function shapeOf(week: Week): unknown {
  const kinds = (blocks: readonly Block[]) => blocks.map(kindOf);
  return {
    number: week.number,
    contentNote: week.contentNote !== undefined,
    welcome: kinds(week.welcome),
    sections: week.sections.map((s) => ({ id: s.id, blocks: kinds(s.blocks) })),
    story: {
      variants: Object.fromEntries(Object.entries(week.story.variants).map(([k, bs]) => [k, kinds(bs)])),
      byCondition: (week.story.byCondition ?? []).map((c) => ({ condition: c.condition, situation: c.situation, blocks: kinds(c.blocks) })),
    },
    reflections: week.reflections.map((r) => ({ id: r.id, hint: r.hint !== undefined })),
    practice: {
      id: week.practice.id,
      intro: kinds(week.practice.intro),
      plan: week.practice.plan.map((f) => ({ id: f.id, hint: f.hint !== undefined })),
      tools: week.practice.tools?.map((t) => t.href),
    },
    selfCheck: week.selfCheck.map((q) => ({ id: q.id, options: q.options.map((o) => o.correct) })),
    forYou: kinds(week.forYou.blocks),
  };
}

const englishOf = (spanishFile: string) => ENGLISH[spanishFile.replace(/-es\.ts$/, '.ts')]?.week;

describe('Spanish weeks', () => {
  it('finds every Spanish week on disk, week 1 among them', () => {
    const onDisk = readdirSync('shared/content/weeks').filter((f) => f.endsWith('-es.ts'));
    expect(Object.keys(SPANISH).map((k) => k.replace('../../../shared/content/weeks/', '')).sort()).toEqual(onDisk.sort());
    expect(onDisk).toContain('week-1-es.ts');
  });

  it('pass the week schema', () => {
    for (const [file, { week }] of Object.entries(SPANISH)) {
      const result = v.safeParse(weekSchema, week);
      expect(result.issues?.map((i) => `${file}: ${i.message} at ${v.getDotPath(i)}`) ?? [], file).toEqual([]);
    }
  });

  it('mirror their English week: ids, block kinds in order, variant keys, questions and options', () => {
    for (const [file, { week }] of Object.entries(SPANISH)) {
      const english = englishOf(file);
      expect(english, `${file} has an English week beside it`).toBeDefined();
      expect(shapeOf(week), file).toEqual(shapeOf(english!));
    }
  });

  it('notice a change of shape, and only of shape', () => {
    const { week } = SPANISH['../../../shared/content/weeks/week-1-es.ts']!;
    const withSection = (i: number, change: Partial<Week['sections'][number]>) => ({ ...week, sections: week.sections.map((s, j) => (j === i ? { ...s, ...change } : s)) });
    const renamed = withSection(0, { id: 'otra' });
    const reordered = withSection(2, { blocks: [...week.sections[2]!.blocks].reverse() });
    const fewerOptions = { ...week, selfCheck: [{ ...week.selfCheck[0]!, options: week.selfCheck[0]!.options.slice(0, 2) }, ...week.selfCheck.slice(1)] };
    for (const changed of [renamed, reordered, fewerOptions]) expect(shapeOf(changed)).not.toEqual(shapeOf(week));
    const longerList = { ...week, takeaways: [...week.takeaways, 'Una más.'], practice: { ...week.practice, steps: week.practice.steps.slice(1) } };
    expect(shapeOf(longerList)).toEqual(shapeOf(week));
  });
});
