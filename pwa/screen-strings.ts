/**
 * The course's interface strings, by screen: in a language other than English, the shell's
 * strings load with the language, and each screen's own with that screen's code (fetchScreen in
 * ./routes.ts waits for both). A Spanish first visit to home downloads the few dozen strings it
 * shows, not all 1,100. Which strings each screen needs is worked out from the code by
 * `npm run localize` (scripts/split-strings.ts), into ./strings/.
 */
import { interfaceLanguage } from '../shared/content/locale.ts';
import { addStrings, type Strings, type StringsSource, type TargetLanguage } from '../shared/ui/base/localization.ts';
import { STRINGS_BY_SCREEN } from './strings/index.ts';

type Part = keyof (typeof STRINGS_BY_SCREEN)[TargetLanguage];

function isPart(tag: string): tag is Part {
  return Object.hasOwn(STRINGS_BY_SCREEN.es, tag);
}

/** Screens opened so far (by tag): a change of language brings their strings too. */
const opened = new Set<Part>();

async function load(language: TargetLanguage, part: Part): Promise<Strings> {
  return (await STRINGS_BY_SCREEN[language][part]()).templates;
}

/** The shell's strings and every opened screen's: what a change of language needs now. */
export const stringsByScreen: StringsSource = async (language) =>
  Object.assign({}, ...(await Promise.all(['shell' as const, ...opened].map((part) => load(language, part)))));

/** Brings a screen's strings in the language shown now, before the screen first draws. */
export async function screenStrings(tag: string): Promise<void> {
  if (!isPart(tag)) return;
  opened.add(tag);
  const language = interfaceLanguage();
  if (language !== 'en') addStrings(language, await load(language, tag));
}
