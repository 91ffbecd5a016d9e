/**
 * Which rules the scan tries at a word start: each rule indexed by the few characters it
 * can begin with (cue-pattern-prefixes.ts), read whole from the prefix cache when the rules
 * are the ones it was made from (cue-prefix-index.ts), else by its first characters
 * (cue-first-units.ts), else tried everywhere. Building this index is most of compiling the
 * lexicon on the background's first read, so it has a file of its own.
 */
import prefixCacheEn from '../../content/cues/lexicon-en-prefixes.json';
import prefixCacheEs from '../../content/cues/help-lexicon-es-prefixes.json';
import { firstUnits } from './cue-first-units.ts';
import { patternPrefixes } from './cue-pattern-prefixes.ts';
import { RULE_POSITION_BASE, cachedRequired, forEachPrefix, knownPrefixes, madeFrom, prefixCacheKey, prefixHash, type PrefixCache } from './cue-prefix-index.ts';
import { ruleDoesNotCompile, type CompiledRule, type PrefixEntry, type RuleIndex } from './cue-compiled-rules.ts';

/**
 * How many characters of a word start pick the rules tried there: "you n" (for "you
 * never") rules out the forty rules that begin "you're", "your" or "you k".
 */
const PREFIX_LENGTH = 5;

/** No cached answers: every rule is worked out. */
const NO_CACHE: PrefixCache = { keys: [], prefixes: '', required: [], workedOut: [] };

/**
 * Each language's worked-out answers, kept apart so a reader pays only for its own. The
 * Spanish help rules have theirs too: an English message with one Spanish-looking word
 * ("Al", "mi") is also read with them, and working them out took a quarter of the first read.
 */
const PREFIX_CACHES: Readonly<Record<string, PrefixCache>> = { en: prefixCacheEn as PrefixCache, es: prefixCacheEs as PrefixCache };

/**
 * Indexes compiled rules by the first characters they can start with, and fills in each
 * rule's required words. `patterns` are the rules' lower-cased, expanded sources.
 */
export function indexRules(rules: CompiledRule[], patterns: readonly string[], language: string): RuleIndex {
  const byFirst = new Map<number, CompiledRule[]>();
  const anywhereRules: CompiledRule[] = [];
  const keys = patterns.map(prefixCacheKey);
  const cache = PREFIX_CACHES[language] ?? NO_CACHE;
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
    let prefixes: Set<string> | null;
    let first: Set<number> | null = null;
    try {
      // Ready: a rule the index leaves out has no prefixes, unless it is one left to work out.
      prefixes = ready && !cache.workedOut.includes(rule.index) ? null : prefixesFor(pattern, keys[rule.index]!, (known ??= knownPrefixes(cache)));
      if (!prefixes) first = firstUnits(pattern);
    } catch (error) {
      throw ruleDoesNotCompile(language, rule.id, error);
    }
    if (prefixes) {
      for (const prefix of prefixes) index.add(prefix, rule);
      continue;
    }
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
