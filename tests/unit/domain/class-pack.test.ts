import { describe, expect, it } from 'vitest';
import {
  CLASS_PACK_APP,
  CLASS_PACK_MAX_BYTES,
  CLASS_PACK_VERSION,
  DEFAULT_AGREEMENTS,
  MAX_MEETINGS,
  NEWER_VERSION,
  NOT_A_PACK,
  classOpensAt,
  describeClassChanges,
  generateMeetings,
  meetingStart,
  newDraft,
  nextMeeting,
  packFromDraft,
  parseClassPack,
  reviveDraft,
  safeWebLink,
  telLink,
  type ClassPack,
} from '../../../shared/domain/class-pack.ts';
import { DAMAGED_LINK, TOO_LARGE, classFileName, classLink, decodeClassPack, encodeClassPack, packCodeFromHash, readClassPackJson } from '../../../shared/domain/class-pack-codec.ts';
import { calendarFileName, classCalendar, escapeIcsText, foldIcsLine, icsUtc } from '../../../shared/domain/class-calendar.ts';
import { wallClock, zonedToEpoch } from '../../../shared/domain/zoned-time.ts';

/** A typical class: eight Tuesday evenings in London, spanning the clocks going forward. */
function typicalPack(): ClassPack {
  return {
    app: CLASS_PACK_APP,
    version: CLASS_PACK_VERSION,
    id: 'c1a55-0000-4000-8000-tuesday',
    updatedAt: Date.UTC(2026, 1, 20),
    name: 'Tuesday family group',
    facilitator: { name: 'Sam', contact: 'sam@example.org' },
    timeZone: 'Europe/London',
    minutes: 90,
    meetings: generateMeetings({ from: '2026-03-10', weekday: 2, time: '18:30' }),
    venue: 'Riverside Community Centre, Room 2\n12 High Street',
    agreements: [...DEFAULT_AGREEMENTS],
    resources: [
      { name: 'Family support line', offer: 'A trained volunteer to talk to, weekdays 9 to 5.', phone: '0123 456 789', site: 'https://example.org/support', address: '' },
      { name: 'Peer support café', offer: 'Tea and a chat on Thursdays.', phone: '', site: '', address: '4 Mill Lane' },
    ],
    notes: [{ week: 1, text: 'Tea from 6:15. Bring a notebook if you like.' }],
  };
}

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

const mutate = (change: (p: Record<string, unknown> & ClassPack) => void): unknown => {
  const p = structuredClone(typicalPack()) as Record<string, unknown> & ClassPack;
  change(p);
  return p;
};

async function codeFor(json: string | Uint8Array): Promise<string> {
  const bytes = typeof json === 'string' ? new TextEncoder().encode(json) : json;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of out) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

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

  it('keeps a script in a text field as inert text, and strips invisible control and direction characters', () => {
    const pack = ok({ ...typicalPack(), name: '<script>alert(1)</script>', venue: '<img src=x onerror=alert(1)>', agreements: ['Be kind\u202E.txt', 'Listen\u0000 well'] });
    expect(pack.name).toBe('<script>alert(1)</script>');
    expect(pack.venue).toBe('<img src=x onerror=alert(1)>');
    expect(pack.agreements).toEqual(['Be kind.txt', 'Listen well']);
  });

  it('keeps line breaks where text may have them and folds them elsewhere', () => {
    const pack = ok({ ...typicalPack(), name: 'Tuesday\ngroup', notes: [{ week: 2, text: 'Line one\r\nLine two' }] });
    expect(pack.name).toBe('Tuesday group');
    expect(pack.notes[0]!.text).toBe('Line one\nLine two');
  });
});

/** Hostile and broken packs, each with the readable message it must get. */
const BAD: readonly [string, () => unknown, RegExp][] = [
  ['null', () => null, /not an Alongside class/],
  ['a number', () => 42, /not an Alongside class/],
  ['a string', () => 'class', /not an Alongside class/],
  ['an array', () => [typicalPack()], /not an Alongside class/],
  ['no app marker', () => mutate((p) => delete (p as Partial<ClassPack>).app), /not an Alongside class/],
  ['another app’s marker', () => mutate((p) => ((p as Record<string, unknown>).app = 'other-app')), /not an Alongside class/],
  ['no version', () => mutate((p) => delete (p as Partial<ClassPack>).version), /no version we can read/],
  ['version as text', () => mutate((p) => ((p as Record<string, unknown>).version = '1')), /no version we can read/],
  ['version 0', () => mutate((p) => ((p as Record<string, unknown>).version = 0)), /no version we can read/],
  ['a future version', () => mutate((p) => ((p as Record<string, unknown>).version = 2)), /newer version of Alongside/],
  ['a far-future version', () => mutate((p) => ((p as Record<string, unknown>).version = 99)), /newer version of Alongside/],
  ['no name', () => mutate((p) => delete (p as Partial<ClassPack>).name), /class name is missing/],
  ['a meeting with no date', () => mutate((p) => delete (p.meetings[3] as Partial<ClassPack['meetings'][number]>).date), /meeting has no date/],
  ['an empty name', () => mutate((p) => (p.name = '   ')), /class name is missing/],
  ['a name that is a number', () => mutate((p) => ((p as Record<string, unknown>).name = 7)), /class name must be text/],
  ['a huge name', () => mutate((p) => (p.name = 'x'.repeat(100_000))), /class name is too long/],
  ['no facilitator', () => mutate((p) => delete (p as Partial<ClassPack>).facilitator), /needs a facilitator/],
  ['a facilitator with no name', () => mutate((p) => (p.facilitator = { name: '', contact: '' })), /facilitator’s name is missing/],
  ['a bad class id', () => mutate((p) => (p.id = '../../etc')), /class id is not valid/],
  ['an unknown time zone', () => mutate((p) => (p.timeZone = 'Mars/Olympus_Mons')), /time zone is not one we know/],
  ['a time zone that is an object', () => mutate((p) => ((p as Record<string, unknown>).timeZone = { zone: 'UTC' })), /time zone must be text/],
  ['no meetings', () => mutate((p) => (p.meetings = [])), /has no meetings/],
  ['meetings that are not a list', () => mutate((p) => ((p as Record<string, unknown>).meetings = { 0: p.meetings[0] })), /needs a list of meetings/],
  ['too many meetings', () => mutate((p) => (p.meetings = generateMeetings({ from: '2026-01-01', weekday: 1, time: '10:00', count: 16 }).concat([{ week: 8, date: '2026-12-01', time: '10:00' }]))), /16 meetings at most/],
  ['a meeting for week 9', () => mutate((p) => (p.meetings[7]!.week = 9)), /week from 1 to 8/],
  ['a meeting for week 2.5', () => mutate((p) => (p.meetings[1]!.week = 2.5)), /whole week number/],
  ['a meeting on 30 February', () => mutate((p) => (p.meetings[0]!.date = '2026-02-30')), /not a real date/],
  ['a meeting date in another format', () => mutate((p) => (p.meetings[0]!.date = '10/03/2026')), /not a real date/],
  ['a meeting in the year 3000', () => mutate((p) => (p.meetings[7]!.date = '3000-01-01')), /out of range/],
  ['a meeting at 25:00', () => mutate((p) => (p.meetings[0]!.time = '25:00')), /not a time of day/],
  ['meetings out of date order', () => mutate((p) => ([p.meetings[2], p.meetings[3]] = [p.meetings[3]!, p.meetings[2]!])), /Meeting 3 is not after meeting 2|Meeting 4 is not after meeting 3/],
  ['two meetings at the same time', () => mutate((p) => (p.meetings[1] = { ...p.meetings[0]!, week: 2 })), /Meeting 2 is not after meeting 1/],
  ['weeks going backwards', () => mutate((p) => (p.meetings[4]!.week = 2)), /covers week 2, which comes before/],
  ['a meeting length of 0', () => mutate((p) => (p.minutes = 0)), /at least 15 minutes/],
  ['too many agreements', () => mutate((p) => (p.agreements = Array.from({ length: 13 }, (_, i) => `Agreement ${i}`))), /12 group agreements at most/],
  ['an empty agreement', () => mutate((p) => (p.agreements = ['Be kind', ''])), /group agreement is missing/],
  ['an agreement that is an object', () => mutate((p) => ((p as Record<string, unknown>).agreements = [{ text: 'hi' }])), /group agreement must be text/],
  ['a resource with no name', () => mutate((p) => (p.resources[0]!.name = '')), /resource’s name is missing/],
  ['too many resources', () => mutate((p) => (p.resources = Array.from({ length: 21 }, (_, i) => ({ name: `R${i}`, offer: '', phone: '', site: '', address: '' })))), /20 local resources at most/],
  ['a huge week note', () => mutate((p) => (p.notes = [{ week: 1, text: 'n'.repeat(1001) }])), /week note is too long/],
  ['two notes for one week', () => mutate((p) => (p.notes = [{ week: 1, text: 'a' }, { week: 1, text: 'b' }])), /one note per week/],
  ['a negative pack date', () => mutate((p) => (p.updatedAt = -5)), /date of the pack is not valid/],
  ['required fields hidden behind __proto__', () => JSON.parse(`{"__proto__": ${JSON.stringify(typicalPack())}}`), /not an Alongside class/],
];

describe('class pack: invalid and hostile packs', () => {
  it('has at least 30 of them', () => expect(BAD.length).toBeGreaterThanOrEqual(30));

  for (const [what, make, message] of BAD) {
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

  const LINKS: readonly [string, () => Promise<string> | string, string | RegExp][] = [
    ['an empty link', () => '', DAMAGED_LINK],
    ['text that is not base64url', () => 'this is not!base64', DAMAGED_LINK],
    ['base64 of a wrong length', () => 'abcde', DAMAGED_LINK],
    ['bytes that are not compressed', async () => btoa('{"app":"alongside-class"}').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'), DAMAGED_LINK],
    ['a link cut short', async () => (await encodeClassPack(typicalPack())).slice(0, 200), DAMAGED_LINK],
    ['compressed text that is not JSON', () => codeFor('hello, this is not json'), /could not be read/],
    ['compressed bytes that are not UTF-8', () => codeFor(new Uint8Array([0xff, 0xfe, 0xfd, 0x00])), DAMAGED_LINK],
    ['compressed JSON of another app', () => codeFor(JSON.stringify({ app: 'other', version: 1 })), NOT_A_PACK],
    ['compressed JSON of a future version', () => codeFor(JSON.stringify({ ...typicalPack(), version: 2 })), NEWER_VERSION],
    ['a pack over 64 KB once opened', () => codeFor(JSON.stringify({ ...typicalPack(), padding: 'x'.repeat(CLASS_PACK_MAX_BYTES) })), TOO_LARGE],
    ['a zip bomb (5 MB of spaces)', () => codeFor(' '.repeat(5 * 1024 * 1024)), TOO_LARGE],
    ['a link longer than any real pack', () => 'A'.repeat(200_000), TOO_LARGE],
  ];

  for (const [what, make, message] of LINKS) {
    it(`refuses ${what}`, async () => {
      const result = await decodeClassPack(await make());
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
  it('makes 8 weekly meetings from a date, on a weekday, at a time', () => {
    // 4 March 2026 is a Wednesday; the first Tuesday on or after it is 10 March.
    const meetings = generateMeetings({ from: '2026-03-04', weekday: 2, time: '18:30' });
    expect(meetings).toHaveLength(8);
    expect(meetings.map((m) => m.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(meetings.map((m) => m.date)).toEqual(['2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28']);
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
      3: Date.UTC(2026, 2, 23, 13),
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

  it('starts a new draft with the default agreements and eight meetings, and revives a damaged one', () => {
    const draft = newDraft('draft-0001', 'Europe/Paris', '2026-05-01');
    expect(draft.agreements).toEqual(DEFAULT_AGREEMENTS);
    expect(draft.meetings).toHaveLength(8);
    expect(packFromDraft(draft, 0)).toEqual({ ok: false, message: 'The class name is missing.' });
    expect(reviveDraft({ name: 'Mine', meetings: 'nope', timeZone: 'Nowhere/Here' }, draft)).toEqual({ ...draft, name: 'Mine' });
    expect(reviveDraft('garbage', draft)).toBe(draft);
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
  const titles = (w: number) => ['Hope, and the recovery model', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'][w - 1]!;
  const now = Date.UTC(2026, 2, 1, 12);

  it('writes one VEVENT per meeting, in UTC, with CRLF line endings', () => {
    const ics = classCalendar(typicalPack(), { now, weekTitle: titles });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
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

  it('can hold only the next meeting', () => {
    const ics = classCalendar(typicalPack(), { now, weekTitle: titles, only: [4] });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('SUMMARY:Tuesday family group: week 5');
    expect(calendarFileName(typicalPack())).toBe('tuesday-family-group-meetings.ics');
  });
});
