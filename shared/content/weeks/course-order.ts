/**
 * The order the lessons are read in, named by their keys (`Week.number`).
 *
 * A lesson's key never changes: it names stored progress, journal entries, check-ins, class
 * meetings, handout and session links, and packs already shared. The treatments lesson came
 * after the first eight, so its key is 9; it is read third, right after "Understanding what
 * they are living with", because that is where families first ask what treatment is (NAMI
 * Family-to-Family also teaches treatments early). So what a reader sees, "Week 3 of 9", is the
 * lesson's place in this list (`weekPosition`), never its key. Store keys; show places.
 */
export const COURSE_ORDER: readonly number[] = [1, 2, 9, 3, 4, 5, 6, 7, 8];

/** How many weeks the course has. */
export const WEEK_COUNT = COURSE_ORDER.length;

/** The week's place in the course, from 1, as the reader sees it; 0 for a key the course doesn't have. */
export function weekPosition(key: number): number {
  return COURSE_ORDER.indexOf(key) + 1;
}

/** The key of the week read just before this one, or undefined for the first. */
export function weekBefore(key: number): number | undefined {
  const i = COURSE_ORDER.indexOf(key);
  return i > 0 ? COURSE_ORDER[i - 1] : undefined;
}

/** "Week 3": the week's name as the reader sees it (a key the course doesn't have keeps its number). */
export function weekName(key: number): string {
  return `Week ${weekPosition(key) || key}`;
}

/** The key of the week read just after this one, or undefined for the last. */
export function weekAfter(key: number): number | undefined {
  const i = COURSE_ORDER.indexOf(key);
  return i >= 0 ? COURSE_ORDER[i + 1] : undefined;
}

/** The key of the week at a place in the course (from 1), kept within the course. */
export function weekAt(position: number): number {
  return COURSE_ORDER[Math.max(0, Math.min(COURSE_ORDER.length - 1, Math.trunc(position) - 1))]!;
}
