// The class's meetings in its own time zone, the facilitator's draft, and the venue's links.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENTS, packFromDraft, parseClassPack } from '../../../../shared/domain/classes/class-pack.ts';
import { newDraft, nextClassDraft, reviveDraft } from '../../../../shared/domain/classes/class-draft.ts';
import { linkParts, safeWebLink, telLink } from '../../../../shared/domain/classes/class-links.ts';
import { classOpensAt, describeClassChanges, generateMeetings, inDateOrder, meetingStart, nextMeeting } from '../../../../shared/domain/classes/class-meetings.ts';
import { wallClock, zonedToEpoch } from '../../../../shared/domain/classes/zoned-time.ts';
import { typicalPack } from '../../../fixtures/hostile-class-packs.ts';
import { classChangeText } from '../../../../shared/content/classes/class-changes-en.ts';

describe('class pack: meetings and time zones', () => {
  it('makes one weekly meeting per week of the course, in reading order, from a date, on a weekday, at a time', () => {
    // 4 March 2026 is a Wednesday; the first Tuesday on or after it is 10 March.
    const meetings = generateMeetings({ from: '2026-03-04', weekday: 2, time: '18:30' });
    expect(meetings).toHaveLength(9);
    // The treatments lesson (key 9) is read third, so its meeting is the third.
    expect(meetings.map((m) => m.week)).toEqual([1, 2, 9, 3, 4, 5, 6, 7, 8]);
    expect(meetings.map((m) => m.date)).toEqual(['2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05']);
    expect(new Set(meetings.map((m) => m.time))).toEqual(new Set(['18:30']));
    // Starting on the weekday itself keeps that day.
    expect(generateMeetings({ from: '2026-03-10', weekday: 2, time: '09:00', count: 1 })[0]!.date).toBe('2026-03-10');
  });

  it('keeps the wall-clock time across daylight saving in the class’s time zone (London, spring)', () => {
    const pack = { ...typicalPack(), meetings: generateMeetings({ from: '2026-03-10', weekday: 2, time: '18:30' }) };
    const starts = pack.meetings.map((m) => meetingStart(pack, m));
    for (const s of starts) expect(wallClock(s, 'Europe/London').time).toBe('18:30');
    // 24 March is GMT, 31 March is BST (clocks went forward on 29 March): one hour less between them.
    expect(new Date(starts[2]!).toISOString()).toBe('2026-03-24T18:30:00.000Z');
    expect(new Date(starts[3]!).toISOString()).toBe('2026-03-31T17:30:00.000Z');
    expect(starts[3]! - starts[2]!).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('keeps the wall-clock time across the autumn change (New York) and never shifts the date', () => {
    const pack = { ...typicalPack(), timeZone: 'America/New_York', meetings: generateMeetings({ from: '2026-10-20', weekday: 6, time: '23:30' }) };
    for (const m of pack.meetings) {
      const w = wallClock(meetingStart(pack, m), 'America/New_York');
      expect([w.date, w.time]).toEqual([m.date, '23:30']);
    }
  });

  it('handles the missing and the repeated hour the way calendars do', () => {
    // 01:30 does not exist in London on 29 March 2026: it becomes 02:30 BST.
    expect(new Date(zonedToEpoch('2026-03-29', '01:30', 'Europe/London')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 happens twice on 25 October 2026: the first (BST) is used.
    expect(new Date(zonedToEpoch('2026-10-25', '01:30', 'Europe/London')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(zonedToEpoch('2026-11-01', '01:30', 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(zonedToEpoch('2026-07-01', '09:00', 'Asia/Kolkata')).toISOString()).toBe('2026-07-01T03:30:00.000Z');
  });

  it('opens each week at the start of its first meeting’s day, in the class’s time zone', () => {
    const pack = { ...typicalPack(), timeZone: 'Australia/Sydney', meetings: generateMeetings({ from: '2026-03-10', weekday: 2, time: '18:30', count: 3 }) };
    expect(classOpensAt(pack)).toEqual({
      1: Date.UTC(2026, 2, 9, 13), // midnight 10 March in Sydney (UTC+11)
      2: Date.UTC(2026, 2, 16, 13),
      9: Date.UTC(2026, 2, 23, 13), // the treatments lesson, read third
    });
  });

  it('finds the next meeting, counting one in progress, and none after the last', () => {
    const pack = typicalPack();
    const third = meetingStart(pack, pack.meetings[2]!);
    expect(nextMeeting(pack, third - 1)?.index).toBe(2);
    expect(nextMeeting(pack, third + 60 * 60_000)?.index).toBe(2);
    expect(nextMeeting(pack, third + 91 * 60_000)?.index).toBe(3);
    expect(nextMeeting(pack, Date.UTC(2027, 0, 1))).toBeUndefined();
  });

  it('describes a moved meeting in plain words', () => {
    const old = typicalPack();
    const next = structuredClone(old);
    next.meetings[2] = { ...next.meetings[2]!, date: '2026-03-26' };
    const changes = describeClassChanges(old, next).map((c) => classChangeText(c, 'en-GB'));
    expect(changes).toEqual(['The meeting for week 3 moved from Tuesday 24 March at 18:30 to Thursday 26 March at 18:30.']);
    expect(describeClassChanges(old, structuredClone(old))).toEqual([]);
  });

  it('starts a new draft with the default agreements and a meeting per week, and revives a damaged one', () => {
    const draft = newDraft('draft-0001', 'Europe/Paris', '2026-05-01');
    expect(draft.agreements).toEqual(DEFAULT_AGREEMENTS);
    expect(draft.meetings).toHaveLength(9);
    expect(packFromDraft(draft, 0)).toEqual({ ok: false, problem: { kind: 'empty', field: 'name' } });
    expect(reviveDraft({ name: 'Mine', meetings: 'nope', timeZone: 'Nowhere/Here' }, draft)).toEqual({ ...draft, name: 'Mine' });
    expect(reviveDraft('garbage', draft)).toBe(draft);
  });

  it('turns web addresses inside a place into links, and nothing else', () => {
    expect(linkParts('Zoom: https://meet.example.org/j/123 (code 42).')).toEqual([
      { text: 'Zoom: ' },
      { text: 'https://meet.example.org/j/123', href: 'https://meet.example.org/j/123' },
      { text: ' (code 42).' },
    ]);
    expect(linkParts('Room 2\nor online at http://example.org/room, if you prefer')).toEqual([
      { text: 'Room 2\nor online at ' },
      { text: 'http://example.org/room', href: 'http://example.org/room' },
      { text: ', if you prefer' },
    ]);
    expect(linkParts('meet.example.org/abc')).toEqual([{ text: 'meet.example.org/abc', href: 'https://meet.example.org/abc' }]);
    expect(linkParts('Riverside Community Centre, Room 2')).toEqual([{ text: 'Riverside Community Centre, Room 2' }]);
    expect(linkParts('ftp://example.org/file and mailto:sam@example.org')).toEqual([{ text: 'ftp://example.org/file and mailto:sam@example.org' }]);
    expect(linkParts('')).toEqual([]);
  });

  it('puts a moved meeting back in date order, keeping the weeks in course order', () => {
    const meetings = generateMeetings({ from: '2026-03-10', weekday: 2, time: '18:30', count: 5 });
    meetings[1] = { ...meetings[1]!, date: '2026-04-08' }; // week 2 moved past meetings 3, 4 and 5
    const sorted = inDateOrder(meetings);
    expect(sorted.map((m) => m.date)).toEqual(['2026-03-10', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-08']);
    expect(sorted.map((m) => m.week)).toEqual([1, 2, 9, 3, 4]);
    expect(parseClassPack({ ...typicalPack(), meetings: sorted }).ok).toBe(true);
    expect(parseClassPack({ ...typicalPack(), meetings }).ok).toBe(false);
    // Two meetings for one week stay two.
    const twice = [{ week: 1, date: '2026-03-12', time: '10:00' }, { week: 1, date: '2026-03-10', time: '10:00' }, { week: 2, date: '2026-03-11', time: '10:00' }];
    expect(inDateOrder(twice).map((m) => [m.date, m.week])).toEqual([['2026-03-10', 1], ['2026-03-11', 1], ['2026-03-12', 2]]);
  });

  it('starts a second class with a new id, so its link is never taken as an update to the first', () => {
    const first = { ...typicalPack(), notes: [{ week: 2, text: 'Bring a photo.' }] };
    const second = nextClassDraft(first, 'second-class-0002', '2026-06-01');
    expect(second.id).toBe('second-class-0002');
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ name: '', notes: [], facilitator: first.facilitator, timeZone: first.timeZone, minutes: first.minutes, venue: first.venue, agreements: first.agreements, resources: first.resources });
    // A meeting per week from next week, on the same weekday (Tuesday) and time as before.
    expect(second.meetings).toHaveLength(9);
    expect(second.meetings[0]).toEqual({ week: 1, date: '2026-06-09', time: '18:30' });
    expect(packFromDraft({ ...second, name: 'Summer group' }, Date.UTC(2026, 5, 1)).ok).toBe(true);
  });

  it('makes links only from web and phone addresses', () => {
    expect(safeWebLink('javascript:alert(1)')).toBeUndefined();
    expect(safeWebLink('data:text/html,hi')).toBeUndefined();
    expect(safeWebLink('example.org/group')).toBe('https://example.org/group');
    expect(safeWebLink('Room 2, 12 High Street')).toBeUndefined();
    expect(telLink('+44 (0)123 456-789')).toBe('tel:+440123456789');
    expect(telLink('ask at the desk')).toBeUndefined();
  });
});
