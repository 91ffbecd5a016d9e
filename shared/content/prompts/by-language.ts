/**
 * The toolkit's ready-made words in the reader's language: screens ask here at render time
 * (with `interfaceLanguage()`), never for the English tables, so a switch of language shows
 * the other table at once. Ids are the same in every language: favourites, plans and
 * rehearsals store ids, and they keep working across a switch.
 */
import type { Language } from '../locale.ts';
import type { Prompt, RoleplayCard } from './prompt-types.ts';
import { PROMPTS_EN } from './prompts-en.ts';
import { PROMPTS_ES } from './prompts-es.ts';
import { ROLEPLAY_CARDS_EN } from './roleplay-cards.ts';
import { ROLEPLAY_CARDS_ES } from './roleplay-cards-es.ts';

/** The prompt library in `language`. */
export function promptsIn(language: Language): readonly Prompt[] {
  return language === 'es' ? PROMPTS_ES : PROMPTS_EN;
}

/** The role-play cards in `language`. */
export function roleplayCardsIn(language: Language): readonly RoleplayCard[] {
  return language === 'es' ? ROLEPLAY_CARDS_ES : ROLEPLAY_CARDS_EN;
}
