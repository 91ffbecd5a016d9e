import { describe, expect, it } from 'vitest';
import { CLASS_PACK_APP, DEFAULT_AGREEMENTS, MAX_MEETINGS, NEWER_VERSION, looksLikeCode, packFromDraft, parseClassPack } from '../../../../shared/domain/classes/class-pack.ts';
import { newDraft, nextClassDraft, reviveDraft } from '../../../../shared/domain/classes/class-draft.ts';
import { linkParts, safeWebLink, telLink, webAddressParts } from '../../../../shared/domain/classes/class-links.ts';
import { classOpensAt, describeClassChanges, generateMeetings, inDateOrder, meetingStart, nextMeeting } from '../../../../shared/domain/classes/class-meetings.ts';
import { TOO_LARGE, classFileName, classLink, decodeClassPack, encodeClassPack, packCodeFromHash, readClassPackJson } from '../../../../shared/domain/classes/class-pack-codec.ts';
import { calendarFileName, classCalendar, escapeIcsText, foldIcsLine, icsSequence, icsUtc } from '../../../../shared/domain/classes/class-calendar.ts';
import { wallClock, zonedToEpoch } from '../../../../shared/domain/classes/zoned-time.ts';
import { resourceProblem } from '../../../../shared/domain/classes/class-resource-checks.ts';
import { BAD_LINKS, BAD_PACKS, FAKE_LIFELINE, typicalPack } from '../../../fixtures/hostile-class-packs.ts';

/** The smallest pack that is valid: optional parts left out. */
function minimalPack(): Record<string, unknown> {
  return {
    app: CLASS_PACK_APP,
    version: 1,
    id: 'min-pack-01',
    updatedAt: 0,
    name: 'Small group',
    facilitator: { name: 'Ana' },
    timeZone: 'UTC',
    meetings: [{ week: 1, date: '2026-01-05', time: '10:00' }],
  };
}

const ok = (input: unknown) => {
  const r = parseClassPack(input);
  if (!r.ok) throw new Error(`expected a valid pack, got: ${r.message}`);
  return r.pack;
};

describe('class pack: valid packs', () => {
  it('accepts a typical class and keeps every field', () => {
    const pack = ok(typicalPack());
    expect(pack).toEqual(typicalPack());
  });

  it('accepts a minimal pack and fills in the defaults', () => {
    const pack = ok(minimalPack());
    expect(pack.facilitator.contact).toBe('');
    expect(pack.minutes).toBe(90);
    expect(pack.venue).toBe('');
    expect(pack.agreements).toEqual([]);
    expect(pack.resources).toEqual([]);
    expect(pack.notes).toEqual([]);
  });

  it(`accepts ${MAX_MEETINGS} meetings, two of them for one week`, () => {
    const meetings = generateMeetings({ from: '2026-01-01', weekday: 4, time: '19:00', count: MAX_MEETINGS }).map((m, i) => ({ ...m, week: Math.min(8, Math.floor(i / 2) + 1) }));
    expect(ok({ ...typicalPack(), meetings }).meetings).toHaveLength(MAX_MEETINGS);
  });

  it('accepts a video link as the place, and every text at its limit', () => {
    const long = (n: number) => 'a'.repeat(n);
    const pack = ok({ ...typicalPack(), name: long(80), venue: 'https://meet.example.org/abc-defg-hij', agreements: Array.from({ length: 12 }, () => long(200)) });
    expect(pack.name).toHaveLength(80);
    expect(safeWebLink(pack.venue)).toBe('https://meet.example.org/abc-defg-hij');
  });

  it('drops fields it does not know (a pack from a slightly different editor still opens)', () => {
    const pack = ok({ ...typicalPack(), colour: 'blue', facilitator: { name: 'Sam', contact: '', pronouns: 'they' } });
    expect(pack).not.toHaveProperty('colour');
    expect(pack.facilitator).toEqual({ name: 'Sam', contact: '' });
  });

  it('keeps symbols that are not code as plain text, and strips invisible control and direction characters', () => {
    const pack = ok({
      ...typicalPack(),
      name: 'Tom & Jerry <3 group',
      venue: 'Room <2>, ages 5<10; online = fine',
      agreements: ['Be kind\u202E.txt', 'Listen\u0000 well', 'Say "no" if you like: <b>it is fine</b>', 'One person = one voice'],
      resources: [{ name: 'Data: help', offer: 'Phone us on: 0123', phone: '', site: 'example.org/help', address: '' }],
    });
    expect(pack.name).toBe('Tom & Jerry <3 group');
    expect(pack.venue).toBe('Room <2>, ages 5<10; online = fine');
    expect(pack.agreements).toEqual(['Be kind.txt', 'Listen well', 'Say "no" if you like: <b>it is fine</b>', 'One person = one voice']);
    expect(pack.resources[0]!.site).toBe('example.org/help');
  });

  it('tells code from ordinary words', () => {
    for (const code of ['<script>', '</script >', '<img src=x>', '<a href="x">', '<div onclick=go()>', 'x onerror = y', 'JAVASCRIPT:void(0)', 'data:image/svg+xml;base64,AA', '<iframe']) {
      expect(looksLikeCode(code), code).toBe(true);
    }
    for (const words of ['Tom & Jerry <3', 'I <3 this group', 'a < b and c > d', 'Scripture reading at 7', 'Meet online=yes', 'Data: we keep none', 'On Monday = rest day', '<Room 2>', 'java script']) {
      expect(looksLikeCode(words), words).toBe(false);
    }
  });

  it('keeps line breaks where text may have them and folds them elsewhere', () => {
    const pack = ok({ ...typicalPack(), name: 'Tuesday\ngroup', notes: [{ week: 2, text: 'Line one\r\nLine two' }] });
    expect(pack.name).toBe('Tuesday group');
    expect(pack.notes[0]!.text).toBe('Line one\nLine two');
  });
});

describe('class pack: invalid and hostile packs', () => {
  it('has at least 30 of them', () => expect(BAD_PACKS.length).toBeGreaterThanOrEqual(30));

  for (const { what, make, message } of BAD_PACKS) {
    it(`refuses ${what}, saying why`, () => {
      const result = parseClassPack(make());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(message);
        // A sentence a person can read: capitalised, ends with a full stop, no code words.
        expect(result.message).toMatch(/^[A-Z].*\.$/s);
        expect(result.message).not.toMatch(/Invalid|Expected|undefined|\[object/);
      }
    });
  }

  it('never lets a pack reach an object prototype', () => {
    const text = JSON.stringify(typicalPack()).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = readClassPackJson(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.pack)).toBe(Object.prototype);
      expect(Object.hasOwn(result.pack, '__proto__')).toBe(false);
      expect((result.pack as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('uses the newer-version message even when the rest of a future pack is unknown to us', () => {
    expect(parseClassPack({ app: CLASS_PACK_APP, version: 3, somethingNew: [] })).toEqual({ ok: false, message: NEWER_VERSION });
  });
});

describe('class pack: a class cannot pass for crisis help', () => {
  it('refuses the exact pack from issue #12, saying which resource and why, in words a person can read', () => {
    const result = parseClassPack({ ...typicalPack(), resources: [FAKE_LIFELINE] });
    expect(result).toEqual({
      ok: false,
      message:
        'The phone number for “988 Suicide & Crisis Lifeline (official)” has letters in it (1-8OO-273-8255), so it can’t be used. A letter O or I can look just like a 0 or a 1. A phone number can only have digits, spaces and the signs + ( ) - and . in it, so it calls exactly the number you see. If you made this class, please write the number with digits only.',
    });
  });

  it('refuses its website on its own, too: a name before an @ opens another site', () => {
    const result = parseClassPack({ ...typicalPack(), resources: [{ ...FAKE_LIFELINE, phone: '988' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('The website for “988 Suicide & Crisis Lifeline (official)” has a name or password before an @ sign (https://988lifeline.org@evil.example/). That can make one website look like another, so this class can’t be used. If you made it, use the website’s plain address, like https://example.org/help.');
    expect(new URL(FAKE_LIFELINE.site).hostname).toBe('evil.example');
  });

  it('never makes a link that dials or opens something other than what it shows', () => {
    expect(telLink(FAKE_LIFELINE.phone)).toBeUndefined();
    expect(safeWebLink(FAKE_LIFELINE.site)).toBeUndefined();
    expect(safeWebLink('https://evil.example\\@988lifeline.org')).toBeUndefined();
    expect(linkParts(`Online: ${FAKE_LIFELINE.site} tonight`)).toEqual([{ text: `Online: ${FAKE_LIFELINE.site} tonight` }]);
    expect(webAddressParts('https://medium.com/@group/notes')).toBe('ok');
    // Every number a pack accepts dials exactly its digits, in order.
    for (const phone of ['988', '1-800-273-8255', '+44 (0)20 7946 0000', '13 11 14', '116.123', '0800\u00a0111\u00a0222']) {
      const href = telLink(phone);
      expect(href, phone).toBe(`tel:${phone.replace(/[^\d+]/g, '')}`);
      expect(resourceProblem({ name: 'Line', phone, site: '' }), phone).toBeUndefined();
    }
  });

  it('tells the facilitator before sharing: the same words the member would get', () => {
    const draft = { ...newDraft('draft-spoof-1', 'Europe/London', '2026-03-01'), name: 'Group', facilitator: { name: 'Sam', contact: '' }, resources: [{ ...FAKE_LIFELINE }] };
    const made = packFromDraft(draft, Date.UTC(2026, 2, 1));
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message).toBe(resourceProblem(FAKE_LIFELINE));
  });
});

describe('class pack: links and files', () => {
  it('round-trips through a link: encode, then decode, gives the same pack', async () => {
    const code = await encodeClassPack(typicalPack());
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeClassPack(code)).toEqual({ ok: true, pack: typicalPack() });
    const link = classLink('https://alongside.example', code);
    expect(link).toBe(`https://alongside.example/join#pack=${code}`);
    expect(packCodeFromHash(new URL(link).hash)).toBe(code);
  });

  it('keeps a typical eight-meeting class link short enough for a message and a QR code', async () => {
    const link = classLink('https://alongside.example', await encodeClassPack(typicalPack()));
    expect(link.length).toBeLessThan(1200);
  });

  it('round-trips through a file', () => {
    expect(readClassPackJson(JSON.stringify(typicalPack()))).toEqual({ ok: true, pack: typicalPack() });
    expect(classFileName(typicalPack())).toBe('alongside-class-tuesday-family-group.json');
  });

  it('refuses to write a pack that would not be read back', async () => {
    await expect(encodeClassPack({ ...typicalPack(), name: '' })).rejects.toThrow(/class name is missing/);
  });

  for (const { what, code, message } of BAD_LINKS) {
    it(`refuses ${what}`, async () => {
      const result = await decodeClassPack(await code());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    });
  }

  it('refuses a file over 64 KB before reading it as JSON', () => {
    expect(readClassPackJson(JSON.stringify({ ...typicalPack(), padding: 'é'.repeat(40_000) }))).toEqual({ ok: false, message: TOO_LARGE });
    expect(readClassPackJson('{"app": "alongside-class", ')).toMatchObject({ ok: false, message: expect.stringMatching(/could not be read/) });
  });
});

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
    const changes = describeClassChanges(old, next, 'en-GB');
    expect(changes).toEqual(['The meeting for week 3 moved from Tuesday 24 March at 18:30 to Thursday 26 March at 18:30.']);
    expect(describeClassChanges(old, structuredClone(old))).toEqual([]);
  });

  it('starts a new draft with the default agreements and a meeting per week, and revives a damaged one', () => {
    const draft = newDraft('draft-0001', 'Europe/Paris', '2026-05-01');
    expect(draft.agreements).toEqual(DEFAULT_AGREEMENTS);
    expect(draft.meetings).toHaveLength(9);
    expect(packFromDraft(draft, 0)).toEqual({ ok: false, message: 'The class name is missing.' });
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
