import { describe, expect, it } from 'vitest';
import { pickPrompts, promptScore, SKILLS_FOR_CUE } from '../../../../extension/background/pick-prompts.ts';
import { PROMPTS_EN } from '../../../../shared/content/prompts/prompts-en.ts';
import { PROMPT_CATEGORY_IDS, type Prompt } from '../../../../shared/content/prompts/prompt-types.ts';
import type { Boundary } from '../../../../shared/domain/boundary.ts';

const empty = { boundaries: [], favourites: new Set<string>(), own: [], library: PROMPTS_EN };
const boundary: Boundary = { id: 'b1', situation: 'you shout at me', action: 'leave the room and come back later', reason: 'I want us both safe', words: 'I’m going to step out. I’ll come back when we are both calm.', createdAt: 1, updatedAt: 2 };
const own: Prompt = { id: 'own-1', category: 'calming', words: 'Let’s pause. I love you.', whenToUse: 'When it gets loud', insteadOf: '', tryThis: '', tags: [], own: true };

describe('pickPrompts', () => {
  it('maps every cue kind to real prompt skills', () => {
    for (const skills of Object.values(SKILLS_FOR_CUE)) for (const s of skills) expect(PROMPT_CATEGORY_IDS).toContain(s);
  });

  it('offers two or three library prompts of different skills that fit the cues', () => {
    const picked = pickPrompts(['absolute', 'ultimatum', 'shouting'], empty);
    expect(picked).toHaveLength(3);
    expect(picked.every((p) => p.source === 'library')).toBe(true);
    const categories = picked.map((p) => PROMPTS_EN.find((l) => l.id === p.id)!.category);
    expect(new Set(categories).size).toBe(3);
    for (const c of categories) expect(['i-statements', 'calming', 'listening', 'boundaries', 'saying-no', 'repair']).toContain(c);
    // Ready to send: no fill-in blanks when there are good ones without.
    expect(picked.every((p) => !p.words.includes('['))).toBe(true);
  });

  it('puts the person’s own boundary and favourites first', () => {
    const picked = pickPrompts(['ultimatum', 'shouting'], { ...empty, boundaries: [boundary], favourites: new Set(['own-1', 'calm-slow-down']), own: [own] });
    expect(picked.map((p) => p.source)).toEqual(['boundary', 'favourite', 'favourite']);
    expect(picked[0]).toEqual({ id: 'boundary:b1', words: boundary.words, source: 'boundary', note: 'A boundary you wrote' });
    expect(picked.map((p) => p.id)).toEqual(expect.arrayContaining(['own-1', 'calm-slow-down']));
  });

  it('uses the boundary sentence when no words were written, and leaves boundaries out for distress', () => {
    const plain = { ...boundary, words: undefined };
    expect(pickPrompts(['blame'], { ...empty, boundaries: [plain] })[0]!.words).toBe('When you shout at me, I will leave the room and come back later, because I want us both safe.');
    const forDistress = pickPrompts(['distress'], { ...empty, boundaries: [boundary] });
    expect(forDistress.some((p) => p.source === 'boundary')).toBe(false);
    expect(PROMPTS_EN.find((l) => l.id === forDistress[0]!.id)!.category).toBe('self-care');
  });

  it('offers own prompts that fit even when they are not favourites', () => {
    const picked = pickPrompts(['shouting'], { ...empty, own: [own] });
    expect(picked[0]).toMatchObject({ id: 'own-1', source: 'own' });
  });

  it('keeps to the reader’s situation', () => {
    const onlyMi = pickPrompts(['topic'], { ...empty, situation: 'mental-illness' }, 10);
    for (const p of onlyMi) {
      const situations = PROMPTS_EN.find((l) => l.id === p.id)!.situations;
      if (situations) expect(situations).toContain('mental-illness');
    }
  });

  it('scores a prompt only by its fit to the cues', () => {
    const calm = PROMPTS_EN.find((p) => p.id === 'calm-slow-down')!;
    expect(promptScore(calm, ['shouting'])).toBeGreaterThan(promptScore(calm, ['topic']));
    expect(promptScore(calm, ['topic'])).toBe(0);
  });
});
