import type { WeekProgress } from '../../domain/course-progress.ts';
import { progressRepo } from '../../data/course-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';

/** The course week the reader is in: the highest week they have opened, else week 1. */
export function highestWeek(progress: readonly Pick<WeekProgress, 'week'>[]): number {
  return progress.reduce((max, p) => (Number.isInteger(p.week) && p.week > max ? p.week : max), 1);
}

/** Loads the reader's current course week; storage trouble falls back to week 1. */
export async function loadCurrentWeek(repo: RecordStore<WeekProgress> = progressRepo): Promise<number> {
  try {
    return highestWeek(await repo.list());
  } catch {
    // A check-in or star still works without progress; the week only labels it.
    return 1;
  }
}
