import type { Week } from '../../shared/content/course-types.ts';
import { WEEK_COUNT, WEEK_LOADERS } from '../../shared/content/weeks/index.ts';
import { week as treatments } from '../../shared/content/weeks/week-treatments.ts';

/** A lesson as the content tests name it in a failure: "week 3", or "treatments lesson". */
export interface Lesson {
  name: string;
  week: Week;
}

/**
 * Lessons written in full but not yet placed in the course (no entry in WEEK_LOADERS, so their
 * `number` means nothing yet). The content tests hold them to every rule a placed week meets.
 * Once one is placed, take it off this list: a test fails while it is in both.
 */
export const UNPLACED_LESSONS: readonly Lesson[] = [{ name: 'treatments lesson', week: treatments }];

/** The weeks of the course, in order. */
export async function courseWeeks(): Promise<Week[]> {
  return Promise.all(Array.from({ length: WEEK_COUNT }, (_, i) => WEEK_LOADERS[i + 1]!()));
}

/** Every lesson a reader may meet: the weeks of the course, then the lessons still to be placed. */
export async function allLessons(): Promise<Lesson[]> {
  const weeks = (await courseWeeks()).map((week) => ({ name: `week ${week.number}`, week }));
  return [...weeks, ...UNPLACED_LESSONS];
}
