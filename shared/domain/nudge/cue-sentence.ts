/**
 * Where the sentence around a match begins and ends, for the detector's sentence guards
 * and for the help finder (a safety finding clears tone cues from its own sentence).
 */

/** How far a sentence may reach either side of a match. */
export const SENTENCE_REACH = 200;

function isSentenceEnd(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n';
}

/** Start and end of the sentence around a match, with what trails its full stop ("…seat? 😂"). */
export function sentenceBounds(scan: string, start: number, end: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - SENTENCE_REACH);
  while (a > minA && !isSentenceEnd(scan[a - 1])) a--;
  let b = end;
  const maxB = Math.min(scan.length, end + SENTENCE_REACH);
  while (b < maxB && !isSentenceEnd(scan[b])) b++;
  const tailMax = Math.min(scan.length, b + 16);
  while (b < tailMax && scan[b] !== '\n' && !/[\p{L}\p{N}]/u.test(scan[b]!)) b++;
  return [a, b];
}

/** The sentence around a match, as text. */
export function sentenceAround(scan: string, start: number, end: number): string {
  const [a, b] = sentenceBounds(scan, start, end);
  return scan.slice(a, b);
}
