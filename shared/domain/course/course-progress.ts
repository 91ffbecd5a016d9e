import type { BaseRecord } from '../records.ts';
import type { Week } from '../../content/course-types.ts';
import { COURSE_ORDER, weekBefore } from '../../content/weeks/course-order.ts';
import type { LessonStepWords } from './lesson-step-words.ts';
import { LESSON_STEP_WORDS_EN } from '../../content/weeks/lesson-steps-en.ts';

/** Where the reader is in one week. Stored with id `week-N`. */
export interface WeekProgress extends BaseRecord {
  week: number;
  /** The step showing when they last left (index into `lessonSteps`). */
  position: number;
  /** Ids of steps they finished. */
  done: string[];
  /** Self-check answers: question id → chosen option index. */
  answers: Record<string, number>;
  completedAt?: number;
}

/** How weeks open. */
export interface Pacing {
  /** `self`: at your own pace; `class`: each week opens on its meeting date. */
  mode: 'self' | 'class';
  /** In self-paced mode: all weeks open at once instead of one after another. */
  allOpen: boolean;
  /** In class mode: the date each week opens (ms), by week number. */
  opensAt?: Record<number, number>;
}

/** Default pacing: one week after another, at the reader's own pace. */
export const DEFAULT_PACING: Pacing = { mode: 'self', allOpen: false };

/** A step of the lesson player. */
export interface LessonStep {
  id: string;
  title: string;
  kind: 'welcome' | 'section' | 'story' | 'takeaways' | 'reflection' | 'practice' | 'self-check' | 'for-you';
}

/** The steps of a week, in the order the lesson player shows them; the player's own steps are named from `words`. */
export function lessonSteps(week: Week, words: LessonStepWords = LESSON_STEP_WORDS_EN): LessonStep[] {
  return [
    { id: 'welcome', title: words.welcome, kind: 'welcome' },
    ...week.sections.map((s) => ({ id: `section-${s.id}`, title: s.title, kind: 'section' as const })),
    { id: 'story', title: week.story.title, kind: 'story' },
    { id: 'takeaways', title: words.takeaways, kind: 'takeaways' },
    { id: 'reflection', title: words.reflection, kind: 'reflection' },
    { id: 'practice', title: words.practice(week.practice.title), kind: 'practice' },
    { id: 'self-check', title: words.selfCheck, kind: 'self-check' },
    { id: 'for-you', title: week.forYou.title, kind: 'for-you' },
  ];
}

/**
 * Moves the reader to another step. The step they leave counts as done, however they leave it
 * (Next, Back or the list of steps): a step they have seen is a step they have read.
 */
export function moveToStep(progress: Pick<WeekProgress, 'position' | 'done'>, steps: readonly LessonStep[], to: number): Pick<WeekProgress, 'position' | 'done'> {
  const target = Math.max(0, Math.min(to, steps.length - 1));
  const from = steps[Math.min(progress.position, steps.length - 1)];
  const done = new Set(progress.done);
  if (from && target !== steps.indexOf(from)) done.add(from.id);
  return { position: target, done: [...done] };
}

/** The step the reader stopped at, for "you stopped at…"; a position past the end means the last step. */
export function resumeStep(steps: readonly LessonStep[], progress: Pick<WeekProgress, 'position'>): LessonStep | undefined {
  return steps[Math.max(0, Math.min(progress.position, steps.length - 1))];
}

/** The state of a week as the outline shows it. */
export type WeekState = 'not-started' | 'in-progress' | 'done';

/** Not started, in progress or done. */
export function weekState(p: WeekProgress | undefined): WeekState {
  if (!p) return 'not-started';
  if (p.completedAt) return 'done';
  return 'in-progress';
}

/**
 * Weeks anyone can open at any time, whatever the pacing or class: the crisis week ("When
 * things get hard"). Someone who arrives in a crisis must not be sent to week 1 first.
 */
export const ALWAYS_OPEN_WEEKS: ReadonlySet<number> = new Set([6]);

/**
 * Whether a week is open now. The crisis week always is. Self-paced: week 1 always, then each
 * when the one before is done (or all, if the reader chose). Class-paced: on its meeting date;
 * weeks already started stay open, and earlier weeks can always be caught up.
 */
export function isWeekOpen(week: number, pacing: Pacing, progress: ReadonlyMap<number, WeekProgress>, now: number): boolean {
  return ALWAYS_OPEN_WEEKS.has(week) || progress.has(week) || openByPacing(week, pacing, progress, now);
}

/** Open by the pacing alone: what the week would be without being always open or already started. */
function openByPacing(week: number, pacing: Pacing, progress: ReadonlyMap<number, WeekProgress>, now: number): boolean {
  if (weekBefore(week) === undefined) return true;
  if (pacing.mode === 'class') {
    const opens = pacing.opensAt?.[week];
    return opens === undefined ? isSelfOpen(week, pacing, progress) : now >= opens;
  }
  return isSelfOpen(week, pacing, progress);
}

/**
 * Self-paced, one after another (in reading order, `COURSE_ORDER`): the week before is done.
 * A crisis week read early doesn't open the week after it on its own: the weeks before it must
 * be done too.
 */
function isSelfOpen(week: number, pacing: Pacing, progress: ReadonlyMap<number, WeekProgress>): boolean {
  if (pacing.allOpen) return true;
  for (let before = weekBefore(week); before !== undefined; before = weekBefore(before)) {
    if (weekState(progress.get(before)) !== 'done') return false;
    if (!ALWAYS_OPEN_WEEKS.has(before)) return true;
  }
  return true;
}

/** True when a week is where the reader has got to in turn: any ordinary week, or an always-open week the pacing has reached. */
function reachedInTurn(week: number, pacing: Pacing, progress: ReadonlyMap<number, WeekProgress>, now: number): boolean {
  return !ALWAYS_OPEN_WEEKS.has(week) || openByPacing(week, pacing, progress, now);
}

/**
 * The week to suggest now: the first started-but-unfinished, else the first open not done,
 * else (a class waiting for its next meeting) the first not done, which opens next; else the
 * last. The crisis week, open to all, is suggested only once the reader reaches it in turn.
 */
export function currentWeek(pacing: Pacing, progress: ReadonlyMap<number, WeekProgress>, now: number, order: readonly number[] = COURSE_ORDER): number {
  const inTurn = (w: number) => reachedInTurn(w, pacing, progress, now);
  return (
    order.find((w) => weekState(progress.get(w)) === 'in-progress' && inTurn(w)) ??
    order.find((w) => weekState(progress.get(w)) !== 'done' && inTurn(w) && isWeekOpen(w, pacing, progress, now)) ??
    order.find((w) => weekState(progress.get(w)) !== 'done') ??
    order[order.length - 1]!
  );
}

/** Share of the course done, 0–1, by finished weeks. */
export function courseDone(progress: ReadonlyMap<number, WeekProgress>, order: readonly number[] = COURSE_ORDER): number {
  return order.filter((w) => weekState(progress.get(w)) === 'done').length / order.length;
}
