/**
 * A language's interface strings, whole: for the extension's pages (loaded from the extension
 * itself, never the network) and for component tests. The course loads them by screen instead
 * (pwa/screen-strings.ts).
 */
import type { StringsSource } from './localization.ts';

export const wholeStrings: StringsSource = async (language) => (await import(`./locales/${language}.ts`)).templates;
