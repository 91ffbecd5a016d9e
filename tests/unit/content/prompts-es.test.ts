import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { promptSchema } from '../../../shared/content/prompts/prompt-schema.ts';
import { PROMPT_CATEGORIES, categoryLabel, promptCategoriesIn } from '../../../shared/content/prompts/prompt-types.ts';
import { PROMPT_CATEGORIES_ES } from '../../../shared/content/prompts/prompt-categories-es.ts';
import { PROMPTS_EN } from '../../../shared/content/prompts/prompts-en.ts';
import { PROMPTS_ES } from '../../../shared/content/prompts/prompts-es.ts';
import { promptsIn } from '../../../shared/content/prompts/by-language.ts';
import { blanksOf } from '../../../shared/domain/toolkit/prompt-search.ts';
import { spanishTextProblems } from '../../support/spanish-text-checks.ts';

const TEXTS = [
  ...PROMPTS_ES.flatMap((p) => (['words', 'whenToUse', 'insteadOf', 'tryThis'] as const).map((k) => ({ where: `${p.id} ${k}`, text: p[k] }))),
  ...PROMPT_CATEGORIES_ES.flatMap((c) => [
    { where: `${c.id} label`, text: c.label },
    { where: `${c.id} description`, text: c.description },
  ]),
];

describe('the prompt library in Spanish', () => {
  it('has every English prompt, in the same order, with the same id, category, tags and situations', () => {
    expect(PROMPTS_ES.map((p) => [p.id, p.category, p.tags, p.situations])).toEqual(PROMPTS_EN.map((p) => [p.id, p.category, p.tags, p.situations]));
    expect(PROMPTS_ES.flatMap((p) => v.safeParse(promptSchema, p).success ? [] : [p.id])).toEqual([]);
  });

  it('is Spanish in every part: no prompt keeps an English line', () => {
    const kept = PROMPTS_EN.flatMap((en, i) =>
      (['words', 'whenToUse', 'insteadOf', 'tryThis'] as const).filter((k) => PROMPTS_ES[i]![k] === en[k]).map((k) => `${en.id} ${k}`),
    );
    expect(kept).toEqual([]);
  });

  it('has as many fill-in blanks as the English, each named in Spanish', () => {
    for (const [i, en] of PROMPTS_EN.entries()) {
      const es = PROMPTS_ES[i]!;
      expect(blanksOf(es.words).length, en.id).toBe(blanksOf(en.words).length);
      for (const name of blanksOf(es.words)) expect(blanksOf(en.words), `${en.id}: [${name}]`).not.toContain(name);
    }
  });

  it('names every category in Spanish, with the same ids in the same order', () => {
    expect(PROMPT_CATEGORIES_ES.map((c) => c.id)).toEqual(PROMPT_CATEGORIES.map((c) => c.id));
    expect(PROMPT_CATEGORIES_ES.filter((c, i) => c.label === PROMPT_CATEGORIES[i]!.label)).toEqual([]);
    expect(categoryLabel('calming', 'es')).toBe('Bajar la tensión');
    expect(categoryLabel('calming', 'en')).toBe('Calming things down');
  });

  it('uses tú, person-first words and no English, and leaves the reader without a gender', () => {
    expect(spanishTextProblems(TEXTS)).toEqual([]);
  });

  it('carries the way to help wherever it touches suicide, self-harm or overdose', () => {
    for (const p of PROMPTS_ES) {
      const text = [p.words, p.whenToUse, p.tryThis].join(' ');
      if (/suicid|quitarte la vida|sobredosis|autolesi|se haga daño/i.test(text)) expect(text, p.id).toMatch(/número de emergencias|línea de crisis/);
    }
    expect(PROMPTS_ES.find((p) => p.id === 'ask-about-suicide')!.words).toMatch(/¿Estás pensando en quitarte la vida\?/);
  });

  it('is picked by language, the same tables every time', () => {
    expect(promptsIn('en')).toBe(PROMPTS_EN);
    expect(promptsIn('es')).toBe(PROMPTS_ES);
    expect(promptCategoriesIn('es')).toBe(PROMPT_CATEGORIES_ES);
    expect(promptCategoriesIn('en')).toBe(PROMPT_CATEGORIES);
  });
});
