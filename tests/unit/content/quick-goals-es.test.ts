import { describe, expect, it } from 'vitest';
import { QUICK_GOALS_EN, QUICK_GOAL_IDS } from '../../../shared/content/toolkit/quick-goals-en.ts';
import { QUICK_GOALS_ES, quickGoalsIn } from '../../../shared/content/toolkit/quick-goals-es.ts';
import { spanishTextProblems } from '../../support/spanish-text-checks.ts';

describe('the quick prep goals in Spanish', () => {
  it('has every goal, with the same ids in the same order, each said in Spanish', () => {
    expect(QUICK_GOALS_EN.map((g) => g.id)).toEqual([...QUICK_GOAL_IDS]);
    expect(QUICK_GOALS_ES.map((g) => g.id)).toEqual([...QUICK_GOAL_IDS]);
    expect(QUICK_GOALS_ES.filter((g, i) => g.label === QUICK_GOALS_EN[i]!.label)).toEqual([]);
    expect(spanishTextProblems(QUICK_GOALS_ES.map((g) => ({ where: g.id, text: g.label })))).toEqual([]);
  });

  it('is picked by language', () => {
    expect(quickGoalsIn('en')).toBe(QUICK_GOALS_EN);
    expect(quickGoalsIn('es')).toBe(QUICK_GOALS_ES);
  });
});
