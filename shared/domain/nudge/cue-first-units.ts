/**
 * Which first characters a cue pattern can start with, for rules whose prefixes
 * (cue-pattern-prefixes.ts) are too many to index: the detector then tries such a rule only
 * at word starts beginning with one of them.
 */
import { classChars, parsePattern, type PatternNode } from './cue-pattern-ast.ts';

/** What a piece of pattern can start with: lowercased UTF-16 units, or null for "anything". */
interface Start {
  first: Set<number> | null;
  /** Can it match the empty string (so what follows may start the match)? */
  nullable: boolean;
}

/** Classes spanning more characters than this are read as "anything". */
const MAX_RANGE = 300;

/**
 * The lowercased first UTF-16 units a regex source can match, or null when it could
 * start with almost anything (a class like `\p{L}`, `.`, `[^…]`, whitespace, or syntax
 * this small reader doesn't know). Errs towards "more": a unit too many only costs a
 * wasted try; a unit missing would lose cues, which the fullScan property test guards.
 */
export function firstUnits(source: string): Set<number> | null {
  const result = start(parsePattern(source));
  if (result.nullable || result.first === null) return null;
  // Whitespace can't begin a word start, so a rule that may start on it is scanned in full.
  for (const ws of [9, 10, 13, 32]) if (result.first.has(ws)) return null;
  return result.first;
}

const ANY: Start = { first: null, nullable: false };

function start(node: PatternNode): Start {
  switch (node.t) {
    case 'char':
      // A pair's first unit is its high half, the same in either case.
      return { first: node.c.length === 2 ? new Set([foldUnit(node.c.charCodeAt(0))]) : unitsOf(node.c), nullable: false };
    case 'class': {
      if (node.negated) return ANY;
      const first = new Set<number>();
      for (const item of node.items) {
        const chars = classChars(item, MAX_RANGE);
        if (chars === null) return ANY;
        for (const ch of chars) for (const u of unitsOf(ch)) first.add(u);
      }
      return { first, nullable: false };
    }
    case 'any':
      return ANY;
    case 'empty':
      return { first: new Set(), nullable: true };
    case 'seq': {
      let first: Set<number> | null = new Set<number>();
      let nullable = true;
      for (const item of node.items) {
        const next = start(item);
        if (nullable) first = union(first, next.first);
        nullable = nullable && next.nullable;
      }
      return { first, nullable };
    }
    case 'alt': {
      let result = start(node.options[0]!);
      for (const option of node.options.slice(1)) {
        const next = start(option);
        result = { first: union(result.first, next.first), nullable: result.nullable || next.nullable };
      }
      return result;
    }
    case 'rep': {
      const inner = start(node.node);
      return { first: inner.first, nullable: inner.nullable || node.min === 0 };
    }
  }
}

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  for (const u of b) a.add(u);
  return a;
}

/** The first units of a character in either case ("ß" upper-cased is "SS"). */
function unitsOf(chars: string): Set<number> {
  const set = new Set<number>();
  for (const ch of [chars.toLowerCase(), chars.toUpperCase()]) for (let k = 0; k < ch.length; k++) set.add(foldUnit(ch.charCodeAt(k)));
  return set;
}

/** Lower-cases one UTF-16 unit (ASCII fast path), so "Y" and "y" share a bucket. */
export function foldUnit(unit: number): number {
  if (unit >= 65 && unit <= 90) return unit + 32;
  if (unit < 128) return unit;
  return String.fromCharCode(unit).toLowerCase().charCodeAt(0);
}
