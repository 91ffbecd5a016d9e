import { describe, expect, it } from 'vitest';
import type { Week } from '../../../shared/content/course-types.ts';
import { OUTLINE_ES, outlineIn } from '../../../shared/content/outline-es.ts';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';

/** The Spanish weeks, found by a glob so each new one must bring its outline words too. */
const SPANISH_WEEKS = import.meta.glob<{ week: Week }>('../../../shared/content/weeks/*-es.ts', { eager: true });

describe('the course outline in Spanish', () => {
  it('has the title and summary of every Spanish week, as the week file says them, and no others', () => {
    const fromWeeks = Object.fromEntries(Object.values(SPANISH_WEEKS).map(({ week }) => [week.number, { title: week.title, summary: week.summary }]));
    expect(OUTLINE_ES).toEqual(fromWeeks);
  });

  it('gives a week not yet written in Spanish in English, and English readers the English', () => {
    const unwritten = COURSE_OUTLINE.find((w) => !OUTLINE_ES[w.number]);
    if (unwritten) expect(outlineIn(unwritten.number, 'es')).toEqual(unwritten);
    expect(outlineIn(1, 'en')).toEqual(COURSE_OUTLINE.find((w) => w.number === 1));
    expect(outlineIn(1, 'es')).toMatchObject({ number: 1, title: OUTLINE_ES[1]!.title, minutes: COURSE_OUTLINE.find((w) => w.number === 1)!.minutes });
  });
});
