import { describe, expect, it } from 'vitest';
import { STAR_AREAS } from '../../../../shared/domain/practice/supporter-star.ts';
import { areasGrown, assessmentName, starChartSummary, starStyle, stepText, suggestMoment, wrapLabel } from '../../../../shared/ui/practice/star-helpers.ts';

const all = (step: number) => Object.fromEntries(STAR_AREAS.map((a) => [a.id, step]));

describe('star helpers', () => {
  it('suggests the start first, then the middle and the end once each', () => {
    expect(suggestMoment([], 6, 8)).toBe('start');
    expect(suggestMoment([{ moment: 'start' }], 2, 8)).toBe('any');
    expect(suggestMoment([{ moment: 'start' }], 4, 8)).toBe('middle');
    expect(suggestMoment([{ moment: 'start' }, { moment: 'middle' }], 5, 8)).toBe('any');
    expect(suggestMoment([{ moment: 'start' }], 8, 8)).toBe('end');
    expect(suggestMoment([{ moment: 'start' }, { moment: 'end' }], 8, 8)).toBe('any');
  });

  it('names steps and stars in words', () => {
    expect(stepText(3)).toBe('3 (Believing)');
    expect(stepText(undefined)).toBe('Not answered');
    expect(assessmentName({ createdAt: new Date(2025, 2, 3).getTime(), moment: 'start' }, 'en-GB')).toBe('3 March 2025, start');
  });

  it('gives each star a token colour and a dash, stable by position', () => {
    expect(starStyle(0).color).toMatch(/^var\(--al-color-/);
    expect(starStyle(1).dash).not.toBe(starStyle(0).dash);
    expect(starStyle(6)).toEqual(starStyle(0));
  });

  it('counts only growth, and says so kindly', () => {
    const first = { scores: all(2), createdAt: new Date(2025, 0, 5).getTime(), moment: 'start' as const };
    const later = { scores: { ...all(2), hope: 4, network: 3, wellbeing: 1 }, createdAt: new Date(2025, 2, 5).getTime(), moment: 'end' as const };
    expect(areasGrown([first])).toBe(0);
    expect(areasGrown([first, later])).toBe(2);
    expect(starChartSummary([first, later], 'en-GB')).toBe(
      'Radar chart of 2 stars: 5 January 2025, start; 5 March 2025, end. Since your first star, you moved up in 2 areas. Every step is in the table below.',
    );
    expect(starChartSummary([])).toBe('No supporter star yet.');
  });

  it('wraps long chart labels at the space nearest the middle', () => {
    expect(wrapLabel('Hope')).toEqual(['Hope']);
    expect(wrapLabel('My support')).toEqual(['My support']);
    expect(wrapLabel('Knowing about it')).toEqual(['Knowing', 'about it']);
    expect(wrapLabel('My own life')).toEqual(['My own', 'life']);
    expect(wrapLabel('Selfreliancealone')).toEqual(['Selfreliancealone']);
  });
});
