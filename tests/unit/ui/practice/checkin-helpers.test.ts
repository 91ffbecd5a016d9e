import { describe, expect, it } from 'vitest';
import { checkinChartSummary, chronological, hopeText, pointsAttr, scalePoints, stressText } from '../../../../shared/ui/practice/checkin-helpers.ts';

describe('check-in helpers', () => {
  it('puts words beside every number', () => {
    expect(stressText(1)).toBe('1 (Very calm)');
    expect(hopeText(5)).toBe('5 (Very hopeful)');
    expect(stressText(9)).toBe('9');
  });

  it('spreads points across the box, 5 at the top and 1 at the bottom', () => {
    const box = { left: 10, top: 0, width: 100, height: 40 };
    expect(scalePoints([1, 5, 3], box)).toEqual([[10, 40], [60, 0], [110, 20]]);
    expect(scalePoints([4], box)).toEqual([[60, 10]]);
    expect(scalePoints([0, 8], box)).toEqual([[10, 40], [110, 0]]);
    expect(pointsAttr([[1, 2], [3, 4]])).toBe('1,2 3,4');
  });

  it('orders oldest first without changing the input', () => {
    const list = [{ createdAt: 3 }, { createdAt: 1 }];
    expect(chronological(list)).toEqual([{ createdAt: 1 }, { createdAt: 3 }]);
    expect(list[0]!.createdAt).toBe(3);
  });

  it('sums the chart up in words', () => {
    expect(checkinChartSummary([])).toBe('No check-ins yet.');
    expect(checkinChartSummary([{ week: 1, stress: 4, hope: 2 }])).toBe('Chart of one check-in, in week 1: stress 4 (Stressed), hope 2 (A little hope).');
    // Weeks are stored by key and said by place: key 9, the treatments lesson, is read third.
    expect(checkinChartSummary([{ week: 1, stress: 4, hope: 2 }, { week: 9, stress: 2, hope: 4 }])).toBe(
      'Chart of 2 check-ins, from week 1 to week 3. Stress went from 4 (Stressed) to 2 (Calm). Hope went from 2 (A little hope) to 4 (Hopeful). Every check-in is in the table below.',
    );
  });
});
