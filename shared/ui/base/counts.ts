/**
 * Numbers and counted words in the interface's language, through `Intl`: the plural form
 * comes from `Intl.PluralRules` (English has two forms, Spanish and others have their own
 * rules), and the number from `Intl.NumberFormat` ("10,000"). One place holds the language,
 * so the Spanish edition changes it here and not in every sentence.
 */

/** The interface's language: English until the person can choose another. */
export const UI_LOCALE = 'en';

const plurals = new Intl.PluralRules(UI_LOCALE);
const numbers = new Intl.NumberFormat(UI_LOCALE);

/** A word's forms by plural category; `other` is required, the rest fall back to it. */
export type WordForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A number as the reader writes numbers: "10,000". */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** The word form for this number, without the number: `wordFor(1, { one: 'item has', other: 'items have' })`. */
export function wordFor(n: number, forms: WordForms): string {
  return forms[plurals.select(n)] ?? forms.other;
}

/** The number and its word: `counted(3, { one: 'week', other: 'weeks' })` → "3 weeks". */
export function counted(n: number, forms: WordForms): string {
  return `${formatCount(n)} ${wordFor(n, forms)}`;
}
