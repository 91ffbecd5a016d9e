import { describe, expect, it } from 'vitest';
import { builderExamples, courseBoundaries, libraryPrompts, NAMED_BOUNDARIES } from '../../../../scripts/cue-content-cases.ts';
import { readCues } from '../../../../shared/domain/nudge/cue-reading.ts';

/**
 * The app's own good words never earn a nudge for tone: every library prompt, every
 * boundary the course quotes, every example answer in the boundary builder. Help lines
 * may still come with one (a boundary that keeps someone safe, such as "If I think you
 * might harm yourself, I will call for help", rightly earns them): that is help, not a
 * thought about wording, so it is allowed here.
 */
function nudgedForTone(text: string, sensitivity: 'standard' | 'gentle'): boolean {
  const r = readCues(text, { sensitivity });
  return r.nudge && r.help === null;
}

describe('the app’s own words are never nudged for tone', async () => {
  const groups = {
    'library prompts': libraryPrompts(),
    'course boundaries': await courseBoundaries(),
    'boundary builder examples': builderExamples(),
    'boundaries named in issue #13': [...NAMED_BOUNDARIES],
  };

  for (const [name, cases] of Object.entries(groups)) {
    it(`${name} (${cases.length})`, () => {
      expect(cases.length).toBeGreaterThan(0);
      for (const sensitivity of ['standard', 'gentle'] as const) {
        expect(cases.filter((c) => nudgedForTone(c.text, sensitivity)).map((c) => `${c.source}: ${c.text}`)).toEqual([]);
      }
    });
  }

  it('finds what it should: the prompts, and the course’s car and money boundaries', async () => {
    expect(groups['library prompts'].length).toBeGreaterThanOrEqual(100);
    const course = groups['course boundaries'].map((c) => c.text);
    expect(course).toContain('When you have been drinking, I will not get in the car with you.');
    expect(course.some((t) => /I won’t lend money/.test(t))).toBe(true);
  });
});
