/**
 * The message cue detector: finds words in a message that may make a hard conversation
 * harder (absolutes, blame, threats, labels, tender topics, shouting, the writer's own
 * distress) and decides whether to offer a gentle nudge before it is sent. It also says
 * whether the message calls for help rather than a thought about wording (`help`: crisis
 * or safety, see cue-help.ts), with the lexicon's help rules read in the same pass.
 *
 * Pure and synchronous: no DOM, no storage, no network. The extension's content script
 * runs it on every pause in typing, so it must stay fast:
 * - each lexicon is compiled once and cached (patterns lower-cased, text lower-cased,
 *   so no costly case-insensitive compile);
 * - one pass over the word starts of the text tries, at each, only the rules that can
 *   begin with its first few characters (cue-pattern-prefixes.ts);
 * - patterns are built from bounded pieces, so the cost grows in line with the text;
 * - very long text is read only where the person is writing (MAX_ANALYSED_CHARS).
 * About 0.2 ms for 2,000 characters on a laptop-class CPU; see scripts/bench-detector.ts.
 *
 * This file is what callers import: the detector's answer and how its cues are weighed.
 * The parts behind it live beside it: compiling a lexicon (cue-rule-compiler.ts), the scan
 * (cue-rule-scan.ts), which part of the text is read (cue-text-window.ts) and shouting
 * (cue-shouting.ts).
 */
import { lexiconEn } from '../../content/cues/lexicon-en.ts';
import { helpNeeded, withoutToneOnSafety, type HelpMatch } from './cue-help.ts';
import { compileForText } from './cue-regexp-warmth.ts';
import { compileLexicon } from './cue-rule-compiler.ts';
import { lowerSameLength, scanWholeText, scanWordStarts } from './cue-rule-scan.ts';
import { findShouting } from './cue-shouting.ts';
import { MAX_ANALYSED_CHARS, analysisWindow, endOfOwnWords, overlapsAny, quotedRanges } from './cue-text-window.ts';
import type { RawCue } from './cue-compiled-rules.ts';
import type { CueKind, CueLexicon, HelpNeed } from '../../content/cues/lexicon-types.ts';

export type { CueKind, CueLexicon, HelpNeed } from '../../content/cues/lexicon-types.ts';
// The window's limit is the detector's public promise (see the header): said here too, where callers look.
export { MAX_ANALYSED_CHARS };

/** How readily the detector nudges: "gentle" only on strong cues, "off" never. */
export type Sensitivity = 'gentle' | 'standard' | 'off';

/** One thing found in the message. `text.slice(start, end) === match`. */
export interface Cue {
  kind: CueKind;
  /** Offset of the first character, in UTF-16 code units of the original text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** The words found, exactly as typed. */
  match: string;
  /** A gentle one-line note to show with the cue. */
  explanation: string;
  /** Id of the lexicon rule that found it (e.g. "absolute.never"), for tuning and tests. */
  rule: string;
  /** Present when the cue touches suicide, self-harm or overdose: show crisis lines with it. */
  safety?: true;
}

/** What the detector found, and whether to nudge. */
export interface CueResult {
  /** True when the message is worth a second look at this sensitivity, or earns help. */
  nudge: boolean;
  /**
   * Help the message calls for beyond tone (see cue-help.ts): `crisis` for despair,
   * thoughts of suicide or self-harm, or a loved one in danger now; `safety` for being hurt,
   * threatened or afraid, or a boundary that keeps someone safe; else null.
   */
  help: HelpNeed | null;
  /** Every cue found, in order of position. Reported even when `nudge` is false. */
  cues: Cue[];
  /** The summed weight of the cues that counted (1 = the standard threshold). */
  score: number;
}

/** Options for {@link detectCues}. */
export interface DetectOptions {
  /** Defaults to "standard". */
  sensitivity?: Sensitivity;
  /** Defaults to English. */
  lexicon?: CueLexicon;
  /** Where the person is typing; for very long text, the part around it is analysed. */
  caret?: number;
  /** For tests: run every pattern over every position instead of only where it can start. Same result, slower. */
  fullScan?: boolean;
}

/** Score needed to nudge at each sensitivity. Lexicon weights are calibrated to these. */
export const NUDGE_THRESHOLDS: Readonly<Record<Exclude<Sensitivity, 'off'>, number>> = { standard: 1, gentle: 1.5 };

/** Upper bound on the length of one cue, used to keep overlap checks linear. */
const MAX_CUE_SPAN = 400;
/** Each repeat of the same rule adds a quarter of its weight, up to one and a half times. */
const REPEAT_GAIN = 0.25;
const REPEAT_CAP = 1.5;

/**
 * Finds cues in a message and decides whether to nudge.
 * @param text what the person has typed so far
 * @param options sensitivity (default "standard"), lexicon (default English), caret
 */
export function detectCues(text: string, options: DetectOptions = {}): CueResult {
  const sensitivity = options.sensitivity ?? 'standard';
  // "off" means the person asked us not to read their messages: do no work at all.
  if (sensitivity === 'off') return { nudge: false, help: null, cues: [], score: 0 };
  const lexicon = options.lexicon ?? lexiconEn;
  const compiled = compileLexicon(lexicon);

  const ownEnd = endOfOwnWords(text, compiled.replyHeaderRe);
  const [from, to] = analysisWindow(text, ownEnd, options.caret);
  // Curly apostrophes become straight ones; one code unit for one, so offsets still line up.
  const scan = text.slice(from, to).replace(/[\u2018\u2019\u02BC]/g, "'");

  // Patterns are compiled in lower case without the `i` flag (see compileLexicon), so
  // they run on a lower-cased copy; shouting still reads the original capitals.
  const lower = lowerSameLength(scan);

  const masks = quotedRanges(scan, compiled.quoteRe);
  const found: RawCue[] = [];
  if (options.fullScan) {
    for (const rule of compiled.rules) scanWholeText(rule, lower, found);
  } else {
    for (const rule of compiled.anywhereRules) scanWholeText(rule, lower, found);
    scanWordStarts(compiled, lower, found);
  }
  findShouting(scan, compiled, found);

  // Help is read in quoted words too: "she texted 'I want to die'" is news of danger.
  const helpMatches: HelpMatch[] = [];
  for (const c of found) if (c.help !== null) helpMatches.push({ help: c.help, rule: c.rule, start: c.start, end: c.end });
  const help = helpNeeded(helpMatches);

  const toneAndTopic = found.filter((c) => c.help === null && !overlapsAny(c, masks));
  const kept = withoutToneOnSafety(dropContained(toneAndTopic), helpMatches, lower);
  const score = scoreCues(kept, compiled.shouting.maxTotal);
  const cues = kept.map((c): Cue => {
    const cue: Cue = {
      kind: c.kind,
      start: c.start + from,
      end: c.end + from,
      match: text.slice(c.start + from, c.end + from),
      explanation: c.explanation,
      rule: c.rule,
    };
    if (c.safety) cue.safety = true;
    return cue;
  });
  // A message that earns help always gets the chip, whatever its tone.
  return { nudge: help !== null || score >= NUDGE_THRESHOLDS[sensitivity], help, cues, score: Math.round(score * 100) / 100 };
}

/**
 * Compiles a lexicon now rather than on the person's first pause in typing, e.g. from
 * `requestIdleCallback` when the content script loads (about 50–100 ms for English).
 * Throws on a broken pattern, naming the rule.
 */
export function precompileLexicon(lexicon: CueLexicon = lexiconEn): void {
  const compiled = compileLexicon(lexicon);
  const sample = [...compiled.rulesByFirst.keys()].map((u) => `${String.fromCharCode(u)}x`).join(' ');
  // V8 compiles a regex on its first run: compile every rule now, the cheap way (see
  // cue-regexp-warmth.ts), so no later message waits for it, whatever words it holds.
  for (const rule of compiled.rules) {
    if (!rule.compiled) {
      rule.compiled = true;
      compileForText(rule.sticky(), sample);
    }
    rule.guards?.();
  }
  // And run the scan once, on a text that starts a word with every first character the rules know.
  scanWordStarts(compiled, sample, []);
}

/**
 * The part of `text` the detector reads, as [from, to): the writer's own words (before an
 * "On … wrote:" line), and of very long text only the part being written. The nudge
 * model reads within the same range.
 */
export function analysedRange(text: string, caret?: number, lexicon: CueLexicon = lexiconEn): [number, number] {
  return analysisWindow(text, endOfOwnWords(text, compileLexicon(lexicon).replyHeaderRe), caret);
}

/**
 * Sorts cues and drops double counts: a cue inside a stronger one ("junkie" inside
 * "you're a junkie", "police" inside "I'll call the police"), and the lighter of two
 * overlapping cues of the same kind ("or we're finished" and "we're finished").
 * Shouting is about how a thing is said, not what, so it neither hides nor is hidden.
 */
function dropContained(cues: RawCue[]): RawCue[] {
  cues.sort((a, b) => a.start - b.start || b.end - a.end || b.weight - a.weight);
  const dropped = new Uint8Array(cues.length);
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.kind === 'shouting') continue;
    for (let j = i - 1; j >= 0 && cues[j]!.start >= c.start - MAX_CUE_SPAN; j--) {
      const o = cues[j]!;
      if (dropped[j] || o.kind === 'shouting' || o.end <= c.start) continue;
      if (o.kind === c.kind && c.weight > o.weight) {
        dropped[j] = 1;
      } else if (o.kind === c.kind || (o.end >= c.end && o.weight >= c.weight)) {
        dropped[i] = 1;
        break;
      }
    }
  }
  return cues.filter((_, i) => dropped[i] === 0);
}

/** Sums weights; repeats of one rule add less each time, and shouting alone can't reach a nudge. */
function scoreCues(cues: readonly RawCue[], shoutingMax: number): number {
  const byRule = new Map<string, { weight: number; count: number; kind: CueKind }>();
  for (const c of cues) {
    const seen = byRule.get(c.rule);
    if (seen) seen.count++;
    else byRule.set(c.rule, { weight: c.weight, count: 1, kind: c.kind });
  }
  let total = 0;
  let shouting = 0;
  for (const { weight, count, kind } of byRule.values()) {
    const part = weight * Math.min(1 + REPEAT_GAIN * (count - 1), REPEAT_CAP);
    if (kind === 'shouting') shouting += part;
    else total += part;
  }
  return total + Math.min(shouting, shoutingMax);
}
