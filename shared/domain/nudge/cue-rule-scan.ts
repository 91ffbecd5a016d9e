/**
 * Reading the text with a compiled lexicon's rules: at each word start, only the rules
 * that can begin there (or, for a few rules and for tests, every position), each match
 * kept unless a guard vetoes it. This is the detector's hot loop, run on every pause in
 * typing; it is kept apart so what it may cost (no allocation per try, no regex compiled
 * for a rule the text can't match) is in one place.
 */
import { foldUnit } from './cue-first-units.ts';
import { PREFIX_HASH_SEED, prefixHashStep } from './cue-prefix-index.ts';
import { compileForText, testCompiled } from './cue-regexp-warmth.ts';
import { sentenceAround } from './cue-sentence.ts';
import type { CompiledRule, Guards, RawCue, RuleIndex } from './cue-compiled-rules.ts';

/** How far before or after a match the guards look, on the same line. */
const GUARD_REACH = 60;
/** How far an `onlyNearby` guard looks, either side of a match, across sentences. */
const NEARBY_REACH = 200;

/** The text in lower case, one UTF-16 unit for one, so offsets still line up. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing never shortens a character; equal length means nothing grew ("İ" does).
  if (lower.length === text.length) return lower;
  let out = '';
  // By UTF-16 unit, not by character (for-of): offsets into the text must stay in step.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let i = 0; i < text.length; i++) {
    const one = text[i]!.toLowerCase();
    out += one.length === 1 ? one : text[i]!;
  }
  return out;
}

/** Scans the whole text with one rule; used for rules that may start anywhere, and by `fullScan`. */
export function scanWholeText(rule: CompiledRule, scan: string, out: RawCue[]): void {
  // exec here is fine: this path is for rare rules and for tests.
  const re = rule.re();
  re.lastIndex = 0;
  for (let m = re.exec(scan); m !== null; m = re.exec(scan)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    accept(rule, scan, m.index, m.index + m[0].length, out);
  }
}

/**
 * Tries each rule only where it can start: at each word start, the rules whose first
 * character fits. Gives the same cues as scanning the whole text with every rule (the
 * `fullScan` option, checked by a property test) in a fraction of the time, because
 * most rules can only start on a few letters. Uses `test`, not `exec`: a sticky test
 * leaves `lastIndex` at the end of the match and allocates nothing, and allocation was
 * most of the cost.
 */
export function scanWordStarts(compiled: RuleIndex, scan: string, out: RawCue[]): void {
  // Like a global regex, a rule resumes after its last match, so matches don't overlap.
  const resumeAt = new Int32Array(compiled.rules.length);
  const lastStart = new Int32Array(compiled.rules.length).fill(UNKNOWN_REACH);
  let prevIsWord = false;
  for (let p = 0; p < scan.length; p++) {
    const unit = scan.charCodeAt(p);
    const isWord = isWordUnit(unit, scan, p);
    if (prevIsWord || isSpaceUnit(unit)) {
      prevIsWord = isWord;
      continue;
    }
    prevIsWord = isWord;
    const byFirst = compiled.rulesByFirst.get(foldUnit(unit));
    if (byFirst) tryRules(byFirst, scan, p, resumeAt, lastStart, out);
    // The prefix hash grows one unit at a time: one lookup per length, no strings made.
    const reach = Math.min(compiled.maxPrefixLength, scan.length - p);
    let h = PREFIX_HASH_SEED;
    for (let k = 0; k < reach; k++) {
      h = prefixHashStep(h, scan.charCodeAt(p + k));
      const bucket = compiled.prefixesByHash.get(h);
      if (!bucket) continue;
      for (const entry of bucket) {
        if (entry.prefix.length === k + 1 && scan.startsWith(entry.prefix, p)) tryRules(entry.rules, scan, p, resumeAt, lastStart, out);
      }
    }
  }
}

/** Tries each rule at position `p`, skipping any still inside its last match. */
function tryRules(rules: readonly CompiledRule[], scan: string, p: number, resumeAt: Int32Array, lastStart: Int32Array, out: RawCue[]): void {
  for (const rule of rules) {
    if (p < resumeAt[rule.index]!) continue;
    if (!rule.compiled) {
      // Not compiled yet: compile it only if the text could hold a match from here on.
      if (rule.required !== '') {
        if (lastStart[rule.index] === UNKNOWN_REACH) lastStart[rule.index] = lastPossibleStart((rule.requiredList ??= rule.required.split('\n')), scan);
        if (p > lastStart[rule.index]!) {
          resumeAt[rule.index] = NEVER;
          continue;
        }
      }
      rule.compiled = true;
      compileForText(rule.sticky(), scan);
    }
    const re = rule.sticky();
    re.lastIndex = p;
    if (!re.test(scan)) continue;
    const end = re.lastIndex;
    if (end === p) continue;
    resumeAt[rule.index] = end;
    accept(rule, scan, p, end, out);
  }
}

const UNKNOWN_REACH = -2;
const NEVER = 0x7fffffff;

/**
 * The last place a match could start: a match holds one of the words, at or after its
 * start, so it can't start after the last of them (-1: nowhere).
 */
function lastPossibleStart(words: readonly string[], scan: string): number {
  let last = -1;
  for (const word of words) {
    const at = scan.lastIndexOf(word);
    if (at > last) last = at;
  }
  return last;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The whitespace firstUnits treats as "scan in full"; no bucketed rule starts on it. */
function isSpaceUnit(unit: number): boolean {
  return unit === 32 || unit === 10 || unit === 9 || unit === 13;
}

/** Is this UTF-16 unit part of a word (a letter, digit or "_")? ASCII is decided without a regex. */
function isWordUnit(unit: number, scan: string, p: number): boolean {
  if (unit < 128) {
    return (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57) || unit === 95;
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) return false; // second half of a pair, judged with the first
  if (unit >= 0xd800 && unit <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(scan.codePointAt(p)!));
  return WORD_CHAR.test(String.fromCharCode(unit));
}

/** Keeps a match unless one of its rule's guards says otherwise. */
function accept(rule: CompiledRule, scan: string, start: number, end: number, out: RawCue[]): void {
  const guards = rule.guards?.();
  if (guards && vetoed(guards, scan, start, end)) return;
  out.push({ kind: rule.kind, rule: rule.id, start, end, weight: rule.weight, explanation: rule.explanation, safety: rule.safety, help: rule.help });
}

function vetoed(g: Guards, scan: string, start: number, end: number): boolean {
  if (g.notAfter && testCompiled(g.notAfter, lineBefore(scan, start))) return true;
  if (g.notBefore && testCompiled(g.notBefore, lineAfter(scan, end))) return true;
  if (g.notInSentence || g.onlyInSentence) {
    const sentence = sentenceAround(scan, start, end);
    if (g.notInSentence && testCompiled(g.notInSentence, sentence)) return true;
    if (g.onlyInSentence && !testCompiled(g.onlyInSentence, sentence)) return true;
  }
  return g.onlyNearby !== null && !testCompiled(g.onlyNearby, scan.slice(Math.max(0, start - NEARBY_REACH), end + NEARBY_REACH));
}

function lineBefore(scan: string, start: number): string {
  const chunk = scan.slice(Math.max(0, start - GUARD_REACH), start);
  return chunk.slice(chunk.lastIndexOf('\n') + 1);
}

function lineAfter(scan: string, end: number): string {
  const chunk = scan.slice(end, end + GUARD_REACH);
  const nl = chunk.indexOf('\n');
  return nl === -1 ? chunk : chunk.slice(0, nl);
}
