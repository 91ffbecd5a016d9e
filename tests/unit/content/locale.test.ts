import { afterEach, describe, expect, it } from 'vitest';
import { counted, formatCount, LANGUAGES, languageFromBrowser, uiLocale, useLanguage, wordFor } from '../../../shared/content/locale.ts';

describe('counted words', () => {
  it('picks the plural form by the language rules, and writes the number as the reader does', () => {
    expect(counted(1, { one: 'week', other: 'weeks' })).toBe('1 week');
    expect(counted(0, { one: 'week', other: 'weeks' })).toBe('0 weeks');
    expect(counted(10_000, { one: 'entry', other: 'entries' })).toBe('10,000 entries');
    expect(formatCount(50_000)).toBe('50,000');
  });

  it('falls back to the "other" form for a category the forms leave out', () => {
    expect(wordFor(1, { other: 'items' })).toBe('items');
    expect(wordFor(2, { one: 'it stays', other: 'they stay' })).toBe('they stay');
  });
});

describe('the language of a first visit', () => {
  it('follows the browser’s first language Alongside offers, any Spanish region counting as Spanish', () => {
    expect(languageFromBrowser(['es-MX', 'en-US'], ['en', 'es'])).toBe('es');
    expect(languageFromBrowser(['es-419'], ['en', 'es'])).toBe('es');
    expect(languageFromBrowser(['fr-FR', 'es'], ['en', 'es'])).toBe('es');
    expect(languageFromBrowser(['fr-FR', 'de'], ['en', 'es'])).toBe('en');
    expect(languageFromBrowser([], ['en', 'es'])).toBe('en');
  });

  it('stays in English while Spanish is not yet offered', () => {
    expect(languageFromBrowser(['es-MX'], ['en'])).toBe('en');
  });
});

describe('numbers and plurals without loading Intl for small counts', () => {
  // formatCount and wordFor skip Intl for whole numbers a screen usually shows (loading it cost
  // up to 290 ms on a cold page): what they say must be exactly what Intl would say.
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } = { one: 'one', many: 'many', other: 'other' };
  afterEach(() => useLanguage('en'));

  it.each(LANGUAGES)('says every count as Intl does, in %s', (language) => {
    useLanguage(language);
    const numbers = new Intl.NumberFormat(uiLocale());
    const plain = new Intl.NumberFormat(uiLocale(), { useGrouping: false });
    const plurals = new Intl.PluralRules(uiLocale());
    const samples = [...Array.from({ length: 2100 }, (_, i) => i), 9_999, 10_000, 999_999, 1_000_000, 2_000_000, 1.5, 0.5, -1, -0];
    for (const n of samples) {
      expect(formatCount(n)).toBe(numbers.format(n));
      expect(formatCount(n, { grouping: false })).toBe(plain.format(n));
      expect(wordFor(n, forms), `${n}`).toBe(forms[plurals.select(n)] ?? forms.other);
    }
  });
});
