// The class's meetings as a calendar file, for any calendar app.
import { describe, expect, it } from 'vitest';
import { calendarFileName, classCalendar, escapeIcsText, foldIcsLine, icsSequence, icsUtc } from '../../../../shared/domain/classes/class-calendar.ts';
import { typicalPack } from '../../../fixtures/hostile-class-packs.ts';

describe('class pack: calendar file (.ics)', () => {
  const titles = (w: number) => ['Hope, and the recovery model', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Treatment'][w - 1]!;
  const now = Date.UTC(2026, 2, 1, 12);

  it('writes one VEVENT per meeting, in UTC, with CRLF line endings', () => {
    const ics = classCalendar(typicalPack(), { now, weekTitle: titles });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(ics).toContain('DTSTART:20260324T183000Z');
    expect(ics).toContain('DTSTART:20260331T173000Z');
    expect(ics).toContain('DTEND:20260331T190000Z');
    expect(ics).toContain(`DTSTAMP:${icsUtc(now)}`);
    expect(ics).toContain('UID:c1a55-0000-4000-8000-tuesday-meeting-3@alongside.invalid');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and folds long lines at 75 octets', () => {
    const pack = { ...typicalPack(), name: 'Group; A, B \\ C', venue: 'Room 2\nHigh Street, Town' };
    const ics = classCalendar(pack, { now, weekTitle: titles });
    expect(ics).toContain('SUMMARY:Group\\; A\\, B \\\\ C: week 1');
    expect(ics).toContain('LOCATION:Room 2\\nHigh Street\\, Town');
    expect(ics).toContain('Hope\\, and the recovery model');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).byteLength).toBeLessThanOrEqual(75);
    // Unfolding gives back the whole description.
    expect(ics.replace(/\r\n /g, '')).toContain('A note for this week: Tea from 6:15. Bring a notebook if you like.');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).byteLength).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(escapeIcsText('a\r\nb')).toBe('a\\nb');
  });

  it('numbers each edition of a pack, so a calendar moves an updated event instead of keeping the old one', () => {
    const first = typicalPack();
    const moved = { ...structuredClone(first), updatedAt: first.updatedAt + 60_000 };
    moved.meetings[2] = { ...moved.meetings[2]!, date: '2026-03-26' };
    const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);
    const field = (event: string, name: string) => new RegExp(`\r\n${name}:([^\r]*)`).exec(event)?.[1];
    const before = events(classCalendar(first, { now, weekTitle: titles }));
    const after = events(classCalendar(moved, { now: now + 60_000, weekTitle: titles }));
    for (const [i, event] of after.entries()) {
      expect(field(event, 'UID')).toBe(field(before[i]!, 'UID'));
      expect(field(event, 'DTSTAMP'), 'every event has a DTSTAMP').toMatch(/^\d{8}T\d{6}Z$/);
      expect(field(event, 'LAST-MODIFIED')).toBe(icsUtc(moved.updatedAt));
      const seq = Number(field(event, 'SEQUENCE'));
      expect(Number.isInteger(seq) && seq >= 0 && seq < 2 ** 31).toBe(true);
      expect(seq).toBeGreaterThan(Number(field(before[i]!, 'SEQUENCE')));
    }
    expect(field(after[2]!, 'DTSTART')).toBe('20260326T183000Z');
    // Packs from before 2024 and far in the future still give a valid number.
    expect(icsSequence({ updatedAt: 0 })).toBe(0);
    expect(icsSequence({ updatedAt: 8.64e15 })).toBe(2 ** 31 - 1);
  });

  it('can hold only the next meeting', () => {
    const ics = classCalendar(typicalPack(), { now, weekTitle: titles, only: [4] });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('SUMMARY:Tuesday family group: week 5');
    expect(calendarFileName(typicalPack())).toBe('tuesday-family-group-meetings.ics');
  });
});
