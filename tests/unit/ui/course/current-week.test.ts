import { describe, expect, it } from 'vitest';
import { highestWeek, loadCurrentWeek } from '../../../../shared/ui/course/current-week.ts';
import type { RecordStore } from '../../../../shared/data/record-store.ts';
import type { WeekProgress } from '../../../../shared/domain/course/course-progress.ts';

describe('current week', () => {
  it('is the highest week with progress, else week 1', () => {
    expect(highestWeek([])).toBe(1);
    expect(highestWeek([{ week: 2 }, { week: 5 }, { week: 3 }])).toBe(5);
    expect(highestWeek([{ week: Number.NaN }])).toBe(1);
  });

  it('does not count the crisis week, open to anyone, until the reader gets to it in turn', () => {
    expect(highestWeek([{ week: 6 }])).toBe(1);
    expect(highestWeek([{ week: 1 }, { week: 2 }, { week: 6 }])).toBe(2);
    expect(highestWeek([{ week: 4 }, { week: 5 }, { week: 6 }])).toBe(6);
  });

  it('falls back to week 1 when storage fails', async () => {
    const broken = { list: () => Promise.reject(new Error('nope')) } as unknown as RecordStore<WeekProgress>;
    expect(await loadCurrentWeek(broken)).toBe(1);
  });
});
