import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIGIT_RANGES, LETTER_RANGES, withCheapLetterClasses } from '../../../../shared/domain/nudge/cue-letter-class.ts';

const letter = new RegExp(`^[${LETTER_RANGES}]$`, 'u');
const digit = new RegExp(`^[${DIGIT_RANGES}]$`, 'u');

/** Every character of every message we have, and of the lexicons themselves. */
function charactersWeRead(): Set<string> {
  const dirs = ['tests/fixtures/messages/corpus', 'tests/fixtures/messages', 'shared/content/cues'];
  const chars = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => /\.(jsonl?|ts)$/.test(f))) {
      for (const ch of readFileSync(`${dir}/${file}`, 'utf8')) chars.add(ch);
    }
  }
  return chars;
}

describe('the cheap letter and digit classes', () => {
  it('decide exactly as \\p{L} and \\p{N} do for every character in the corpus and the lexicons', () => {
    const chars = charactersWeRead();
    expect(chars.size).toBeGreaterThan(150);
    const differ = [...chars].filter((ch) => letter.test(ch) !== /^\p{L}$/u.test(ch) || digit.test(ch) !== /^\p{N}$/u.test(ch));
    expect(differ).toEqual([]);
  });

  it('agree with \\p{L} across Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, kana, CJK and Hangul letters', () => {
    for (const ch of 'aZéßøłŋαΩжЯאبकあアかな中文한글') expect(letter.test(ch), ch).toBe(true);
    for (const ch of " .,!?'\"-_😊❤️\n") expect(letter.test(ch), ch).toBe(false);
  });

  it('replace the property escapes inside and outside classes, and leave other escapes alone', () => {
    expect(withCheapLetterClasses('(?<![\\p{L}\\p{N}_])x\\p{L}\\.\\p{Lu}')).toBe(`(?<![${LETTER_RANGES}${DIGIT_RANGES}_])x[${LETTER_RANGES}]\\.\\p{Lu}`);
    expect(withCheapLetterClasses('[\\]\\p{L}]\\p{N}')).toBe(`[\\]${LETTER_RANGES}][${DIGIT_RANGES}]`);
  });
});
