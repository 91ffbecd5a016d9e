/**
 * Words any match of a cue pattern must contain, so the detector can tell that a rule
 * cannot match a message without compiling the rule's regex.
 *
 * Why: V8 compiles a regex on its first use, and the lexicon's patterns are large. On the
 * background's first read of a realistic 2,000-character message, about 110 of the 128
 * rules start where some word of the message starts, and so were compiled and tried, but
 * only about a dozen matched: compiling the other hundred was most of that first read
 * (issue 13's 100 ms budget). A rule whose every match holds "drunk", "addict" or "mess"
 * need not be compiled for a message that has none of them.
 *
 * The answer must never be wrong the other way (a needed word missing from the list would
 * lose a cue), so every step only ever widens: anything not understood, or too large to
 * spell out, counts as "could be anything", and a rule with no useful words is simply
 * always tried. cue-required-words.test.ts checks it against every rule's real matches.
 */
import { classChars, parsePattern, type PatternNode } from './cue-pattern-ast.ts';

/** Spelled-out sets bigger than this are given up (a sequence of choices multiplies fast). */
const MAX_EXACT = 64;
/** Required-word lists longer than this are given up: checking them would cost more than it saves. */
const MAX_REQUIRED = 300;
/** Shorter words say too little to be worth checking ("a ", "no"). */
const MIN_WORD = 3;

/**
 * Words at least one of which every match of the lower-case regex `source` holds, or null
 * when no short, sure list exists. Of the lists a pattern gives ("you're" or "you are",
 * then "drunk" or "addict"…), the most telling is kept: checking a second one was found
 * to save nothing more.
 */
export function requiredWords(source: string): string[] | null {
  let best: Set<string> | null = null;
  for (const set of conjunction(info(parsePattern(source)))) if (shortest(set) >= MIN_WORD) best = stronger(best, set);
  return best ? withoutLonger([...best]) : null;
}

/**
 * What a node can match: every text, spelled out, when few; and word lists every match
 * holds a word of each of.
 */
interface Info {
  exact: Set<string> | null;
  all: Set<string>[];
}

/** The lists a node's matches hold a word of each of, its spelled-out texts counting as one. */
function conjunction(i: Info): Set<string>[] {
  return usable(i.exact) ? [i.exact!, ...i.all] : i.all;
}

function info(node: PatternNode): Info {
  switch (node.t) {
    case 'char':
      return { exact: new Set([node.c]), all: [] };
    case 'class': {
      const chars = spelledOut(node);
      return { exact: chars && chars.size <= MAX_EXACT ? chars : null, all: [] };
    }
    case 'any':
      return { exact: null, all: [] };
    case 'empty':
      return { exact: new Set(['']), all: [] };
    case 'seq': {
      // Runs of spelled-out parts are joined ("you " + "never" + " listen"); a part that
      // can't be spelled out ends a run, and each run still holds for the whole.
      const all: Set<string>[] = [];
      let run = new Set(['']);
      let whole = true;
      for (const item of node.items) {
        const next = info(item);
        all.push(...next.all);
        const joined = next.exact ? product(run, next.exact) : null;
        if (joined) {
          run = joined;
          continue;
        }
        if (usable(run)) all.push(run);
        run = next.exact ?? new Set(['']);
        whole = false;
      }
      if (whole) return { exact: run, all };
      if (usable(run)) all.push(run);
      return { exact: null, all };
    }
    case 'alt': {
      let exact: Set<string> | null = new Set();
      let either: Set<string> | null = new Set();
      for (const option of node.options.map(info)) {
        exact = exact && option.exact ? capped(union(exact, option.exact), MAX_EXACT) : null;
        // A match is one option's match: it holds a word of that option's best list.
        const own = conjunction(option).reduce<Set<string> | null>((a, b) => stronger(a, b), null);
        either = either && own ? capped(union(either, own), MAX_REQUIRED) : null;
      }
      return { exact, all: either && usable(either) ? [either] : [] };
    }
    case 'rep': {
      const inner = info(node.node);
      let exact: Set<string> | null = null;
      if (inner.exact && Number.isFinite(node.max)) {
        exact = new Set();
        let power: Set<string> | null = new Set(['']);
        for (let k = 0; k <= node.max && exact && power; k++) {
          if (k >= node.min) exact = capped(union(exact, power), MAX_EXACT);
          if (k < node.max) power = product(power, inner.exact);
        }
        if (!power) exact = null;
      }
      // At least once: every match holds one of the repeated part's matches.
      return { exact, all: node.min >= 1 ? conjunction(inner) : [] };
    }
  }
}

/** A class's characters, or null when it can't be spelled out (negated, a class escape, wide, or holding an emoji). */
function spelledOut(node: PatternNode & { t: 'class' }): Set<string> | null {
  if (node.negated) return null;
  const chars = new Set<string>();
  for (const item of node.items) {
    const some = classChars(item, MAX_EXACT);
    // Half an emoji, or a whole one: not worth spelling out.
    if (some === null || some.some((ch) => /[\ud800-\udfff]/.test(ch))) return null;
    for (const ch of some) chars.add(ch);
  }
  return chars;
}

/** The more telling of two word lists: longer shortest word, then fewer words. */
function stronger(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  const la = Math.min(shortest(a!), 6);
  const lb = Math.min(shortest(b!), 6);
  if (la !== lb) return la > lb ? a : b;
  return a!.size <= b!.size ? a : b;
}

function usable(set: Set<string> | null): boolean {
  return set !== null && set.size > 0 && set.size <= MAX_REQUIRED && !set.has('');
}

function shortest(set: Set<string>): number {
  let n = Infinity;
  for (const s of set) n = Math.min(n, s.length);
  return n;
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set(a);
  for (const y of b) out.add(y);
  return out;
}

function capped(set: Set<string>, max: number): Set<string> | null {
  return set.size <= max ? set : null;
}

/** A word that contains another word of the list adds nothing: holding it means holding the other. */
function withoutLonger(words: string[]): string[] {
  const sorted = [...new Set(words)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const w of sorted) if (!kept.some((k) => w.includes(k))) kept.push(w);
  return kept.sort();
}
