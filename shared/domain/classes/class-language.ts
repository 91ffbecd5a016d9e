/**
 * Which language the course should be in when someone joins a class. A class held in Spanish
 * opens the course in Spanish, but only once Spanish is offered (`OFFERED_LANGUAGES`): until
 * every screen is written in it, a class never switches a person into a half-Spanish course.
 */
import { OFFERED_LANGUAGES, type Language } from '../../content/locale.ts';
import { classLanguage, type ClassPack } from './class-pack.ts';

/**
 * The language to offer on joining `pack`, or undefined when there is nothing to offer: the
 * class is in the language the course is already in, that language is not offered yet, or
 * the class is in English (the default of every pack), which never takes a person out of a
 * language they chose: a Spanish reader in a mixed family's English class keeps Spanish.
 */
export function languageToOffer(pack: Pick<ClassPack, 'language'>, current: Language, offered: readonly Language[] = OFFERED_LANGUAGES): Language | undefined {
  const held = classLanguage(pack);
  return held !== 'en' && held !== current && offered.includes(held) ? held : undefined;
}
