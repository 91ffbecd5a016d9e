import { describe, expect, it } from 'vitest';
import { counted, formatCount, languageFromBrowser, wordFor } from '../../../shared/content/locale.ts';

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
