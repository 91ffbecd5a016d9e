import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { promptSchema, roleplayCardSchema } from '../../../shared/content/prompts/prompt-schema.ts';
import { PROMPT_CATEGORIES, PROMPT_CATEGORY_IDS } from '../../../shared/content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../../shared/content/prompts/prompts-en.ts';
import { ROLEPLAY_CARDS_EN } from '../../../shared/content/prompts/roleplay-cards.ts';
import { checkBoundary } from '../../../shared/domain/toolkit/boundary-pitfalls.ts';
import { blanksOf } from '../../../shared/domain/toolkit/prompt-search.ts';
import { blocksToText, readingGrade } from '../../support/readability.ts';

const MAX_GRADE = 8;
/** One prompt's words may run a little harder than its category, but not much. */
const MAX_GRADE_ONE_PROMPT = 10;
const MIN_PER_CATEGORY = 8;
/** Words VOICE.md asks us never to use about people; the same list as weeks.test.ts, plus a few. */
const AVOID = /\b(addicts?|junkies?|abusers?|schizophrenics|crazy|psycho|insane|committed suicide|clean time|dirty|fell off the wagon|your patient|sufferer|users?|rehab|failed|mental case)\b/i;
/** Control language (VOICE.md): fine in "instead of", never in what we suggest saying. */
const CONTROL = /\b(?:make|get|force)\s+(?:him|her|them)\b/i;

describe('prompt library', () => {
  it(`has at least ${MIN_PER_CATEGORY * PROMPT_CATEGORIES.length} prompts, all passing the schema`, () => {
    expect(PROMPTS_EN.length).toBeGreaterThanOrEqual(88);
    const problems = PROMPTS_EN.flatMap((p) =>
      (v.safeParse(promptSchema, p).issues ?? []).map((i) => `${p.id}: ${i.message} at ${v.getDotPath(i)}`),
    );
    expect(problems).toEqual([]);
  });

  it(`has at least ${MIN_PER_CATEGORY} prompts in every category, and no unknown category`, () => {
    const counts = Object.fromEntries(PROMPT_CATEGORY_IDS.map((c) => [c, PROMPTS_EN.filter((p) => p.category === c).length]));
    for (const [category, n] of Object.entries(counts)) expect(n, category).toBeGreaterThanOrEqual(MIN_PER_CATEGORY);
    expect(PROMPTS_EN.every((p) => PROMPT_CATEGORY_IDS.includes(p.category))).toBe(true);
    expect(new Set(PROMPT_CATEGORY_IDS).size).toBe(PROMPT_CATEGORIES.length);
    // The library shows the categories in the order of their ids, which the schemas check against.
    expect(PROMPT_CATEGORIES.map((c) => c.id)).toEqual([...PROMPT_CATEGORY_IDS]);
    for (const c of PROMPT_CATEGORIES) expect(c.label && c.description, c.id).toBeTruthy();
  });

  it('keeps ids unique across prompts and role-play cards', () => {
    const ids = [...PROMPTS_EN.map((p) => p.id), ...ROLEPLAY_CARDS_EN.map((c) => c.id)];
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
  });

  it('gives every prompt words, a when-to-use line and an instead-of pair', () => {
    for (const p of PROMPTS_EN) {
      expect(p.words.trim(), p.id).not.toBe('');
      expect(p.whenToUse.trim(), p.id).not.toBe('');
      expect(p.insteadOf.trim(), p.id).not.toBe('');
      expect(p.tryThis.trim(), p.id).not.toBe('');
      expect(p.insteadOf, p.id).not.toBe(p.tryThis);
    }
  });

  it('names every fill-in blank in plain words', () => {
    for (const p of PROMPTS_EN) {
      for (const name of blanksOf(p.words)) expect(name, p.id).toMatch(/^[a-z][a-z '’]*[a-z]$/i);
    }
  });

  it('reads at grade 8 or lower in every category, and no single prompt above grade 10', () => {
    const tooHard: string[] = [];
    for (const { id } of PROMPT_CATEGORIES) {
      const prompts = PROMPTS_EN.filter((p) => p.category === id);
      const grade = readingGrade(blocksToText(prompts.flatMap((p) => [p.words, p.whenToUse])));
      if (grade > MAX_GRADE) tooHard.push(`${id}: grade ${grade.toFixed(1)}`);
      const pairs = readingGrade(blocksToText(prompts.flatMap((p) => [p.insteadOf, p.tryThis])));
      if (pairs > MAX_GRADE) tooHard.push(`${id} instead-of pairs: grade ${pairs.toFixed(1)}`);
    }
    for (const p of PROMPTS_EN) {
      const grade = readingGrade(blocksToText([p.words]));
      if (grade > MAX_GRADE_ONE_PROMPT) tooHard.push(`${p.id}: grade ${grade.toFixed(1)}`);
    }
    expect(tooHard).toEqual([]);
  });

  it('uses person-first words from the voice guide', () => {
    const found = [...PROMPTS_EN, ...ROLEPLAY_CARDS_EN, ...PROMPT_CATEGORIES]
      .map((item) => ({ item, m: JSON.stringify(item).match(AVOID) }))
      .filter(({ m }) => m)
      .map(({ item, m }) => `${item.id}: "${m![0]}"`);
    expect(found).toEqual([]);
  });

  it('suggests no control, demands, threats or labels in what it asks you to say', () => {
    const said = [
      ...PROMPTS_EN.flatMap((p) => [
        { where: `${p.id} words`, text: p.words },
        { where: `${p.id} tryThis`, text: p.tryThis },
        { where: `${p.id} whenToUse`, text: p.whenToUse },
      ]),
      ...ROLEPLAY_CARDS_EN.flatMap((c) => c.youMightAnswer.map((text, i) => ({ where: `${c.id} answer ${i + 1}`, text }))),
    ];
    const found = said.flatMap(({ where, text }) => [
      ...(CONTROL.test(text) ? [`${where}: control language`] : []),
      ...checkBoundary({ words: text })
        .filter((p) => p.kind !== 'unkeepable')
        .map((p) => `${where}: ${p.kind} "${p.match}"`),
    ]);
    expect(found).toEqual([]);
  });

  it('carries the way to help wherever it touches suicide, self-harm or overdose', () => {
    const items = [
      ...PROMPTS_EN.map((p) => ({ id: p.id, text: [p.words, p.whenToUse, p.tryThis].join(' ') })),
      ...ROLEPLAY_CARDS_EN.map((c) => ({ id: c.id, text: [c.theySay, ...c.youMightAnswer].join(' ') })),
    ];
    for (const { id, text } of items) {
      if (/suicid|overdose|self-harm|harm themselves/i.test(text)) expect(text, id).toMatch(/emergency number|crisis line/i);
    }
  });

  it('offers quick and text-message prompts in most categories, for tired evenings', () => {
    const withTag = (tag: string) => new Set(PROMPTS_EN.filter((p) => p.tags.includes(tag)).map((p) => p.category)).size;
    expect(withTag('quick')).toBeGreaterThanOrEqual(8);
    expect(withTag('text-message')).toBeGreaterThanOrEqual(8);
  });
});

describe('role-play cards', () => {
  it('has at least 16 valid cards with two answers each', () => {
    expect(ROLEPLAY_CARDS_EN.length).toBeGreaterThanOrEqual(16);
    const problems = ROLEPLAY_CARDS_EN.flatMap((c) =>
      (v.safeParse(roleplayCardSchema, c).issues ?? []).map((i) => `${c.id}: ${i.message} at ${v.getDotPath(i)}`),
    );
    expect(problems).toEqual([]);
  });

  it('practises a range of skills', () => {
    expect(new Set(ROLEPLAY_CARDS_EN.map((c) => c.skill)).size).toBeGreaterThanOrEqual(8);
  });

  it('reads at grade 8 or lower', () => {
    const text = blocksToText(ROLEPLAY_CARDS_EN.flatMap((c) => [c.theySay, ...c.youMightAnswer]));
    expect(readingGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
  });
});
