/**
 * A language's interface strings, whole: for the extension's pages (loaded from the extension
 * itself, never the network) and for component tests. The course loads them by screen instead
 * (pwa/screen-strings.ts).
 */
import type { Strings, StringsSource, TargetLanguage } from './localization.ts';

const WHOLE: Record<TargetLanguage, () => Promise<{ templates: Strings }>> = {
  es: () => import('./locales/es.ts'),
};

export const wholeStrings: StringsSource = async (language) => (await WHOLE[language]()).templates;
