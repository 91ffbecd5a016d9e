import { describe, expect, it } from 'vitest';
import type { ClassChange } from '../../../../shared/domain/classes/class-meetings.ts';
import { CLASS_CHANGE_WORDS_EN, classChangeText } from '../../../../shared/content/classes/class-changes-en.ts';

const at = (date: string, time = '18:30') => ({ timeZone: 'Europe/London', meeting: { week: 3, date, time } });

/** One of every change, and what a member reads for it. */
const CASES: readonly (readonly [ClassChange, string])[] = [
  [{ kind: 'renamed', name: 'Tuesday evenings' }, 'The class is now called “Tuesday evenings”.'],
  [{ kind: 'facilitator' }, 'The facilitator’s details changed.'],
  [{ kind: 'time-zone', timeZone: 'America/Chicago' }, 'Times are now in America/Chicago.'],
  [{ kind: 'length', minutes: 120 }, 'Meetings now last 120 minutes.'],
  [{ kind: 'moved', week: 3, from: at('2026-03-24'), to: at('2026-03-26') }, 'The meeting for week 3 moved from Tuesday 24 March at 18:30 to Thursday 26 March at 18:30.'],
  [{ kind: 'covers', week: 4, at: at('2026-03-31') }, 'The meeting on Tuesday 31 March at 18:30 now covers week 4.'],
  [{ kind: 'meetings-added', count: 1 }, '1 meeting added.'],
  [{ kind: 'meetings-removed', count: 2 }, '2 meetings removed.'],
  [{ kind: 'venue' }, 'The place or video link changed.'],
  [{ kind: 'agreements' }, 'The group agreements changed.'],
  [{ kind: 'resources' }, 'The local resources changed.'],
  [{ kind: 'notes' }, 'The facilitator’s notes changed.'],
];

describe('the English words for what an updated class changes', () => {
  it.each(CASES)('words %j', (change, sentence) => {
    expect(classChangeText(change, 'en-GB')).toBe(sentence);
  });

  it('has words for every kind of change, checked above', () => {
    expect(new Set(CASES.map(([c]) => c.kind))).toEqual(new Set(Object.keys(CLASS_CHANGE_WORDS_EN)));
  });

  it('writes the meeting’s date and time as the reader’s browser does', () => {
    expect(classChangeText({ kind: 'covers', week: 4, at: at('2026-03-31') }, 'en-US')).toMatch(/^The meeting on Tuesday, March 31 at 6:30\s?PM now covers week 4\.$/);
  });
});
