/**
 * The interface's language, and numbers and counted words in it, through `Intl`: the plural
 * form comes from `Intl.PluralRules` (English has two forms; Spanish and others have their
 * own rules), and the number from `Intl.NumberFormat` ("10,000"). The one place that names
 * the language: the words files in `shared/content` and the interface's components both
 * count through here, so the Spanish edition changes the language here and not in
 * every sentence. It sits in content, below domain, data and ui, and imports nothing.
 */

/**
 * The interface's locale: British English, as the words are written ("favourite"), which
 * also gives dates as people here say them ("30 November"). English until the person can
 * choose another language.
 */
export const UI_LOCALE = 'en-GB';

const plurals = new Intl.PluralRules(UI_LOCALE);
const numbers = new Intl.NumberFormat(UI_LOCALE);
const plainNumbers = new Intl.NumberFormat(UI_LOCALE, { useGrouping: false });

/** A word's forms by plural category; `other` is required, the rest fall back to it. */
export type WordForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A number as the reader writes numbers: "10,000"; `{ grouping: false }` for a limit said in a sentence ("1000 characters"). */
export function formatCount(n: number, options: { grouping?: boolean } = {}): string {
  return (options.grouping === false ? plainNumbers : numbers).format(n);
}

/** The word form for this number, without the number: `wordFor(1, { one: 'item has', other: 'items have' })`. */
export function wordFor(n: number, forms: WordForms): string {
  return forms[plurals.select(n)] ?? forms.other;
}

/** The number and its word: `counted(3, { one: 'week', other: 'weeks' })` → "3 weeks". */
export function counted(n: number, forms: WordForms, options: { grouping?: boolean } = {}): string {
  return `${formatCount(n, options)} ${wordFor(n, forms)}`;
}

/** A calendar day as the reader says it, in the interface's locale (`day` is read in UTC). */
export function formatDay(day: Date, options: Intl.DateTimeFormatOptions): string {
  return day.toLocaleDateString(UI_LOCALE, options);
}
