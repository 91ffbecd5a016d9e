import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../../shared/domain/course/journal.ts';
import { dayHeading, foundText, groupEntries, sortForView, weekHeading } from '../../../../shared/ui/course/journal-groups.ts';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const entry = (id: string, createdAt: number, week?: number): JournalEntry => ({
  id, createdAt, updatedAt: createdAt, kind: week ? 'reflection' : 'note', prompt: '', text: id, ...(week ? { week } : {}),
});

describe('journal groups', () => {
  const now = at(2025, 3, 12, 15);

  it('names today and yesterday, and other days by their date', () => {
    expect(dayHeading(at(2025, 3, 12, 1), now)).toBe('Today');
    expect(dayHeading(at(2025, 3, 11, 23), now)).toBe('Yesterday');
    // ICU versions differ on the comma after the weekday, so only the parts are checked.
    expect(dayHeading(at(2025, 3, 3), now, 'en-GB')).toMatch(/^Monday,? 3 March 2025$/);
  });

  it('names weeks with their title, and entries outside the course', () => {
    expect(weekHeading(1)).toBe('Week 1: Hope and the recovery model');
    expect(weekHeading(42)).toBe('Week 42');
    expect(weekHeading(undefined)).toBe('Other notes');
  });

  it('sorts by date newest first, and by week in course order with no-week last', () => {
    const list = [entry('a', at(2025, 3, 1), 2), entry('b', at(2025, 3, 5)), entry('c', at(2025, 3, 3), 1), entry('d', at(2025, 3, 4), 2)];
    expect(sortForView(list, 'date').map((e) => e.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(sortForView(list, 'week').map((e) => e.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']); // not sorted in place
  });

  it('groups consecutive entries under one heading per day or week', () => {
    const list = sortForView([entry('a', at(2025, 3, 12, 9)), entry('b', at(2025, 3, 12, 10)), entry('c', at(2025, 3, 10), 3)], 'date');
    const byDay = groupEntries(list, 'date', now, 'en-GB');
    expect(byDay.map((g) => g.entries.map((e) => e.id))).toEqual([['b', 'a'], ['c']]);
    expect(byDay.map((g) => g.heading)).toEqual(['Today', dayHeading(at(2025, 3, 10), now, 'en-GB')]);
    const byWeek = groupEntries(sortForView(list, 'week'), 'week', now);
    expect(byWeek.map((g) => g.key)).toEqual(['week-3', 'week-none']);
  });

  it('sorts and groups 10,000 entries', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(String(i), now - i * 3_600_000, (i % 8) + 1));
    const groups = groupEntries(sortForView(many, 'date'), 'date', now);
    // Its speed is the bench's (the journal with 10,000 entries, in the browser).
    expect(groups.length).toBeGreaterThan(400);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(10_000);
  });

  it('counts found entries in words', () => {
    expect(foundText(1)).toBe('1 entry found');
    expect(foundText(0)).toBe('0 entries found');
    expect(foundText(10000)).toBe('10,000 entries found');
  });
});
