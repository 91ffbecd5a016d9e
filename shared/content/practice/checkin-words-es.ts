import { interfaceLanguage, type Language } from '../locale.ts';
import { CHECKIN_WORDS_EN, type CheckinWords } from './checkin-words-en.ts';

/** The check-in's scale words in Spanish: nouns, not adjectives, so none has a gender. */
export const CHECKIN_WORDS_ES: CheckinWords = {
  stress: ['Mucha calma', 'Con calma', 'Algo de estrés', 'Con estrés', 'Mucho estrés'],
  hope: ['Muy poca esperanza', 'Un poco de esperanza', 'Algo de esperanza', 'Con esperanza', 'Mucha esperanza'],
};

/** The scale words in the interface's language (read at render time). */
export function checkinWords(language: Language = interfaceLanguage()): CheckinWords {
  return language === 'es' ? CHECKIN_WORDS_ES : CHECKIN_WORDS_EN;
}
