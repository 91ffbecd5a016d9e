import type { WeekProgress } from '../course/course-progress.ts';
import type { StarAssessment, StarMoment } from './supporter-star.ts';
import { COURSE_ORDER } from '../../content/weeks/course-order.ts';

/** What home needs to know to offer the supporter star. */
export interface StarDueInput {
  /** Stars taken so far (any moment). */
  stars: readonly Pick<StarAssessment, 'moment' | 'createdAt'>[];
  /** Week number → progress. */
  progress: ReadonlyMap<number, Pick<WeekProgress, 'createdAt' | 'completedAt'>>;
  /** Whether the reader is past "Getting started" (answered or skipped it). */
  onboarded: boolean;
  /** The course's weeks, by key, in reading order (`COURSE_ORDER` unless a test says otherwise). */
  order?: readonly number[];
  /** The moment whose invitation the reader said "not now" to: not offered again (the next moment is). */
  dismissed?: StarMoment | null;
}

/**
 * The star moment home should gently offer now, or undefined when none is due.
 * - start: no star yet, once the reader is past "Getting started";
 * - middle: the reader has finished the weeks before the middle one (4 of 9) and opened a
 *   week from the middle on, but not the last; has no middle or end star; and took no star
 *   since reaching that point;
 * - end: the last week is done, there is no end star, and no star was taken since.
 * It agrees with `suggestMoment` on the star screen, which picks the same moment for the form.
 * "No star since" keeps home from asking again right after a star taken "any time"; the
 * weeks-finished rule keeps a reader who only peeked ahead (all weeks open) from being asked early.
 */
export function starDue(input: StarDueInput): StarMoment | undefined {
  let moment = dueMoment(input, false);
  // A reader who let the first star go is still asked halfway and at the end.
  if (moment === 'start' && input.dismissed === 'start') moment = dueMoment(input, true);
  return moment === input.dismissed ? undefined : moment;
}

function dueMoment({ stars, progress, onboarded, order = COURSE_ORDER }: StarDueInput, pastStart: boolean): StarMoment | undefined {
  if (!onboarded) return undefined;
  if (stars.length === 0 && !pastStart) return 'start';
  const has = (m: StarMoment) => stars.some((s) => s.moment === m);
  const takenSince = (time: number) => stars.some((s) => s.createdAt >= time);

  const last = progress.get(order[order.length - 1]!);
  if (last?.completedAt !== undefined) return has('end') || takenSince(last.completedAt) ? undefined : 'end';
  if (last) return undefined; // In the last week: the end star comes when it is done.

  const middle = Math.ceil(order.length / 2);
  const opened = [...progress].filter(([w]) => order.indexOf(w) + 1 >= middle).map(([, p]) => p.createdAt);
  const finished = [...progress.values()].flatMap((p) => (p.completedAt === undefined ? [] : [p.completedAt])).sort((a, b) => a - b);
  if (opened.length === 0 || finished.length < middle - 1) return undefined;
  const reached = Math.max(Math.min(...opened), finished[middle - 2] ?? 0);
  return has('middle') || has('end') || takenSince(reached) ? undefined : 'middle';
}
