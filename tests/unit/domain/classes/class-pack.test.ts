import { describe, expect, it } from 'vitest';
import { CLASS_PACK_APP, MAX_MEETINGS, packFromDraft, parseClassPack } from '../../../../shared/domain/classes/class-pack.ts';
import { looksLikeCode } from '../../../../shared/domain/classes/class-pack-text.ts';
import { PackProblemError } from '../../../../shared/domain/classes/pack-problems.ts';
import { packProblemText } from '../../../../shared/content/classes/pack-problems-en.ts';
import { newDraft } from '../../../../shared/domain/classes/class-draft.ts';
import { linkParts, safeWebLink, telLink, webAddressParts } from '../../../../shared/domain/classes/class-links.ts';
import { generateMeetings } from '../../../../shared/domain/classes/class-meetings.ts';
import { TOO_LARGE, classFileName, classLink, decodeClassPack, encodeClassPack, packCodeFromHash, readClassPackJson } from '../../../../shared/domain/classes/class-pack-codec.ts';
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
  if (!r.ok) throw new Error(`expected a valid pack, got: ${packProblemText(r.problem)}`);
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
        const words = packProblemText(result.problem);
        expect(words).toMatch(message);
        // A sentence a person can read: capitalised, ends with a full stop, no code words.
        expect(words).toMatch(/^[A-Z].*\.$/s);
        expect(words).not.toMatch(/Invalid|Expected|undefined|\[object/);
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
    expect(parseClassPack({ app: CLASS_PACK_APP, version: 3, somethingNew: [] })).toEqual({ ok: false, problem: { kind: 'newer-version' } });
  });
});

describe('class pack: a class cannot pass for crisis help', () => {
  it('refuses the exact pack from issue #12, saying which resource and why, in words a person can read', () => {
    const result = parseClassPack({ ...typicalPack(), resources: [FAKE_LIFELINE] });
    expect(result).toEqual({ ok: false, problem: { kind: 'phone-letters', name: FAKE_LIFELINE.name, phone: FAKE_LIFELINE.phone, lookAlike: true } });
    expect(!result.ok && packProblemText(result.problem)).toBe(
      'The phone number for “988 Suicide & Crisis Lifeline (official)” has letters in it (1-8OO-273-8255), so it can’t be used. A letter O or I can look just like a 0 or a 1. A phone number can only have digits, spaces and the signs + ( ) - and . in it, so it calls exactly the number you see. If you made this class, please write the number with digits only.',
    );
  });

  it('refuses its website on its own, too: a name before an @ opens another site', () => {
    const result = parseClassPack({ ...typicalPack(), resources: [{ ...FAKE_LIFELINE, phone: '988' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(packProblemText(result.problem)).toBe('The website for “988 Suicide & Crisis Lifeline (official)” has a name or password before an @ sign (https://988lifeline.org@evil.example/). That can make one website look like another, so this class can’t be used. If you made it, use the website’s plain address, like https://example.org/help.');
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
    if (!made.ok) expect(made.problem).toEqual(resourceProblem(FAKE_LIFELINE));
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
    await expect(encodeClassPack({ ...typicalPack(), name: '' })).rejects.toThrow(PackProblemError);
    await expect(encodeClassPack({ ...typicalPack(), name: '' })).rejects.toMatchObject({ problem: { kind: 'empty', field: 'name' } });
  });

  for (const { what, code, message } of BAD_LINKS) {
    it(`refuses ${what}`, async () => {
      const result = await decodeClassPack(await code());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(packProblemText(result.problem)).toMatch(message);
    });
  }

  it('refuses a file over 64 KB before reading it as JSON', () => {
    expect(readClassPackJson(JSON.stringify({ ...typicalPack(), padding: 'é'.repeat(40_000) }))).toEqual({ ok: false, problem: TOO_LARGE });
    expect(readClassPackJson('{"app": "alongside-class", ')).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });
});
