/**
 * Cheap stand-ins for `\p{L}` and `\p{N}` in the lexicon's patterns. V8 builds a Unicode
 * property class anew for every regex that names one, about half a millisecond each, and the
 * lexicon has hundreds of patterns whose word guards name them: that was most of the
 * detector's first read after the background starts (issue 13's 100 ms budget). A class of
 * a few dozen ranges costs almost nothing to build.
 *
 * The ranges hold the letters of the scripts people write English messages alongside
 * (Latin with its accents, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts,
 * Thai, Japanese kana, CJK, Hangul). For every character in the message corpus and the
 * lexicon they decide exactly as `\p{L}` / `\p{N}` do (cue-letter-class.test.ts); a letter
 * of a script left out counts as a word's edge, which at worst lets a guard match beside it.
 */

/** Letters, as ranges for inside a character class. */
export const LETTER_RANGES =
  'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u0370-\\u0373\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u03ff' +
  '\\u0400-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0560-\\u0588\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0620-\\u064a\\u066e\\u066f\\u0671-\\u06d3' +
  '\\u0904-\\u0939\\u093d\\u0950\\u0958-\\u0961\\u0971-\\u0980\\u0985-\\u09b9\\u0a05-\\u0a39\\u0a85-\\u0ab9\\u0b05-\\u0b39\\u0b85-\\u0bb9\\u0c05-\\u0c39\\u0c85-\\u0cb9\\u0d05-\\u0d3a' +
  '\\u0e01-\\u0e30\\u0e32\\u0e33\\u0e40-\\u0e46\\u1e00-\\u1f15\\u1f18-\\u1ffc\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3';

/** Digits, as ranges for inside a character class. */
export const DIGIT_RANGES = '0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f';

/**
 * The pattern with `\p{L}` and `\p{N}` replaced by the ranges above: inside a class by the
 * ranges themselves, outside one by a class of them. Other escapes are left as they are.
 */
export function withCheapLetterClasses(source: string): string {
  if (!source.includes('\\p{')) return source;
  let inClass = false;
  // One replace over the pieces that matter (an escape, a bracket, a run of anything else),
  // not a string built a character at a time: this runs on every pattern at a cold start.
  return source.replace(PIECES, (piece) => {
    if (piece === '\\p{L}' || piece === '\\p{N}') {
      const ranges = piece === '\\p{L}' ? LETTER_RANGES : DIGIT_RANGES;
      return inClass ? ranges : `[${ranges}]`;
    }
    if (piece === '[' && !inClass) inClass = true;
    else if (piece === ']' && inClass) inClass = false;
    return piece;
  });
}

/** `\p{L}` or `\p{N}`, any other escape, a bracket, or a run of other characters. */
const PIECES = /\\p\{[LN]\}|\\[\s\S]|[[\]]|[^\\[\]]+/g;
