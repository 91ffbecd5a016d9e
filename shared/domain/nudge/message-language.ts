/**
 * Which language a message is written in, well enough to decide whether the reader may
 * offer a thought about its wording. The rules and the model learned from English only:
 * on Spanish they would guess, and a wrong "this may land harder than you mean" on a
 * loving message in the writer's own language is worse than silence (issue #17).
 *
 * It counts little words each language uses all the time (function-words.ts) and the
 * signs only Spanish writes (¿ ¡ ñ, and á í ó ú on a word no other list holds). A message
 * is Spanish, or another language, only when that language clearly outweighs English:
 * at least two of its words and more than twice as many as English ones. A mixed message
 * ("mijo, you have to call your abuela") and one with no clear language ("ok", "Gracias")
 * are read as they always were. Pure and cheap: one pass over the words.
 */
import { ENGLISH_WORDS, OTHER_LATIN_WORDS, SPANISH_WORDS } from '../../content/cues/function-words.ts';

/** `unclear`: too few words of any language to say; read as English, as before. */
export type MessageLanguage = 'en' | 'es' | 'other' | 'unclear';

export interface LanguageCheck {
  language: MessageLanguage;
  /** How many words read as Spanish, whatever the language: with any, Spanish words of crisis are looked for too. */
  spanishWords: number;
}

const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS);
const SPANISH: ReadonlySet<string> = new Set(SPANISH_WORDS);
const OTHER_LATIN: ReadonlySet<string> = new Set(OTHER_LATIN_WORDS);

/** A word, with the apostrophes of "don't" and "j'ai" inside it. */
const WORD = /\p{L}+(?:'\p{L}+)*/gu;
/** Letters Spanish writes that English words don't (é is left out: café, fiancé). */
const SPANISH_LETTER = /[ñáíóú]/;
/** Letters of French, Portuguese, German and Italian that Spanish never writes. */
const OTHER_LETTER = /[ãõçèêàùâîôûëïäöß]/;
/** A word (letters and apostrophes only) with a letter beyond a–z: outside printable ASCII. */
const NOT_ASCII = /[^ -~]/;
/** A letter of another script than Latin: Cyrillic, Arabic, Devanagari, CJK… */
const NOT_LATIN = /[^\p{Script=Latin}'’]/u;
/** Spanish's opening marks. */
const SPANISH_MARK = /[¿¡]/;

/** What a foreign language must reach to be "clear": this many words, and more than this many times the English ones. */
const MIN_WORDS = 2;
const OVER_ENGLISH = 2;

/** The language of a message (pass the part that is read: see `modelWindow`). */
export function messageLanguage(text: string): LanguageCheck {
  let english = 0;
  let spanish = 0;
  let other = 0;
  let otherScript = false;
  // Lower-cased once, not word by word: this runs on every pause in typing.
  for (const [word] of text.toLowerCase().replace(/’/g, "'").matchAll(WORD)) {
    if (ENGLISH.has(word)) english++;
    else if (SPANISH.has(word)) spanish++;
    else if (OTHER_LATIN.has(word)) other++;
    // Most words are plain ASCII: only the others can hold a letter that tells a language.
    else if (!NOT_ASCII.test(word)) continue;
    else if (NOT_LATIN.test(word)) {
      other++;
      otherScript = true;
    } else if (OTHER_LETTER.test(word)) other++;
    else if (SPANISH_LETTER.test(word)) spanish++;
  }
  const marked = SPANISH_MARK.test(text);
  if (marked) spanish++;
  const foreign = spanish >= other ? spanish : other;
  const language: MessageLanguage = spanish >= other ? 'es' : 'other';
  if (foreign >= MIN_WORDS && foreign > OVER_ENGLISH * english) return { language, spanishWords: spanish };
  // "¡Contesta!" or a few words of another script, with nothing English beside them.
  if (english === 0 && foreign >= 1 && (language === 'es' ? marked : otherScript)) return { language, spanishWords: spanish };
  return { language: english > 0 ? 'en' : 'unclear', spanishWords: spanish };
}

/** Whether the thoughts about wording may read a message in this language: English, or no clear language. */
export function readsForStyle(language: MessageLanguage): boolean {
  return language === 'en' || language === 'unclear';
}
