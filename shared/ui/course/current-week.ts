import { ALWAYS_OPEN_WEEKS, type WeekProgress } from '../../domain/course/course-progress.ts';
import { progressRepo } from '../../data/course/course-repos.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { COURSE_ORDER, weekBefore, weekPosition } from '../../content/weeks/course-order.ts';

/**
 * The course week (its key) the reader is in: the furthest week in reading order they have
 * opened, else the first. The crisis week, open to anyone, counts only once the week before it
 * was opened too: a reader who came to it in a crisis is not "in" the crisis week.
 */
export function highestWeek(progress: readonly Pick<WeekProgress, 'week'>[]): number {
  const opened = new Set(progress.map((p) => p.week));
  const inTurn = (week: number) => !ALWAYS_OPEN_WEEKS.has(week) || opened.has(weekBefore(week) ?? week);
  return progress.reduce((furthest, p) => (weekPosition(p.week) > weekPosition(furthest) && inTurn(p.week) ? p.week : furthest), COURSE_ORDER[0]!);
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
