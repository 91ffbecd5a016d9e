import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../../../shared/content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../../../shared/content/prompts/prompts-en.ts';
import { EXIT_PROMPT_IDS, OPENING_PROMPT_IDS, quickPrepChoices } from '../../../../shared/domain/nudge/quick-prep.ts';

const own = (id: string, words: string, category: Prompt['category'] = 'listening'): Prompt => ({
  id, category, words, whenToUse: '', insteadOf: '', tryThis: '', tags: [], own: true,
});

describe('quickPrepChoices', () => {
  it('offers calm library lines when nothing was prepared', () => {
    const { openings, exits } = quickPrepChoices({ library: PROMPTS_EN });
    expect(openings.map((l) => l.id)).toEqual(OPENING_PROMPT_IDS.map((id) => `prompt:${id}`));
    expect(exits.map((l) => l.id)).toEqual(EXIT_PROMPT_IDS.map((id) => `prompt:${id}`));
    expect(openings.every((l) => l.source === 'library')).toBe(true);
  });

  it('every curated library line exists and has no blanks to fill', () => {
    for (const id of [...OPENING_PROMPT_IDS, ...EXIT_PROMPT_IDS]) {
      const p = PROMPTS_EN.find((x) => x.id === id);
      expect(p, id).toBeDefined();
      expect(p!.words, id).not.toMatch(/\[/);
    }
  });

  it('puts today’s plan first, then favourites and own words, then boundaries', () => {
    const { openings, exits } = quickPrepChoices({
      library: PROMPTS_EN,
      plans: [{ id: 'p', opening: 'Can we talk about the car?', exitLine: 'Let’s stop here for tonight.' }],
      favouriteIds: new Set(['validate-hard-day', 'calm-slow-down', 'no-such-prompt']),
      own: [own('o1', 'I have something on my mind.'), own('o2', 'I need a break now.', 'calming')],
      boundaries: [{ id: 'b', words: 'I won’t lend money. I can drive you.' }, { id: 'b2' }],
    });
    expect(openings.slice(0, 5).map((l) => [l.source, l.text])).toEqual([
      ['plan', 'Can we talk about the car?'],
      ['favourite', 'That sounds like a really hard day. I’m sorry it went that way.'],
      ['own', 'I have something on my mind.'],
      ['boundary', 'I won’t lend money. I can drive you.'],
      ['library', PROMPTS_EN.find((p) => p.id === OPENING_PROMPT_IDS[0])!.words],
    ]);
    expect(exits.slice(0, 4).map((l) => l.source)).toEqual(['plan', 'favourite', 'own', 'boundary']);
    expect(openings).toHaveLength(6);
  });

  it('puts boundary words first for a boundary goal, and never repeats a line', () => {
    const { openings } = quickPrepChoices({
      library: PROMPTS_EN,
      goal: 'boundary',
      boundaries: [{ id: 'b', words: 'Can I share something I’ve noticed? It’s okay to say no.' }],
      limit: 3,
    });
    expect(openings.map((l) => l.source)).toEqual(['boundary', 'library', 'library']);
    expect(new Set(openings.map((l) => l.text)).size).toBe(3);
  });
});
