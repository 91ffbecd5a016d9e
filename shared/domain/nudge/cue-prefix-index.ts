/**
 * The rules' prefix index as the cache file keeps it (lexicon-en-prefixes.json): every
 * prefix a rule can start with, its hash, and the rules it leads to, and the words each
 * rule's matches must hold (cue-required-words.ts), worked out when the cache is
 * refreshed (scripts/cue-prefix-cache.ts). Working the prefixes out was most of
 * compiling the lexicon, and building the index from them at start (thousands of strings,
 * in code not yet warmed up) was half of what was left on the background's first read; a
 * ready index is only copied into maps.
 *
 * Each rule is known by a key of its pattern. When the rules are exactly those the file was
 * made from, the index is taken whole; when some were edited since, each unchanged rule's
 * prefixes are read back out of it and the edited ones worked out again. A stale file is
 * only slower.
 */

/**
 * The cache, kept as a few long strings rather than thousands of small arrays: the
 * background's script is parsed on every start, and a string costs next to nothing to parse.
 */
export interface PrefixCache {
  /** Every rule's pattern key, in the rules' order. */
  keys: string[];
  /**
   * Every prefix and the rules it leads to, a line each: the prefix, a tab, and the rules'
   * positions in `keys`, one character each (U+0100 for the first rule, U+0101 for the next).
   */
  prefixes: string;
  /** Each rule's required words (cue-required-words.ts) joined by newlines, by position; '' when it has none. */
  required: string[];
  /** Rules left to work out at start (by position): their prefixes hold a tab or a newline. */
  workedOut: number[];
}

export const PREFIX_HASH_SEED = 0x811c9dc5;

/** One step of the prefix hash (FNV-1a over UTF-16 units), as the scan takes it a unit at a time. */
export function prefixHashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193) | 0;
}

export function prefixHash(prefix: string): number {
  let h = PREFIX_HASH_SEED;
  for (let k = 0; k < prefix.length; k++) h = prefixHashStep(h, prefix.charCodeAt(k));
  return h;
}

/** Two 32-bit FNV-1a hashes and the length: a different pattern never shares a key in practice. */
export function prefixCacheKey(pattern: string): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${pattern.length.toString(36)}`;
}

/** Whether a rule's prefixes can be kept in the file (no tab or newline). */
export function cacheable(prefixes: ReadonlySet<string> | null): boolean {
  return prefixes === null || [...prefixes].every((p) => !/[\t\n]/.test(p));
}

/**
 * A prefix as the file keeps it: as it is, or, when it ends in half an emoji (a five-unit
 * prefix can cut one), as a mark and its UTF-16 units in hex: not every JSON reader or
 * bundler keeps half a character intact.
 */
function encodePrefix(prefix: string): string {
  if (prefix.isWellFormed()) return prefix;
  return HEX_MARK + Array.from({ length: prefix.length }, (_, k) => prefix.charCodeAt(k).toString(16).padStart(4, '0')).join('');
}

function decodePrefix(kept: string): string {
  if (kept.charCodeAt(0) !== HEX_MARK_CODE) return kept;
  let out = '';
  for (let k = 1; k < kept.length; k += 4) out += String.fromCharCode(parseInt(kept.slice(k, k + 4), 16));
  return out;
}

const HEX_MARK = '\u0001';
const HEX_MARK_CODE = 1;

/** The cache for these patterns, given how each one's prefixes and required words are worked out. */
export function buildPrefixCache(
  patterns: readonly string[],
  prefixesOf: (pattern: string) => Set<string> | null,
  requiredOf: (pattern: string) => string[] | null,
): PrefixCache {
  const byPrefix = new Map<string, number[]>();
  const workedOut: number[] = [];
  patterns.forEach((pattern, position) => {
    const prefixes = prefixesOf(pattern);
    if (!cacheable(prefixes)) workedOut.push(position);
    else if (prefixes) {
      for (const prefix of prefixes) {
        const list = byPrefix.get(prefix);
        if (list) list.push(position);
        else byPrefix.set(prefix, [position]);
      }
    }
  });
  const lines = [...byPrefix]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([prefix, rules]) => `${encodePrefix(prefix)}\t${String.fromCharCode(...rules.map((r) => RULE_POSITION_BASE + r))}`);
  const required = patterns.map((pattern) => {
    const words = requiredOf(pattern);
    // A word with a newline can't be kept in this form: the rule is then simply always tried.
    return words && words.every((w) => w.isWellFormed() && !w.includes('\n')) ? words.join('\n') : '';
  });
  return { keys: patterns.map(prefixCacheKey), prefixes: lines.join('\n'), required, workedOut };
}

/** Rule positions are kept as characters from here on: one character a rule, nothing to split or parse. */
export const RULE_POSITION_BASE = 0x100;

/**
 * Calls `take` with each prefix in the cache and where its rules are: the characters of
 * `text` from `first` to `end`, each a rule's position plus RULE_POSITION_BASE.
 */
export function forEachPrefix(cache: PrefixCache, take: (prefix: string, first: number, end: number, text: string) => void): void {
  const text = cache.prefixes;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.lastIndexOf('\t', end);
    take(decodePrefix(text.slice(start, tab)), tab + 1, end, text);
    start = end + 1;
  }
}

/** The rules (by position) a line of the cache leads to. */
function positions(text: string, first: number, end: number): number[] {
  const out: number[] = [];
  for (let k = first; k < end; k++) out.push(text.charCodeAt(k) - RULE_POSITION_BASE);
  return out;
}

/** Whether the cache was made from exactly the rules with these keys, in this order. */
export function madeFrom(cache: PrefixCache, keys: readonly string[]): boolean {
  return cache.keys.length === keys.length && cache.keys.every((key, i) => key === keys[i]);
}

/** A rule's required words as the cache keeps them ('' when none, or the cache does not know the rule). */
export function cachedRequired(cache: PrefixCache, key: string): string {
  const position = cache.keys.indexOf(key);
  return position === -1 ? '' : (cache.required[position] ?? '');
}

/**
 * What the cache knows of each rule, by its key: its prefixes, or null when it has none (it
 * is indexed by its first characters). A rule missing here is worked out. The file is read
 * once for all rules, not once for each.
 */
export function knownPrefixes(cache: PrefixCache): Map<string, Set<string> | null> {
  const byPosition = new Map<number, Set<string>>();
  forEachPrefix(cache, (prefix, first, end, text) => {
    for (const position of positions(text, first, end)) {
      const set = byPosition.get(position);
      if (set) set.add(prefix);
      else byPosition.set(position, new Set([prefix]));
    }
  });
  const known = new Map<string, Set<string> | null>();
  cache.keys.forEach((key, position) => {
    if (!cache.workedOut.includes(position)) known.set(key, byPosition.get(position) ?? null);
  });
  return known;
}
