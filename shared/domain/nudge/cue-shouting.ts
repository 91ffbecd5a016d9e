/**
 * Shouting: words in capitals and runs of "!!!". Read apart from the lexicon's rules because
 * it is about how a thing is said, not which words: it needs the original capitals (the
 * rules read a lower-cased copy) and its own sense of a run of words.
 */
import type { CompiledLexicon, RawCue } from './cue-compiled-rules.ts';

/** A word in capitals: "NEVER", "DON'T", "A&E". */
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}'&]*(?![\p{L}\p{N}])/gu;
/** What may sit between shouted words in one run: spaces and a little punctuation, not a new line. */
const RUN_GAP = /^[^\p{L}\p{N}\n]{1,4}$/u;
/** "!!!", "?!?!", "!!?": three or more marks with at least one "!". */
const SHOUT_MARKS = /(?<![!?])(?=[!?]{3})(?=[!?]*!)[!?]+/g;

/** Capitals and runs of marks. Acronyms ("NHS", "OK") and words without a vowel ("PTSD") are not shouting. */
export function findShouting(scan: string, compiled: CompiledLexicon, out: RawCue[]): void {
  const { shouting, acronyms } = compiled;
  let runStart = -1;
  let runEnd = -1;
  let wordStart = -1;
  let lastEnd = -1;
  let shouted = 0;
  // A lone "I" or "A" just before the first shouted word belongs to the run ("I AM DONE").
  let leadStart = -1;
  const closeRun = (): void => {
    if (shouted >= shouting.minRun) {
      out.push({ kind: 'shouting', rule: 'shouting.capitals', start: runStart, end: runEnd, weight: shouting.runWeight, explanation: shouting.explanation, safety: false, help: null });
    } else if (shouted === 1 && shouting.wordWeight !== undefined) {
      // One shouted word among ordinary ones ("you LIED") is emphasis: it adds a little to
      // other cues. The run's lead "I" is left out, so only the loud word is marked.
      out.push({ kind: 'shouting', rule: 'shouting.word', start: wordStart, end: runEnd, weight: shouting.wordWeight, explanation: shouting.explanation, safety: false, help: null });
    }
    runStart = -1;
    leadStart = -1;
    shouted = 0;
  };
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(scan); m !== null; m = CAPS_WORD.exec(scan)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (lastEnd !== -1 && !RUN_GAP.test(scan.slice(lastEnd, start))) closeRun();
    lastEnd = end;
    const letters = word.replace(/['&]/g, '');
    const isShouted = letters.length >= 2 && !word.includes('&') && !acronyms.has(letters) && /[AEIOUY]/.test(letters);
    if (!isShouted) {
      if (runStart === -1) leadStart = letters.length === 1 ? start : -1;
      continue;
    }
    // A run starts and ends on shouted words, so a trailing "OK" is not highlighted.
    if (runStart === -1) {
      runStart = leadStart !== -1 ? leadStart : start;
      wordStart = start;
    }
    runEnd = end;
    shouted++;
  }
  closeRun();

  SHOUT_MARKS.lastIndex = 0;
  for (let m = SHOUT_MARKS.exec(scan); m !== null; m = SHOUT_MARKS.exec(scan)) {
    out.push({ kind: 'shouting', rule: 'shouting.marks', start: m.index, end: m.index + m[0].length, weight: shouting.punctuationWeight, explanation: shouting.explanation, safety: false, help: null });
  }
}
