import { describe, expect, it } from 'vitest';
import { BOUNDARY_CORE_PARTS, BOUNDARY_STEPS, addTry, type BoundaryTry } from '../../../../shared/domain/toolkit/boundary.ts';
import { BOUNDARY_WORDS_EN } from '../../../../shared/content/toolkit/boundary-words-en.ts';
import { BOUNDARY_WORDS_ES, boundaryWordsIn } from '../../../../shared/content/toolkit/boundary-words-es.ts';

describe('BOUNDARY_STEPS', () => {
  it('walks the six parts in order, asking only for the situation and the action', () => {
    expect(BOUNDARY_STEPS.map((s) => s.key)).toEqual(['situation', 'feeling', 'action', 'reason', 'words', 'holdPlan']);
    expect(BOUNDARY_STEPS.filter((s) => s.required).map((s) => s.key)).toEqual(['situation', 'action']);
  });

  it('keeps the quick form’s labels, and no other label contains "I will" (so each field is found by its name)', () => {
    const labels = BOUNDARY_STEPS.map((s) => BOUNDARY_WORDS_EN.steps[s.key].label);
    expect(labels).toEqual(expect.arrayContaining(['When this happens', 'I will', 'Because']));
    expect(labels.filter((l) => l.includes('I will'))).toEqual(['I will']);
  });

  it('labels every part the same way in the quick form and the builder, in English and in Spanish, each label once', () => {
    for (const words of [BOUNDARY_WORDS_EN, BOUNDARY_WORDS_ES]) {
      for (const key of BOUNDARY_CORE_PARTS) expect(words.core[key].label).toBe(words.steps[key].label);
      const labels = BOUNDARY_STEPS.map((s) => words.steps[s.key].label);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(boundaryWordsIn('es')).toBe(BOUNDARY_WORDS_ES);
    expect(boundaryWordsIn('en')).toBe(BOUNDARY_WORDS_EN);
  });
});

describe('addTry', () => {
  it('adds a try at the end, in the person’s words, without changing the original', () => {
    const b = { tries: [{ at: 1, howItWent: 'hard' }] };
    const next = addTry(b, '  It went better than I feared.  ', 2);
    expect(next.tries).toEqual([
      { at: 1, howItWent: 'hard' },
      { at: 2, howItWent: 'It went better than I feared.' },
    ]);
    expect(b.tries).toHaveLength(1);
    expect(addTry<{ tries?: BoundaryTry[] }>({}, '', 3).tries).toEqual([{ at: 3, howItWent: '' }]);
  });
});
