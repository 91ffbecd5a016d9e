import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN_WEEKS,
  DEFAULT_PACING,
  courseDone,
  currentWeek,
  isWeekOpen,
  moveToStep,
  resumeStep,
  weekState,
  type LessonStep,
  type Pacing,
  type WeekProgress,
} from '../../../../shared/domain/course/course-progress.ts';
import { COURSE_ORDER } from '../../../../shared/content/weeks/course-order.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 10, 12);

function progress(week: number, change: Partial<WeekProgress> = {}): WeekProgress {
  return { id: `week-${week}`, week, position: 0, done: [], answers: {}, createdAt: NOW - 10 * DAY, updatedAt: NOW - 10 * DAY, ...change };
}

/** A progress map from week numbers: `done` weeks have finished, `started` are under way. */
function course(done: number[], started: number[] = []): Map<number, WeekProgress> {
  return new Map([...done.map((w) => [w, progress(w, { completedAt: NOW - DAY })] as const), ...started.map((w) => [w, progress(w)] as const)]);
}

/** The open weeks, by key, in reading order (the treatments lesson, key 9, is read third). */
const openWeeks = (pacing: Pacing, map: Map<number, WeekProgress>, now = NOW) => COURSE_ORDER.filter((w) => isWeekOpen(w, pacing, map, now));

describe('weekState', () => {
  it('is not started without progress, in progress once opened, done once completed', () => {
    expect(weekState(undefined)).toBe('not-started');
    expect(weekState(progress(1, { position: 4, done: ['welcome'] }))).toBe('in-progress');
    expect(weekState(progress(1, { completedAt: NOW }))).toBe('done');
  });
});

describe('isWeekOpen, self-paced one after another', () => {
  it('opens week 1, and the crisis week, for a new reader', () => {
    expect(openWeeks(DEFAULT_PACING, course([]))).toEqual([1, 6]);
  });

  it('opens the next week when the one before is done, not when it is only started', () => {
    expect(openWeeks(DEFAULT_PACING, course([1], [2]))).toEqual([1, 2, 6]);
    expect(openWeeks(DEFAULT_PACING, course([1, 2]))).toEqual([1, 2, 9, 6]);
    expect(openWeeks(DEFAULT_PACING, course([1, 2, 9]))).toEqual([1, 2, 9, 3, 6]);
  });

  it('keeps a week open once it was started, even if the week before is not done', () => {
    // e.g. a reader who had all weeks open and switched back to one after another.
    expect(openWeeks(DEFAULT_PACING, course([1], [5]))).toEqual([1, 2, 5, 6]);
  });
});

describe('isWeekOpen, self-paced all open', () => {
  it('opens every week from the start', () => {
    expect(openWeeks({ mode: 'self', allOpen: true }, course([]))).toEqual([1, 2, 9, 3, 4, 5, 6, 7, 8]);
  });
});

describe('isWeekOpen, class-paced', () => {
  const opensAt = Object.fromEntries([2, 3, 4, 5, 6, 7, 8].map((w) => [w, NOW + (w - 3) * 7 * DAY]));
  const pacing: Pacing = { mode: 'class', allOpen: false, opensAt };

  it('opens a week on its meeting date, whatever was finished', () => {
    // Week 2 opened a week ago and week 3 opens now, though week 1 is not done.
    expect(openWeeks(pacing, course([]))).toEqual([1, 2, 3, 6]);
    expect(openWeeks(pacing, course([]), NOW - 1)).toEqual([1, 2, 6]);
    expect(openWeeks(pacing, course([]), NOW + 7 * DAY)).toEqual([1, 2, 3, 4, 6]);
  });

  it('does not open a later week early because the one before is done', () => {
    expect(openWeeks(pacing, course([1, 2, 9, 3]))).toEqual([1, 2, 9, 3, 6]);
  });

  it('falls back to one after another for a week with no date yet', () => {
    const partial: Pacing = { mode: 'class', allOpen: false, opensAt: { 2: NOW + DAY } };
    expect(openWeeks(partial, course([]))).toEqual([1, 6]);
    expect(openWeeks(partial, course([1]))).toEqual([1, 6]);
    expect(openWeeks(partial, course([1]), NOW + DAY)).toEqual([1, 2, 6]);
    expect(openWeeks(partial, course([1, 2]), NOW + DAY)).toEqual([1, 2, 9, 6]);
    expect(openWeeks(partial, course([1, 2, 9]), NOW + DAY)).toEqual([1, 2, 9, 3, 6]);
  });
});

describe('isWeekOpen, the crisis week', () => {
  const classPacing: Pacing = { mode: 'class', allOpen: false, opensAt: Object.fromEntries([2, 3, 4, 5, 6, 7, 8].map((w) => [w, NOW + w * 7 * DAY])) };

  it('is open to anyone at any time, whatever the pacing or class', () => {
    expect(ALWAYS_OPEN_WEEKS).toEqual(new Set([6]));
    for (const pacing of [DEFAULT_PACING, { mode: 'self', allOpen: true } as Pacing, classPacing]) {
      expect(isWeekOpen(6, pacing, course([]), NOW), JSON.stringify(pacing)).toBe(true);
      expect(isWeekOpen(6, pacing, course([]), 0)).toBe(true);
    }
  });

  it('opens only itself: reading it early opens neither the week after nor the ones before', () => {
    expect(openWeeks(DEFAULT_PACING, course([6]))).toEqual([1, 6]);
    expect(openWeeks(DEFAULT_PACING, course([1], [6]))).toEqual([1, 2, 6]);
    expect(openWeeks(classPacing, course([6]))).toEqual([1, 6]);
  });

  it('still opens the week after it in turn, once the weeks before it are done too', () => {
    expect(openWeeks(DEFAULT_PACING, course([1, 2, 9, 3, 4, 5]))).toEqual([1, 2, 9, 3, 4, 5, 6]);
    expect(openWeeks(DEFAULT_PACING, course([1, 2, 9, 3, 4, 5, 6]))).toEqual([1, 2, 9, 3, 4, 5, 6, 7]);
  });
});

describe('currentWeek', () => {
  it('is week 1 for a new reader', () => {
    expect(currentWeek(DEFAULT_PACING, course([]), NOW)).toBe(1);
  });

  it('is the first week under way, before any open week not started', () => {
    expect(currentWeek({ mode: 'self', allOpen: true }, course([1], [4]), NOW)).toBe(4);
    expect(currentWeek({ mode: 'self', allOpen: true }, course([], [3, 6]), NOW)).toBe(3);
  });

  it('is the next open week once the one before is done, in reading order', () => {
    // The treatments lesson (key 9) is read right after week 2.
    expect(currentWeek(DEFAULT_PACING, course([1, 2]), NOW)).toBe(9);
    expect(currentWeek(DEFAULT_PACING, course([1, 2, 9]), NOW)).toBe(3);
  });

  it('skips weeks not open yet in a class, and catches up on earlier ones first', () => {
    const pacing: Pacing = { mode: 'class', allOpen: false, opensAt: { 2: NOW - DAY, 9: NOW + DAY } };
    expect(currentWeek(pacing, course([1]), NOW)).toBe(2);
    // Waiting for the next meeting: its week is the one coming, not the last week of the course.
    expect(currentWeek(pacing, course([1, 2]), NOW)).toBe(9);
  });

  it('is never the crisis week for a new reader, though it is open', () => {
    expect(currentWeek(DEFAULT_PACING, course([]), NOW)).toBe(1);
    // Read in a crisis, started or finished: the course goes on from where the reader is.
    expect(currentWeek(DEFAULT_PACING, course([], [6]), NOW)).toBe(1);
    expect(currentWeek(DEFAULT_PACING, course([1, 2, 9], [6]), NOW)).toBe(3);
    expect(currentWeek(DEFAULT_PACING, course([6]), NOW)).toBe(1);
    // A class waiting for week 3's meeting waits for week 3, not week 6.
    const pacing: Pacing = { mode: 'class', allOpen: false, opensAt: { 2: NOW - DAY, 9: NOW - DAY, 3: NOW + DAY, 6: NOW + 30 * DAY } };
    expect(currentWeek(pacing, course([1, 2, 9]), NOW)).toBe(3);
  });

  it('is the crisis week once the reader reaches it in turn', () => {
    expect(currentWeek(DEFAULT_PACING, course([1, 2, 9, 3, 4, 5]), NOW)).toBe(6);
    expect(currentWeek(DEFAULT_PACING, course([1, 2, 9, 3, 4, 5], [6]), NOW)).toBe(6);
    expect(currentWeek({ mode: 'self', allOpen: true }, course([1, 2, 9, 3, 4], [6]), NOW)).toBe(6);
  });

  it('is the last week once the course is finished', () => {
    expect(currentWeek(DEFAULT_PACING, course([1, 2, 9, 3, 4, 5, 6, 7, 8]), NOW)).toBe(8);
    expect(courseDone(course([1, 2, 9, 3, 4, 5, 6, 7, 8]))).toBe(1);
    expect(courseDone(course([1, 2], [3]))).toBe(2 / 9);
  });
});

describe('moving between steps', () => {
  const steps: LessonStep[] = [
    { id: 'welcome', title: 'Welcome', kind: 'welcome' },
    { id: 'section-a', title: 'A', kind: 'section' },
    { id: 'section-b', title: 'B', kind: 'section' },
    { id: 'reflection', title: 'Reflect', kind: 'reflection' },
  ];

  it('marks the step being left as done, forwards, backwards or by jumping', () => {
    expect(moveToStep({ position: 0, done: [] }, steps, 1)).toEqual({ position: 1, done: ['welcome'] });
    expect(moveToStep({ position: 2, done: ['welcome'] }, steps, 1)).toEqual({ position: 1, done: ['welcome', 'section-b'] });
    expect(moveToStep({ position: 1, done: [] }, steps, 3)).toEqual({ position: 3, done: ['section-a'] });
  });

  it('does not mark the step arrived at, or a step re-opened in place', () => {
    expect(moveToStep({ position: 1, done: [] }, steps, 1)).toEqual({ position: 1, done: [] });
    expect(moveToStep({ position: 0, done: ['welcome'] }, steps, 2).done).not.toContain('section-b');
  });

  it('keeps steps already done, once each', () => {
    expect(moveToStep({ position: 1, done: ['welcome', 'section-a'] }, steps, 2).done).toEqual(['welcome', 'section-a']);
  });

  it('stays within the week when a stored position is out of range', () => {
    expect(moveToStep({ position: 40, done: [] }, steps, 9)).toEqual({ position: 3, done: [] });
    expect(moveToStep({ position: 40, done: [] }, steps, 0)).toEqual({ position: 0, done: ['reflection'] });
  });

  it('names the step to resume at', () => {
    expect(resumeStep(steps, { position: 3 })?.title).toBe('Reflect');
    expect(resumeStep(steps, { position: 99 })?.title).toBe('Reflect');
    expect(resumeStep([], { position: 0 })).toBeUndefined();
  });
});
