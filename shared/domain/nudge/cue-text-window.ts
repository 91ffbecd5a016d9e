/**
 * Which part of a message the detector reads: the writer's own words (not the quoted
 * thread below an "On … wrote:" line), of very long text only the part being written, and
 * within it, which ranges are other people's words in quote marks or "> " lines. Its own
 * file because the detector and the nudge model (through analysedRange) must agree on it.
 */
import { SENTENCE_REACH } from './cue-sentence.ts';

/**
 * Longest stretch of text analysed at once. Past this, only the part being written is
 * read: the end of the writer's own words, or the part around the caret when known.
 * A pasted thread of 100 pages is not what the person is about to say, and reading all
 * of it on every keystroke pause would make typing lag.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** When the caret is known, how much text after it still counts as "nearby". */
const AFTER_CARET_CHARS = 2_000;

/** Where the writer's own words end: at the first "On … wrote:" line of quoted history, if any. */
export function endOfOwnWords(text: string, replyHeaderRe: RegExp | null): number {
  if (!replyHeaderRe) return text.length;
  const m = replyHeaderRe.exec(text);
  return m ? m.index : text.length;
}

/** The part of the text to analyse: all of it when short, else the part being written. */
export function analysisWindow(text: string, ownEnd: number, caret: number | undefined): [number, number] {
  if (ownEnd <= MAX_ANALYSED_CHARS) return [0, ownEnd];
  let end = ownEnd;
  if (caret !== undefined && Number.isFinite(caret)) {
    const at = Math.min(Math.max(0, Math.floor(caret)), ownEnd);
    end = Math.min(ownEnd, Math.max(at + AFTER_CARET_CHARS, MAX_ANALYSED_CHARS));
  }
  let start = end - MAX_ANALYSED_CHARS;
  // Cut in the middle of the text: start after a line or sentence break nearby, else
  // after a space, so the first cue is not cut in half.
  if (start > 0) {
    const ahead = text.slice(start, start + SENTENCE_REACH);
    const brk = /[.!?\n]\s*/.exec(ahead) ?? /\s+/.exec(ahead);
    if (brk) start += brk.index + brk[0].length;
  }
  return [start, end];
}

/** Ranges of other people's words: "> " lines and text in quote marks. Sorted, not overlapping. */
export function quotedRanges(scan: string, quoteRe: RegExp | null): [number, number][] {
  const ranges: [number, number][] = [];
  const lineRe = /^[ \t]*>.*$/gm;
  for (let m = lineRe.exec(scan); m !== null; m = lineRe.exec(scan)) ranges.push([m.index, m.index + m[0].length]);
  if (quoteRe) {
    quoteRe.lastIndex = 0;
    for (let m = quoteRe.exec(scan); m !== null; m = quoteRe.exec(scan)) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Whether a cue overlaps any of the (sorted, separate) ranges. */
export function overlapsAny(cue: { start: number; end: number }, ranges: readonly [number, number][]): boolean {
  // Binary search for the last range starting before the cue ends.
  let lo = 0;
  let hi = ranges.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] < cue.end) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return idx !== -1 && ranges[idx]![1] > cue.start;
}
