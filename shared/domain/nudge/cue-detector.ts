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
 */
import { lexiconEn } from '../../content/cues/lexicon-en.ts';
import { firstUnits, foldUnit } from './cue-first-units.ts';
import { DIGIT_RANGES, LETTER_RANGES, withCheapLetterClasses } from './cue-letter-class.ts';
import { helpNeeded, withoutToneOnSafety, type HelpMatch } from './cue-help.ts';
import { patternPrefixes } from './cue-pattern-prefixes.ts';
import { PREFIX_HASH_SEED, RULE_POSITION_BASE, cachedRequired, forEachPrefix, knownPrefixes, madeFrom, prefixCacheKey, prefixHash, prefixHashStep, type PrefixCache } from './cue-prefix-index.ts';
import { compileForText, testCompiled } from './cue-regexp-warmth.ts';
import prefixCacheEn from '../../content/cues/lexicon-en-prefixes.json';
import { SENTENCE_REACH, sentenceAround } from './cue-sentence.ts';
import type { CueKind, CueLexicon, CueRule, HelpNeed, HelpRule, ShoutingSettings } from '../../content/cues/lexicon-types.ts';

export type { CueKind, CueLexicon, HelpNeed } from '../../content/cues/lexicon-types.ts';

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

/**
 * Longest stretch of text analysed at once. Past this, only the part being written is
 * read: the end of the writer's own words, or the part around the caret when known.
 * A pasted thread of 100 pages is not what the person is about to say, and reading all
 * of it on every keystroke pause would make typing lag.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** When the caret is known, how much text after it still counts as "nearby". */
const AFTER_CARET_CHARS = 2_000;
/** How far before or after a match the guards look, on the same line. */
const GUARD_REACH = 60;
/** How far an `onlyNearby` guard looks, either side of a match, across sentences. */
const NEARBY_REACH = 200;
/**
 * How many characters of a word start pick the rules tried there: "you n" (for "you
 * never") rules out the forty rules that begin "you're", "your" or "you k".
 */
const PREFIX_LENGTH = 5;
/** Upper bound on the length of one cue, used to keep overlap checks linear. */
const MAX_CUE_SPAN = 400;
/** Each repeat of the same rule adds a quarter of its weight, up to one and a half times. */
const REPEAT_GAIN = 0.25;
const REPEAT_CAP = 1.5;

interface CompiledRule {
  index: number;
  id: string;
  kind: CueKind;
  weight: number;
  explanation: string;
  safety: boolean;
  /** Global regex, for scanning the whole text; made on first use (most rules never scan the whole text). */
  re: () => RegExp;
  /**
   * The same pattern, sticky, for trying one position. Made, like the guards, on first use:
   * a first message tries only some rules, and every regex built up front is parsed up front
   * (on the background's first read, a tenth of its time).
   */
  sticky: () => RegExp;
  /** Set once `sticky` has been compiled (see cue-regexp-warmth.ts). */
  compiled?: boolean;
  /**
   * Words every match holds one of (cue-required-words.ts), joined by newlines, or '' for
   * none. Until the rule is compiled, a message without them doesn't compile it.
   */
  required: string;
  /** The same, split on first use. */
  requiredList?: string[];
  /** The rule's guards, or null when it has none. */
  guards: (() => Guards) | null;
  /** For help rules: the help the match earns (then its kind, weight and note are unused). */
  help: HelpNeed | null;
}

/** What may veto a rule's match, by the text around it. */
interface Guards {
  notAfter: RegExp | null;
  notBefore: RegExp | null;
  notInSentence: RegExp | null;
  onlyInSentence: RegExp | null;
  onlyNearby: RegExp | null;
}

/** A set of compiled rules, indexed by where each can start. */
interface RuleIndex {
  rules: CompiledRule[];
  /** Rules by the lowercased first UTF-16 unit they can start with. */
  rulesByFirst: Map<number, CompiledRule[]>;
  /** Rules that could start with almost anything: scanned in full. */
  anywhereRules: CompiledRule[];
  /**
   * Rules by the first few characters they can start with (see cue-pattern-prefixes.ts),
   * by a hash of those characters, so a word start is looked up without cutting a
   * string out of the text for each prefix length (that was a third of the detector's
   * time on real messages). A hit is checked against the prefix itself.
   */
  prefixesByHash: Map<number, PrefixEntry[]>;
  /** The longest prefix length used. */
  maxPrefixLength: number;
}

/** A lexicon's cue rules and help rules, in one index so the text is read in one pass. */
interface CompiledLexicon extends RuleIndex {
  shouting: ShoutingSettings;
  acronyms: ReadonlySet<string>;
  quoteRe: RegExp | null;
  replyHeaderRe: RegExp | null;
}

/** A cue before its text is cut out; offsets are into the analysed window. */
interface RawCue {
  kind: CueKind;
  rule: string;
  start: number;
  end: number;
  weight: number;
  explanation: string;
  safety: boolean;
  help: HelpNeed | null;
}

const compiledCache = new WeakMap<CueLexicon, CompiledLexicon>();

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

/** Compiles a lexicon's patterns once; later calls reuse them. */
function compileLexicon(lexicon: CueLexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const help = lexicon.help;
  const sources: RuleSource[] = [
    ...lexicon.rules.map((rule: CueRule) => ({ ...rule, explanation: rule.explanation ?? lexicon.explanations[rule.kind], help: null, macros: lexicon.macros })),
    // Help rules add no cue and no weight: their kind and note are never read.
    ...(help?.rules ?? []).map((rule: HelpRule) => ({ ...rule, kind: 'distress' as const, weight: 0, explanation: '', help: rule.help, macros: help!.macros })),
  ];
  const compiled: CompiledLexicon = {
    ...compileRules(sources, lexicon.language),
    shouting: lexicon.shouting,
    acronyms: new Set(lexicon.shouting.acronyms.map((a) => a.toUpperCase())),
    quoteRe: quotePattern(lexicon.quotes.pairs),
    replyHeaderRe: lexicon.quotes.replyHeaders.length
      ? new RegExp(lexicon.quotes.replyHeaders.map((h) => `(?:${h})`).join('|'), 'mu')
      : null,
  };
  compiledCache.set(lexicon, compiled);
  return compiled;
}

/** A rule as compileRules takes it: a cue rule with its note filled in, or a help rule dressed as one. */
type RuleSource = Omit<CueRule, 'explanation'> & { explanation: string; help: HelpNeed | null; macros: Record<string, string> };

/** What may not touch either end of a match: a letter, a digit or "_" (see cue-letter-class.ts). */
const WORD_EDGE = `${LETTER_RANGES}${DIGIT_RANGES}_`;

/** Compiles rules and indexes them by the first characters they can start with. */
function compileRules(sources: readonly RuleSource[], language: string): RuleIndex {
  // Lower-casing patterns and text, instead of the `i` flag, makes the first compile of
  // these large patterns several times cheaper, and that first compile is paid on a
  // person's first pause in typing.
  const expand = (source: string, rule: RuleSource): string => lowerPattern(expandMacros(source, rule.macros, rule.id));
  const guard = (source: string | undefined, rule: RuleSource): RegExp | null =>
    source === undefined ? null : new RegExp(withCheapLetterClasses(expand(source, rule)), 'u');
  // Made on first use, once; a pattern that does not compile names its rule.
  const named = <T>(rule: RuleSource, make: () => T): (() => T) => {
    let made: T | undefined;
    return () => {
      if (made !== undefined) return made;
      try {
        return (made = make());
      } catch (error) {
        throw new Error(`Cue lexicon "${language}": rule ${rule.id} does not compile: ${(error as Error).message}`);
      }
    };
  };

  // Expanded once per rule: the index below reads the same pattern.
  const patterns = sources.map((rule) => {
    try {
      return expand(rule.pattern, rule);
    } catch (error) {
      throw new Error(`Cue lexicon "${language}": rule ${rule.id} does not compile: ${(error as Error).message}`);
    }
  });
  const rules = sources.map((rule, index): CompiledRule => {
    try {
      // Built on first use: with the letter classes spelled out, the sources are several times the patterns' size.
      const body = (): string => `(?:${withCheapLetterClasses(patterns[index]!)})(?![${WORD_EDGE}])`;
      return {
        index,
        id: rule.id,
        kind: rule.kind,
        weight: rule.weight,
        explanation: rule.explanation,
        safety: rule.safety === true,
        help: rule.help,
        required: '',
        // Whole words only: no letter or digit may touch either end of the match.
        re: named(rule, () => new RegExp(`(?<![${WORD_EDGE}])${body()}`, 'gmu')),
        // Tried only where scanWordStarts has seen a word start, so the look-behind is
        // already true there; left out, the first compile of the lexicon is about a fifth cheaper.
        sticky: named(rule, () => new RegExp(body(), 'muy')),
        guards:
          rule.notAfter === undefined && rule.notBefore === undefined && rule.notInSentence === undefined && rule.onlyInSentence === undefined && rule.onlyNearby === undefined
            ? null
            : named(rule, () => ({
                notAfter: guard(rule.notAfter, rule),
                notBefore: guard(rule.notBefore, rule),
                notInSentence: guard(rule.notInSentence, rule),
                onlyInSentence: guard(rule.onlyInSentence, rule),
                onlyNearby: guard(rule.onlyNearby, rule),
              })),
      };
    } catch (error) {
      throw new Error(`Cue lexicon "${language}": rule ${rule.id} does not compile: ${(error as Error).message}`);
    }
  });

  const byFirst = new Map<number, CompiledRule[]>();
  const anywhereRules: CompiledRule[] = [];
  const keys = patterns.map(prefixCacheKey);
  const cache = prefixCacheEn as PrefixCache;
  const index = new PrefixIndex(rules.length);
  // Rules exactly as the cache was made from: its index is taken whole.
  const ready = madeFrom(cache, keys);
  if (ready) index.addReady(cache, rules);
  // A rule the cache doesn't know is always tried: working its words out here would cost more than it saves.
  for (const rule of rules) rule.required = ready ? (cache.required[rule.index] ?? '') : cachedRequired(cache, keys[rule.index]!);
  // When rules were edited since the cache was made, the others' prefixes are read from it, once.
  let known: Map<string, Set<string> | null> | undefined;
  for (const rule of rules) {
    if (index.covered[rule.index]) continue;
    const pattern = patterns[rule.index]!;
    // Ready: a rule the index leaves out has no prefixes, unless it is one left to work out.
    const prefixes =
      ready && !cache.workedOut.includes(rule.index) ? null : prefixesFor(pattern, keys[rule.index]!, (known ??= knownPrefixes(cache)));
    if (prefixes) {
      for (const prefix of prefixes) index.add(prefix, rule);
      continue;
    }
    const first = firstUnits(pattern);
    if (first === null) {
      anywhereRules.push(rule);
      continue;
    }
    for (const unit of first) {
      const list = byFirst.get(unit);
      if (list) list.push(rule);
      else byFirst.set(unit, [rule]);
    }
  }
  return {
    rules,
    rulesByFirst: byFirst,
    anywhereRules,
    prefixesByHash: index.byHash,
    maxPrefixLength: index.maxLength,
  };
}

/** Rules by the hash of a prefix, filled a prefix at a time. */
class PrefixIndex {
  readonly byHash = new Map<number, PrefixEntry[]>();
  /** Rules (by index) with a prefix in the index: 1 when covered. */
  readonly covered: Uint8Array;
  maxLength = 0;

  constructor(ruleCount: number) {
    this.covered = new Uint8Array(ruleCount);
  }

  /** Takes a cache's index whole (the rules must be the ones it was made from). */
  addReady(cache: PrefixCache, rules: readonly CompiledRule[]): void {
    // One plain loop: it runs thousands of times on the background's first read, before
    // any of it is optimised, and this was half of compiling the lexicon.
    forEachPrefix(cache, (prefix, first, end, text) => {
      const list: CompiledRule[] = new Array<CompiledRule>(end - first);
      for (let k = first; k < end; k++) {
        const i = text.charCodeAt(k) - RULE_POSITION_BASE;
        this.covered[i] = 1;
        list[k - first] = rules[i]!;
      }
      this.put(prefix, prefixHash(prefix), list);
    });
  }

  add(prefix: string, rule: CompiledRule): void {
    this.covered[rule.index] = 1;
    const hash = prefixHash(prefix);
    const entry = this.byHash.get(hash)?.find((e) => e.prefix === prefix);
    if (!entry) {
      this.put(prefix, hash, [rule]);
      return;
    }
    // Kept in rule order, as if built from the rules one by one (a rule worked out at start
    // may come before rules from the cache's index).
    const list = entry.rules;
    list.push(rule);
    if (list.length > 1 && list[list.length - 2]!.index > rule.index) list.sort((x, y) => x.index - y.index);
  }

  private put(prefix: string, hash: number, rules: CompiledRule[]): void {
    const bucket = this.byHash.get(hash);
    if (bucket) bucket.push({ prefix, rules });
    else this.byHash.set(hash, [{ prefix, rules }]);
    if (prefix.length > this.maxLength) this.maxLength = prefix.length;
  }
}

/** A prefix and the rules it leads to. */
interface PrefixEntry {
  prefix: string;
  rules: CompiledRule[];
}

/**
 * The prefixes a rule is indexed by. Digits and long lists can make too many prefixes of
 * PREFIX_LENGTH; a shorter one still narrows a lot. Working them out is most of compiling
 * the lexicon, so the English answers are kept in lexicon-en-prefixes.json (see
 * cue-prefix-index.ts): a rule edited since is simply worked out again
 * (scripts/cue-prefix-cache.ts refreshes the file).
 */
export function rulePrefixes(pattern: string, cache: PrefixCache = prefixCacheEn as PrefixCache): Set<string> | null {
  return prefixesFor(pattern, prefixCacheKey(pattern), knownPrefixes(cache));
}

function prefixesFor(pattern: string, key: string, known: ReadonlyMap<string, Set<string> | null>): Set<string> | null {
  const cached = known.get(key);
  return cached === undefined ? computeRulePrefixes(pattern) : cached;
}

/** {@link rulePrefixes} without the cache. */
export function computeRulePrefixes(pattern: string): Set<string> | null {
  return patternPrefixes(pattern, PREFIX_LENGTH) ?? patternPrefixes(pattern, 4) ?? patternPrefixes(pattern, 3) ?? patternPrefixes(pattern, 2);
}

/** Every English rule's pattern, lower-cased and expanded, as the index reads it (for the cache). */
export function lexiconPatterns(lexicon: CueLexicon = lexiconEn): string[] {
  const help = lexicon.help;
  return [
    ...lexicon.rules.map((rule) => lowerPattern(expandMacros(rule.pattern, lexicon.macros, rule.id))),
    ...(help?.rules ?? []).map((rule) => lowerPattern(expandMacros(rule.pattern, help!.macros, rule.id))),
  ];
}

/** Lower-cases a regex source outside escapes, so `\\S` and `\\p{Lu}` keep their meaning. */
function lowerPattern(source: string): string {
  // Escapes are kept as written (`\p{L}` must not become `\p{l}`); everything else is lowered.
  // One replace over runs of plain text, not a string built a character at a time: this runs
  // on every pattern when the background starts.
  return source.replace(LOWER_PIECES, (piece) => (piece.charCodeAt(0) === 92 ? piece : piece.toLowerCase()));
}

/** A property or code point escape, any other escape, or a run of plain text. */
const LOWER_PIECES = /\\[pP]\{[^}]*\}|\\u\{[^}]*\}|\\[\s\S]|[^\\]+/g;

/** The text in lower case, one UTF-16 unit for one, so offsets still line up. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing never shortens a character; equal length means nothing grew ("İ" does).
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const one = text[i]!.toLowerCase();
    out += one.length === 1 ? one : text[i]!;
  }
  return out;
}

/** Replaces `{name}` with the macro of that name, recursively. `\p{L}` is left alone. */
function expandMacros(source: string, macros: Record<string, string>, where: string): string {
  let out = source;
  for (let depth = 0; depth < 10; depth++) {
    let changed = false;
    out = out.replace(/(?<!\\[pP])\{([A-Za-z]\w*)\}/g, (_, name: string) => {
      const macro = macros[name];
      if (macro === undefined) throw new Error(`unknown macro {${name}} in ${where}`);
      changed = true;
      return macro;
    });
    if (!changed) return out;
  }
  throw new Error(`macros nest too deeply in ${where}`);
}

/** One regex for all quote pairs. A single quote only counts as one when it is not an apostrophe. */
function quotePattern(pairs: readonly (readonly [string, string])[]): RegExp | null {
  if (pairs.length === 0) return null;
  const esc = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const parts = pairs.map(([open, close]) =>
    open === "'" && close === "'"
      ? "(?<![\\p{L}\\p{N}])'(?=\\p{L})(?:[^'\\n]|(?<=\\p{L})'(?=\\p{L})){1,300}?(?<=[\\p{L}\\p{N}.!?,])'(?![\\p{L}\\p{N}])"
      : `${esc(open)}[^${esc(close)}\\n]{1,300}${esc(close)}`,
  );
  // Cheap letter classes, as in the rules: four `\p{L}` classes here were 2 ms of the first read.
  return new RegExp(withCheapLetterClasses(parts.join('|')), 'gu');
}

/** Where the writer's own words end: at the first "On … wrote:" line of quoted history, if any. */
function endOfOwnWords(text: string, replyHeaderRe: RegExp | null): number {
  if (!replyHeaderRe) return text.length;
  const m = replyHeaderRe.exec(text);
  return m ? m.index : text.length;
}

/** The part of the text to analyse: all of it when short, else the part being written. */
function analysisWindow(text: string, ownEnd: number, caret: number | undefined): [number, number] {
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
function quotedRanges(scan: string, quoteRe: RegExp | null): [number, number][] {
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

function overlapsAny(cue: RawCue, ranges: readonly [number, number][]): boolean {
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

/** Scans the whole text with one rule; used for rules that may start anywhere, and by `fullScan`. */
function scanWholeText(rule: CompiledRule, scan: string, out: RawCue[]): void {
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
function scanWordStarts(compiled: RuleIndex, scan: string, out: RawCue[]): void {
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

/** A word in capitals: "NEVER", "DON'T", "A&E". */
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}'&]*(?![\p{L}\p{N}])/gu;
/** What may sit between shouted words in one run: spaces and a little punctuation, not a new line. */
const RUN_GAP = /^[^\p{L}\p{N}\n]{1,4}$/u;
/** "!!!", "?!?!", "!!?": three or more marks with at least one "!". */
const SHOUT_MARKS = /(?<![!?])(?=[!?]{3})(?=[!?]*!)[!?]+/g;

/** Capitals and runs of marks. Acronyms ("NHS", "OK") and words without a vowel ("PTSD") are not shouting. */
function findShouting(scan: string, compiled: CompiledLexicon, out: RawCue[]): void {
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
