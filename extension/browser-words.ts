/**
 * The few words the browser itself shows for Alongside: its name and description in the
 * extension list, and the reminders' notifications. They live in `extension/public/_locales/`
 * (`chrome.i18n`), so the browser shows them in its own language (English and Spanish today),
 * where the extension's pages follow Alongside's interface language.
 */
import english from './public/_locales/en/messages.json' with { type: 'json' };

/** A message's name in `_locales/en/messages.json` (the source; every language has the same). */
export type BrowserWord = keyof typeof english;

/**
 * The browser's words for `key`, with `$1`… filled. Outside an extension (unit tests), or for a
 * message the browser does not have, the English from the same file.
 */
export function browserWords(key: BrowserWord, ...substitutions: string[]): string {
  const fromBrowser = globalThis.chrome?.i18n?.getMessage?.(key, substitutions);
  if (fromBrowser) return fromBrowser;
  return english[key].message.replace(/\$[A-Z]+\$/g, () => substitutions.shift() ?? '');
}
