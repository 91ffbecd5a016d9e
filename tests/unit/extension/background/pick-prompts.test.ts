import { describe, expect, it } from 'vitest';
import { pickPrompts, promptScore, SKILLS_FOR_CUE } from '../../../../extension/background/pick-prompts.ts';
import { PROMPTS_EN } from '../../../../shared/content/prompts/prompts-en.ts';
import { PROMPT_CATEGORY_IDS, type Prompt } from '../../../../shared/content/prompts/prompt-types.ts';
import type { Boundary } from '../../../../shared/domain/toolkit/boundary.ts';
import { FINDING_KINDS, type FindingKind } from '../../../../shared/domain/nudge/cue-finding.ts';
import type { Situation } from '../../../../shared/content/course-types.ts';
import type { ChipPrompt } from '../../../../extension/messages.ts';

const empty = { boundaries: [], favourites: new Set<string>(), own: [], library: PROMPTS_EN };
const boundary: Boundary = { id: 'b1', situation: 'you shout at me', action: 'leave the room and come back later', reason: 'I want us both safe', words: 'I’m going to step out. I’ll come back when we are both calm.', createdAt: 1, updatedAt: 2 };
const SITUATIONS: (Situation | undefined)[] = [undefined, 'mental-illness', 'substance-use', 'both'];
const libraryPrompt = (p: ChipPrompt): Prompt => PROMPTS_EN.find((l) => l.id === p.id)!;
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

  describe('words that fit the kind of finding', () => {
    it('offers, for every kind, library prompts only from that kind’s skills, the most fitting skill first', () => {
      for (const kind of FINDING_KINDS) {
        for (const situation of SITUATIONS) {
          const picked = pickPrompts([kind], { ...empty, situation }, 10);
          expect(picked.length, kind).toBeGreaterThanOrEqual(3);
          for (const p of picked) expect(SKILLS_FOR_CUE[kind], `${kind}: ${p.id}`).toContain(libraryPrompt(p).category);
          expect(libraryPrompt(picked[0]!).category, kind).toBe(SKILLS_FOR_CUE[kind][0]);
        }
      }
    });

    it('offers a money boundary for money, also when the rules also called it a hard topic', () => {
      for (const kinds of [['money'], ['topic', 'money'], ['money', 'topic']] as FindingKind[][]) {
        for (const situation of SITUATIONS) {
          const picked = pickPrompts(kinds, { ...empty, situation });
          const first = libraryPrompt(picked[0]!);
          expect(first.tags, `${kinds.join('+')} ${situation}`).toContain('money');
          expect(['boundaries', 'saying-no']).toContain(first.category);
          // Not an offer of treatment: money is the subject.
          expect(picked.some((p) => libraryPrompt(p).category === 'encouraging-help')).toBe(false);
        }
      }
      // Beside anger about money, the money words still come with the "I" statement.
      expect(pickPrompts(['blame', 'money'], empty).some((p) => libraryPrompt(p).tags.includes('money'))).toBe(true);
    });

    it('offers encouraging help without pressure for treatment and for a calm hard topic', () => {
      for (const kinds of [['treatment'], ['topic', 'treatment'], ['topic']] as FindingKind[][]) {
        for (const situation of SITUATIONS) {
          const picked = pickPrompts(kinds, { ...empty, situation });
          expect(libraryPrompt(picked[0]!).category, `${kinds.join('+')} ${situation}`).toBe('encouraging-help');
          for (const p of picked) expect(['encouraging-help', 'asking', 'listening', 'validating']).toContain(libraryPrompt(p).category);
        }
      }
      // Treatment words are about treatment.
      expect(libraryPrompt(pickPrompts(['treatment'], empty)[0]!).tags).toContain('treatment');
    });

    it('offers calming and repair for a hard tone, and an “I” statement for a label or blame', () => {
      for (const kind of ['tone', 'shouting', 'ultimatum', 'blame', 'label'] as FindingKind[]) {
        const categories = pickPrompts([kind], empty).map((p) => libraryPrompt(p).category);
        expect(categories, kind).toEqual(expect.arrayContaining(['calming', 'repair']));
      }
      for (const kind of ['tone', 'shouting', 'ultimatum'] as FindingKind[]) expect(libraryPrompt(pickPrompts([kind], empty)[0]!).category).toBe('calming');
      for (const kind of ['label', 'blame'] as FindingKind[]) expect(libraryPrompt(pickPrompts([kind], empty)[0]!).category).toBe('i-statements');
    });

    it('puts the person’s own boundary first where a boundary fits, and never beside treatment', () => {
      for (const kind of FINDING_KINDS) {
        const picked = pickPrompts([kind], { ...empty, boundaries: [boundary], favourites: new Set(['calm-slow-down']) });
        const expectBoundary = kind !== 'distress' && kind !== 'treatment';
        expect(picked[0]!.source, kind).toBe(expectBoundary ? 'boundary' : 'favourite');
        expect(picked[expectBoundary ? 1 : 0], kind).toMatchObject({ id: 'calm-slow-down', source: 'favourite' });
      }
      expect(pickPrompts(['topic', 'treatment'], { ...empty, boundaries: [boundary] }).some((p) => p.source === 'boundary')).toBe(false);
    });
  });
});
