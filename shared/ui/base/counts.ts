/**
 * Numbers and counted words in the interface's language, for components. The language and
 * the `Intl` rules live in `shared/content/locale.ts`, below every layer, so the words files
 * in content count the same way; this module keeps the interface's import path.
 */
export { UI_LOCALE, counted, formatCount, wordFor, type WordForms } from '../../content/locale.ts';
