/**
 * Which few characters a cue pattern can start with, so the detector tries a rule only at
 * word starts that begin that way ("you n…" for "you never"), not at every word that
 * shares its first letter. Most rules begin with "you" or "I", and trying forty of them at
 * every "you" was most of the detector's time.
 */
import { classChars, parsePattern, type PatternNode } from './cue-pattern-ast.ts';

/** Marks a prefix after which the pattern may end, or may go on with anything. */
const OPEN = '\u0000';

/** More prefixes than this for one rule is not worth indexing: a shorter prefix is used instead. */
const MAX_PREFIXES = 4_000;

/** Classes spanning more characters than this are read as "anything". */
const MAX_RANGE = 64;

/** Thrown inside the walk when a set grows past MAX_PREFIXES. */
class TooMany extends Error {}

/**
 * The prefixes of up to `length` UTF-16 units that text must start with for the (lower-case)
 * regex source to match there. A prefix shorter than `length` means "starts with this, then
 * anything". Returns null when the pattern could start with almost anything (`\p{L}`, `.`,
 * `[^…]`) or has too many prefixes. Errs towards more: a prefix too many only costs a wasted
 * try, while a missing one would lose cues (the detector's fullScan property test guards it).
 */
export function patternPrefixes(source: string, length: number): Set<string> | null {
  const tree = parsePattern(source);
  const done = (s: string): boolean => s.endsWith(OPEN) || s.length >= length;
  const concat = (a: Set<string>, b: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const x of a) {
      if (done(x)) {
        out.add(x);
        continue;
      }
      for (const y of b) {
        const joined = x + y;
        const open = joined.endsWith(OPEN);
        const chars = open ? joined.slice(0, -1) : joined;
        out.add(chars.length >= length ? chars.slice(0, length) : joined);
      }
    }
    return check(out);
  };

  const prefixes = (node: PatternNode): Set<string> => {
    switch (node.t) {
      case 'char':
        return new Set([node.c]);
      case 'class': {
        if (node.negated) return wildcard();
        const set = new Set<string>();
        for (const item of node.items) {
          const chars = classChars(item, MAX_RANGE);
          if (chars === null) return wildcard();
          for (const ch of chars) set.add(ch);
        }
        return set;
      }
      case 'any':
        return wildcard();
      case 'empty':
        return empty();
      case 'seq': {
        let result = empty();
        for (const item of node.items) {
          // Once every prefix is long enough or open, the rest of the sequence can't change them.
          if ([...result].every(done)) break;
          result = concat(result, prefixes(item));
        }
        return result;
      }
      case 'alt': {
        let result = prefixes(node.options[0]!);
        for (const option of node.options.slice(1)) result = union(result, prefixes(option));
        return result;
      }
      case 'rep': {
        const atom = prefixes(node.node);
        // More repeats than `length` can't add anything a prefix would see.
        const reps = Math.min(node.max, length + 1);
        let prefix = empty();
        for (let n = 0; n < node.min && n < reps; n++) prefix = concat(prefix, atom);
        let result = new Set(prefix);
        let more = prefix;
        for (let n = node.min; n < reps; n++) {
          more = concat(more, atom);
          result = union(result, more);
        }
        // An unbounded repeat past what was spelled out may go on with anything it allows.
        return result;
      }
    }
  };

  try {
    const result = prefixes(tree);
    const out = new Set<string>();
    for (const p of result) {
      const chars = p.endsWith(OPEN) ? p.slice(0, -1) : p;
      // A pattern that may start with anything, or match nothing, can't be indexed.
      if (chars.length === 0) return null;
      out.add(chars);
    }
    return out;
  } catch (error) {
    if (error instanceof TooMany) return null;
    throw error;
  }
}

function wildcard(): Set<string> {
  return new Set([OPEN]);
}

function empty(): Set<string> {
  return new Set(['']);
}

function check(set: Set<string>): Set<string> {
  if (set.size > MAX_PREFIXES) throw new TooMany();
  return set;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  for (const y of b) a.add(y);
  return check(a);
}
