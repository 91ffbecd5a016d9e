import type { Week } from '../../shared/content/course-types.ts';
import { WEEK_LOADERS } from '../../shared/content/weeks/index.ts';
import { COURSE_ORDER, weekName } from '../../shared/content/weeks/course-order.ts';

/** A lesson as the content tests name it in a failure: "Week 3 (key 9)". */
export interface Lesson {
  name: string;
  week: Week;
}

/** The weeks of the course, in reading order. */
export async function courseWeeks(): Promise<Week[]> {
  return Promise.all(COURSE_ORDER.map((key) => WEEK_LOADERS[key]!()));
}

/** Every lesson a reader may meet, in reading order, named as the reader sees it and by key. */
export async function allLessons(): Promise<Lesson[]> {
  return (await courseWeeks()).map((week) => ({ name: `${weekName(week.number)} (key ${week.number})`, week }));
}
