import { describe, expect, it } from 'vitest';
import { CRISIS_HELP, HELP_KINDS, countryHelp, findLocalLine, kindsInOrder, linesOfKind } from '../../../shared/content/crisis-lines.ts';
import { EMERGENCY_NUMBERS, SOMEWHERE_ELSE, guessCountry } from '../../../shared/content/crisis/emergency-numbers.ts';
import { RIGHT_NOW_CARDS } from '../../../shared/content/right-now.ts';
import { readingGrade } from '../../support/readability.ts';

const TODAY = new Date();

/** Every source and check date in the data: each line's, and each country's emergency number's. */
const CHECKS = CRISIS_HELP.flatMap((c) => [
  { what: `${c.country}: emergency ${c.emergency}`, source: c.emergencySource, checkedOn: c.emergencyCheckedOn },
  ...c.lines.map((l) => ({ what: `${c.country}: ${l.name}`, source: l.source, checkedOn: l.checkedOn })),
]);

const CONTACTS = CRISIS_HELP.flatMap((c) => c.lines.flatMap((l) => l.contacts.map((contact) => ({ where: `${c.country}: ${l.name}`, ...contact }))));

function isRealPastDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Rolls over for a day that doesn't exist (2026-02-30), so the parts must come back unchanged.
  return date.toISOString().slice(0, 10) === text && date.getTime() <= TODAY.getTime();
}

describe('crisis lines: every number is checked and dials what it says', () => {
  it('gives every line and every emergency number an https source with no user name in it', () => {
    const bad = CHECKS.filter(({ source }) => {
      try {
        const url = new URL(source);
        return url.protocol !== 'https:' || url.username !== '' || url.password !== '' || !url.hostname.includes('.');
      } catch {
        return true;
      }
    });
    expect(bad.map((b) => `${b.what}: ${b.source}`)).toEqual([]);
  });

  it('gives every line and every emergency number a real check date, not in the future', () => {
    expect(CHECKS.filter((c) => !isRealPastDate(c.checkedOn)).map((c) => `${c.what}: ${c.checkedOn}`)).toEqual([]);
  });

  it('leaves nothing unfinished in the data', () => {
    expect(JSON.stringify(CRISIS_HELP)).not.toMatch(/TODO/i);
  });

  it('dials exactly the digits each label shows', () => {
    const wrong = CONTACTS.filter(({ label, href }) => {
      // A star stays where the number has one (Chile's *4141), and only at the start.
      const tel = /^tel:(\*?\d+)$/.exec(href);
      const sms = /^sms:(\d+)(?:\?body=([A-Z]+))?$/.exec(href);
      const digits = label.replace(/[^\d*]/g, '');
      if (tel) return /^Call /.test(label) === false || tel[1] !== digits;
      if (sms) return /^Text /.test(label) === false || sms[1] !== digits || (sms[2] !== undefined && !label.includes(`Text ${sms[2]} to `));
      return true;
    });
    expect(wrong.map((w) => `${w.where}: "${w.label}" → ${w.href}`)).toEqual([]);
  });

  it('calls each emergency number it names', () => {
    const wrong = CRISIS_HELP.filter((c) => {
      const digits = /^tel:(\d+)$/.exec(c.emergencyHref)?.[1];
      return !digits || !c.emergency.split(/\s+or\s+/).includes(digits);
    });
    expect(wrong.map((c) => `${c.country}: ${c.emergency} → ${c.emergencyHref}`)).toEqual([]);
  });

  it('holds an emergency number for exactly the countries it lists help for, and each country’s help calls it', () => {
    expect(Object.keys(EMERGENCY_NUMBERS).sort()).toEqual(CRISIS_HELP.map((c) => c.code).sort());
    for (const c of CRISIS_HELP) expect(c, c.country).toMatchObject(EMERGENCY_NUMBERS[c.code as keyof typeof EMERGENCY_NUMBERS]);
  });

  it('links only to https websites', () => {
    const sites = CRISIS_HELP.flatMap((c) => c.lines.flatMap((l) => (l.website ? [l.website] : [])));
    expect(sites.filter((s) => new URL(s).protocol !== 'https:' || new URL(s).username !== '')).toEqual([]);
  });

  it('has a suicide and crisis line for every listed country', () => {
    expect(CRISIS_HELP.filter((c) => linesOfKind(c, ['crisis']).length === 0).map((c) => c.country)).toEqual([]);
  });

  it('covers the six countries the issue names, and Spain, Mexico, Argentina, Colombia and Chile, once each', () => {
    const codes = CRISIS_HELP.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'MX', 'AR', 'CO', 'CL']));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names each line of a country once, since the Spanish texts are keyed by name', () => {
    const repeated = CRISIS_HELP.flatMap((c) => c.lines.map((l) => `${c.code}: ${l.name}`)).filter((n, i, all) => all.indexOf(n) !== i);
    expect(repeated).toEqual([]);
  });

  it('gives Argentina, Colombia and Chile their emergency numbers and national lines', () => {
    const hrefs = (code: string) => countryHelp(code)!.lines.flatMap((l) => l.contacts.map((c) => `${l.kind} ${c.href}`));
    expect(countryHelp('AR')).toMatchObject({ emergency: '911', emergencyHref: 'tel:911' });
    expect(hrefs('AR')).toEqual(['crisis tel:08009990091', 'violence tel:144', 'substance tel:141']);
    expect(countryHelp('CO')).toMatchObject({ emergency: '123', emergencyHref: 'tel:123' });
    expect(hrefs('CO')).toEqual(['crisis tel:106', 'violence tel:155']);
    expect(countryHelp('CL')).toMatchObject({ emergency: '131 or 133', emergencyHref: 'tel:131' });
    expect(hrefs('CL')).toEqual(['crisis tel:*4141', 'violence tel:1455', 'substance tel:1412', 'poison tel:226353800']);
    // Chile's 1455 is not open all day: the hours must say so.
    expect(countryHelp('CL')!.lines.find((l) => l.kind === 'violence')!.hours).toMatch(/Monday to Friday/);
  });

  it('tells Spanish speakers in the United States how to reach each line in Spanish', () => {
    const us = countryHelp('US')!;
    const byKind = (kind: string) => us.lines.find((l) => l.kind === kind)!;
    expect(byKind('crisis').contacts).toContainEqual({ label: 'Text AYUDA to 988', href: 'sms:988?body=AYUDA' });
    expect(byKind('crisis').detail).toMatch(/press 2/);
    expect(byKind('violence').detail).toMatch(/espanol\.thehotline\.org/);
    expect(byKind('substance').detail).toMatch(/Spanish/);
    expect(byKind('poison').detail).toMatch(/Spanish/);
  });

  it('gives the United States a tap to call 988, the domestic violence hotline and SAMHSA, and a text for each that offers one', () => {
    const us = countryHelp('US')!;
    const byName = (name: string) => us.lines.find((l) => l.name === name)!;
    expect(byName('988 Suicide & Crisis Lifeline').contacts).toEqual(expect.arrayContaining([{ label: 'Call 988', href: 'tel:988' }, { label: 'Text 988', href: 'sms:988' }]));
    expect(byName('National Domestic Violence Hotline').kind).toBe('violence');
    expect(byName('National Domestic Violence Hotline').contacts).toEqual([
      { label: 'Call 1-800-799-7233', href: 'tel:18007997233' },
      { label: 'Text START to 88788', href: 'sms:88788?body=START' },
    ]);
    expect(byName('SAMHSA National Helpline')).toMatchObject({ kind: 'substance', contacts: [{ href: 'tel:18006624357' }] });
    expect(byName('Poison Control')).toMatchObject({ kind: 'poison', contacts: [{ href: 'tel:18002221222' }] });
  });

  it('says how to find a local line for every kind a country lists none of', () => {
    for (const help of CRISIS_HELP) {
      for (const kind of HELP_KINDS) {
        if (linesOfKind(help, [kind]).length === 0) expect(findLocalLine(help, kind), `${help.country}, ${kind}`).toMatch(/\w{3,}/);
      }
    }
    expect(findLocalLine(countryHelp('CA')!, 'violence')).toContain('sheltersafe.ca');
  });
});

describe('choosing the country', () => {
  it('keeps a saved choice, and never guesses over "Somewhere else"', () => {
    expect(guessCountry('AU', ['en-US'])).toBe('AU');
    expect(guessCountry(SOMEWHERE_ELSE, ['en-US'])).toBeUndefined();
  });

  it("guesses from the browser's region, not its language", () => {
    expect(guessCountry(undefined, ['en-GB', 'en'])).toBe('GB');
    expect(guessCountry(undefined, ['es-MX'])).toBe('MX');
    expect(guessCountry(undefined, ['es-ES'])).toBe('ES');
    // Spanish with no region is spoken in many countries: a wrong country's numbers are worse than asking.
    expect(guessCountry(undefined, ['es'])).toBeUndefined();
    expect(guessCountry(undefined, ['es-419'])).toBeUndefined();
    expect(guessCountry('', ['fr-FR'])).toBeUndefined();
  });

  it('puts the lines a page was opened for first', () => {
    expect(kindsInOrder('violence')).toEqual(['violence', 'crisis', 'substance', 'poison']);
    expect(kindsInOrder()).toEqual([...HELP_KINDS]);
  });
});

describe('"what to do now" cards', () => {
  it('covers suicide, a mental health crisis, overdose, withdrawal and violence', () => {
    expect(RIGHT_NOW_CARDS.map((c) => c.id)).toEqual(['suicide', 'mental-health-crisis', 'overdose', 'withdrawal', 'violence']);
  });

  it('reads at grade 8 or lower, card by card', () => {
    for (const card of RIGHT_NOW_CARDS) {
      const grade = readingGrade([card.title + '.', ...card.steps].join(' '));
      expect(grade, card.id).toBeLessThanOrEqual(8);
    }
  });

  it('names the facts that save lives', () => {
    const text = (id: string) => RIGHT_NOW_CARDS.find((c) => c.id === id)!.steps.join(' ');
    expect(text('suicide')).toMatch(/Are you thinking about suicide\?/);
    expect(text('suicide')).toMatch(/guns, pills and medicines/);
    expect(text('suicide')).toMatch(/Stay with them/);
    expect(text('mental-health-crisis')).toMatch(/mobile crisis team/);
    expect(text('mental-health-crisis')).toMatch(/officers trained in crisis/);
    expect(text('overdose')).toMatch(/naloxone/);
    expect(text('overdose')).toMatch(/recovery position/);
    expect(text('withdrawal')).toMatch(/dangerous/);
    expect(text('violence')).toMatch(/safe first/);
    expect(RIGHT_NOW_CARDS.find((c) => c.id === 'violence')!.next?.href).toBe('/safety-plan');
  });
});
