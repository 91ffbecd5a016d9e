import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Block, Situation } from '../../shared/content/course-types.ts';
import { blocksFor } from '../../shared/domain/course/lesson-blocks.ts';

/** Placeholders read as the words they usually become, so they count fairly. */
const PLACEHOLDERS: Record<string, string> = {
  '{person}': 'your son',
  '{Person}': 'Your son',
  '{relation}': 'son',
};

/**
 * Flattens blocks to the plain text a reader facing `situation` sees; each list item counts as
 * its own sentence. Crisis help is the shared crisis-lines component, not lesson prose, so it
 * adds no text here.
 */
export function blocksToText(blocks: readonly Block[], situation: Situation = 'both'): string {
  return blocksFor(blocks, situation)
    .flatMap((b) => (typeof b === 'string' ? [b] : 'list' in b ? [b.list.map((item) => ensureSentence(item)).join(' ')] : []))
    .map(ensureSentence)
    .join(' ');
}

function ensureSentence(text: string): string {
  const t = text.trim();
  return /[.!?:;…]["'”’)\]]?$/.test(t) ? t : `${t}.`;
}

/**
 * US school grade of a text by the Flesch–Kincaid grade-level formula
 * (0.39 × words/sentences + 11.8 × syllables/words − 15.59), with syllables counted
 * by the `syllable` package. Fill-in blanks like `[what happened]` count as one short word.
 */
export function readingGrade(text: string): number {
  let t = text;
  for (const [k, v] of Object.entries(PLACEHOLDERS)) t = t.split(k).join(v);
  t = t.replace(/\[[^\]]*\]/g, 'it');
  const sentences = t.split(/[.!?]+(?:["'”’)\]]|\s|$)|[:;]\s/).filter((s) => /[a-z0-9]/i.test(s));
  const words = t.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  if (words.length === 0 || sentences.length === 0) return 0;
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}
