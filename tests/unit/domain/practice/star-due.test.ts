import { describe, expect, it } from 'vitest';
import type { WeekProgress } from '../../../../shared/domain/course/course-progress.ts';
import { starDue, type StarDueInput } from '../../../../shared/domain/practice/star-due.ts';
import type { StarMoment } from '../../../../shared/domain/practice/supporter-star.ts';
import { suggestMoment } from '../../../../shared/ui/practice/star-helpers.ts';
import { highestWeek } from '../../../../shared/ui/course/current-week.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** A reader who went one week after another, a week each, opening week `w` on day 7(w-1) and finishing it 6 days later. */
function weeksDone(done: number, openedAfter?: number): Map<number, Pick<WeekProgress, 'createdAt' | 'completedAt'>> {
  const map = new Map<number, Pick<WeekProgress, 'createdAt' | 'completedAt'>>();
  for (let w = 1; w <= done; w++) map.set(w, { createdAt: T0 + (w - 1) * 7 * DAY, completedAt: T0 + ((w - 1) * 7 + 6) * DAY });
  if (openedAfter) map.set(openedAfter, { createdAt: T0 + (openedAfter - 1) * 7 * DAY });
  return map;
}

const star = (moment: StarMoment, day: number) => ({ moment, createdAt: T0 + day * DAY });

function due(input: Partial<StarDueInput>): StarMoment | undefined {
  return starDue({ stars: [], progress: new Map(), onboarded: true, order: [1, 2, 3, 4, 5, 6, 7, 8], ...input });
}

describe('starDue: "not now"', () => {
  it('lets the moment said "not now" to go, and still offers the next one', () => {
    expect(due({ dismissed: 'start' })).toBeUndefined();
    expect(due({ dismissed: 'middle' })).toBe('start');
    // The reader let the first star go: halfway and at the end they are still asked.
    expect(due({ dismissed: 'start', progress: weeksDone(2, 3) })).toBeUndefined();
    expect(due({ dismissed: 'start', progress: weeksDone(3, 4) })).toBe('middle');
    expect(due({ dismissed: 'start', progress: weeksDone(8) })).toBe('end');
    expect(due({ dismissed: 'start', stars: [star('start', 1)], progress: weeksDone(3, 4) })).toBe('middle');
    expect(due({ dismissed: 'middle', stars: [star('start', 1)], progress: weeksDone(3, 4) })).toBeUndefined();
    expect(due({ dismissed: 'middle', stars: [star('start', 1)], progress: weeksDone(8) })).toBe('end');
  });
});

describe('starDue: the start', () => {
  it('asks a new reader for their first star once they are past "Getting started"', () => {
    expect(due({ onboarded: false })).toBeUndefined();
    expect(due({})).toBe('start');
    expect(due({ progress: weeksDone(0, 1) })).toBe('start');
  });

  it('stops asking once any star is taken', () => {
    expect(due({ stars: [star('start', 0)] })).toBeUndefined();
    expect(due({ stars: [star('any', 0)], progress: weeksDone(1, 2) })).toBeUndefined();
  });

  it('still offers a first star to a reader who never took one, however far along', () => {
    expect(due({ progress: weeksDone(5, 6) })).toBe('start');
  });
});

describe('starDue: mid-way', () => {
  const start = [star('start', 0)];

  it('is not due before the middle of the course', () => {
    expect(due({ stars: start, progress: weeksDone(2, 3) })).toBeUndefined();
    expect(due({ stars: start, progress: weeksDone(3) })).toBeUndefined(); // week 4 not opened yet
  });

  it('is due in weeks 4 to 7 when only a start star exists', () => {
    expect(due({ stars: start, progress: weeksDone(3, 4) })).toBe('middle');
    expect(due({ stars: start, progress: weeksDone(4, 5) })).toBe('middle');
    expect(due({ stars: start, progress: weeksDone(6, 7) })).toBe('middle');
  });

  it('is not due once a middle star is taken, or any star since reaching the middle', () => {
    expect(due({ stars: [...start, star('middle', 22)], progress: weeksDone(4, 5) })).toBeUndefined();
    expect(due({ stars: [...start, star('any', 22)], progress: weeksDone(4, 5) })).toBeUndefined();
    // A star "any time" in week 2 does not count as the middle one.
    expect(due({ stars: [...start, star('any', 8)], progress: weeksDone(3, 4) })).toBe('middle');
  });

  it('waits for a reader who only peeked ahead with every week open', () => {
    const peeked = weeksDone(1, 2);
    peeked.set(6, { createdAt: T0 + DAY });
    expect(due({ stars: start, progress: peeked })).toBeUndefined();
  });

  it('gives way to the end star once the last week is under way', () => {
    expect(due({ stars: start, progress: weeksDone(7, 8) })).toBeUndefined();
  });
});

describe('starDue: the end', () => {
  it('is due when the last week is done and there is no end star', () => {
    expect(due({ stars: [star('start', 0), star('middle', 25)], progress: weeksDone(8) })).toBe('end');
    expect(due({ stars: [star('start', 0)], progress: weeksDone(8) })).toBe('end');
  });

  it('is not due once an end star is taken, or any star after finishing', () => {
    expect(due({ stars: [star('start', 0), star('end', 56)], progress: weeksDone(8) })).toBeUndefined();
    expect(due({ stars: [star('start', 0), star('any', 56)], progress: weeksDone(8) })).toBeUndefined();
  });
});

describe('starDue agrees with the moment the star screen suggests', () => {
  it('suggests the same moment it offers', () => {
    const cases: Partial<StarDueInput>[] = [
      {},
      { stars: [star('start', 0)], progress: weeksDone(3, 4) },
      { stars: [star('start', 0)], progress: weeksDone(6, 7) },
      { stars: [star('start', 0), star('middle', 25)], progress: weeksDone(8) },
    ];
    for (const input of cases) {
      const moment = due(input);
      const weeks = [...(input.progress ?? new Map()).keys()].map((week) => ({ week }));
      expect(moment).toBeDefined();
      expect(suggestMoment(input.stars ?? [], highestWeek(weeks), 8)).toBe(moment);
    }
  });
});
