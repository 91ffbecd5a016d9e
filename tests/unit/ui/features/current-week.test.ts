import { describe, expect, it } from 'vitest';
import { highestWeek, loadCurrentWeek } from '../../../../shared/ui/features/current-week.ts';
import type { RecordStore } from '../../../../shared/data/record-store.ts';
import type { WeekProgress } from '../../../../shared/domain/course-progress.ts';

describe('current week', () => {
  it('is the highest week with progress, else week 1', () => {
    expect(highestWeek([])).toBe(1);
    expect(highestWeek([{ week: 2 }, { week: 5 }, { week: 3 }])).toBe(5);
    expect(highestWeek([{ week: Number.NaN }])).toBe(1);
  });

  it('falls back to week 1 when storage fails', async () => {
    const broken = { list: () => Promise.reject(new Error('nope')) } as unknown as RecordStore<WeekProgress>;
    expect(await loadCurrentWeek(broken)).toBe(1);
  });
});
