import { ALWAYS_OPEN_WEEKS, type WeekProgress } from '../../domain/course-progress.ts';
import { progressRepo } from '../../data/course-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';

/**
 * The course week the reader is in: the highest week they have opened, else week 1. The
 * crisis week, open to anyone, counts only once the week before it was opened too: a reader
 * who came to it in a crisis is not "in week 6".
 */
export function highestWeek(progress: readonly Pick<WeekProgress, 'week'>[]): number {
  const opened = new Set(progress.map((p) => p.week));
  const inTurn = (week: number) => !ALWAYS_OPEN_WEEKS.has(week) || opened.has(week - 1);
  return progress.reduce((max, p) => (Number.isInteger(p.week) && p.week > max && inTurn(p.week) ? p.week : max), 1);
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
