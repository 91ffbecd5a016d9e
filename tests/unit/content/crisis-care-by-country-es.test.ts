import { describe, expect, it } from 'vitest';
import { CRISIS_CARE } from '../../../shared/content/crisis-care-by-country.ts';
import { CARE_WORDS_ES, careWordsIn, crisisCareIn } from '../../../shared/content/crisis-care-by-country-es.ts';

/** The numbers a text holds (phone numbers, hours, days, years, articles), in order. */
const numbersIn = (text: string) => text.match(/\d+/g) ?? [];

describe('crisis care by country, in Spanish', () => {
  it('has the words of every note, point and link, and no country or part left over', () => {
    expect(Object.keys(CARE_WORDS_ES).sort()).toEqual(CRISIS_CARE.map((c) => c.code).sort());
    for (const care of CRISIS_CARE) {
      const words = CARE_WORDS_ES[care.code]!;
      expect(words.length, care.code).toBe(care.notes.length);
      care.notes.forEach((note, n) => {
        expect(words[n]!.points.length, `${care.code} note ${n}`).toBe(note.points.length);
        expect(words[n]!.links.length, `${care.code} note ${n} links`).toBe(note.links.length);
        expect(words[n]!.region === undefined, `${care.code} note ${n} region`).toBe(note.region === undefined);
      });
    }
  });

  it('says the same numbers as the English, point by point: a phone number, an hour or a year never changes in translation', () => {
    for (const care of CRISIS_CARE) {
      care.notes.forEach((note, n) => {
        note.points.forEach((point, i) => expect(numbersIn(CARE_WORDS_ES[care.code]![n]!.points[i]!), `${care.code} ${n}.${i}`).toEqual(numbersIn(point.text)));
      });
    }
  });

  it('keeps the English links, sources and check dates, with Spanish words', () => {
    const mexico = crisisCareIn('MX', 'es')!;
    expect(mexico.notes[0]!.points[0]!.text).toMatch(/^En 2022, México cambió/);
    expect(mexico.notes[0]!.sources).toEqual(CRISIS_CARE.find((c) => c.code === 'MX')!.notes[0]!.sources);
    const uk = crisisCareIn('GB', 'es')!;
    expect(uk.notes.map((n) => n.region)).toEqual(['Inglaterra y Gales', 'Escocia']);
    expect(uk.notes[0]!.links.map((l) => l.href)).toEqual(CRISIS_CARE.find((c) => c.code === 'GB')!.notes[0]!.links.map((l) => l.href));
    expect(crisisCareIn('GB', 'en')).toBe(CRISIS_CARE.find((c) => c.code === 'GB'));
    expect(crisisCareIn('XX', 'es')).toBeUndefined();
    expect(careWordsIn('es').caveat).toMatch(/no un consejo legal/);
    expect(careWordsIn('en').caveat).toMatch(/not legal advice/);
  });
});
