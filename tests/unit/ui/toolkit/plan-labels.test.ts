import { describe, expect, it } from 'vitest';
import { humaniseId, loadPlanLabels } from '../../../../shared/ui/toolkit/plan-labels.ts';

describe('plan labels', () => {
  it('turns a plan field id into words', () => {
    expect(humaniseId('small-help')).toBe('Small help');
    expect(humaniseId('when')).toBe('When');
  });

  it('loads a week\u2019s plan questions in the reader\u2019s words, and none for an unknown week', async () => {
    expect((await loadPlanLabels(1))['when']).toBe('When will I try it?');
    expect((await loadPlanLabels(2, { relationship: 'son', situation: 'both' }))['their-words']).toMatch(/your son/);
    expect(await loadPlanLabels(99)).toEqual({});
  });
});
