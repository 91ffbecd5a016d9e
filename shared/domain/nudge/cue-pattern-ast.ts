/**
 * The one reader of the lexicon's regex syntax: a pattern's source as a small typed tree.
 * Three things are worked out from every cue pattern (the first characters it can start
 * with, cue-first-units.ts; its first few characters, cue-pattern-prefixes.ts; the words
 * every match holds, cue-required-words.ts), and each once parsed the source by hand, with
 * its own small slips. Now they walk this tree, so alternation, groups, classes, escapes
 * and quantifiers are read in one place and read alike.
 *
 * It reads the JavaScript `u` syntax the lexicon uses, only as far as those three need:
 * what cannot be spelled out as characters (`.`, `\s`, `\w`, `\p{…}`, code escapes,
 * backreferences) is one node, `any`; what takes no room (`^`, `$`, `\b`, lookarounds) is
 * another, `empty`. Both are safe readings for all three: they only ever widen.
 */

/** A pattern, or a piece of one. */
export type PatternNode =
  /** One character as written or escaped; a surrogate pair (an emoji) is one character. */
  | { t: 'char'; c: string }
  /** `[…]`, or `\d` (which is `[0-9]`). */
  | { t: 'class'; negated: boolean; items: ClassItem[] }
  /** One character (or, for a backreference, some text) that can't be spelled out. */
  | { t: 'any' }
  /** Takes no room: `^`, `$`, `\b`, `\B`, a lookahead or lookbehind. */
  | { t: 'empty' }
  | { t: 'seq'; items: PatternNode[] }
  | { t: 'alt'; options: PatternNode[] }
  /** A quantifier; `max` is Infinity when unbounded. Lazy or greedy matches the same texts. */
  | { t: 'rep'; node: PatternNode; min: number; max: number };

/**
 * A member of a class: the code points from `from` to `to` (one character when equal), or
 * null for a class escape (`\d`, `\s`, `\w`, `\p{…}`, code escapes) the readers don't spell out.
 */
export type ClassItem = { from: number; to: number } | null;

/** Escapes that stand for a character other than themselves. */
const CONTROL: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** A quantifier at the reading position, and whether it is lazy (which changes nothing here). */
const QUANTIFIER = /(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/y;

/** Parses a regex source (JavaScript `u` syntax). Throws on an unclosed group or a stray ")". */
export function parsePattern(source: string): PatternNode {
  let i = 0;

  const alternation = (): PatternNode => {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  };

  const sequence = (): PatternNode => {
    const items: PatternNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified());
    return { t: 'seq', items };
  };

  const quantified = (): PatternNode => {
    const node = atom();
    QUANTIFIER.lastIndex = i;
    const q = QUANTIFIER.exec(source);
    if (!q) return node;
    i = QUANTIFIER.lastIndex;
    const kind = q[0][0];
    const min = kind === '{' ? Number(q[1]) : kind === '+' ? 1 : 0;
    const max = kind === '{' ? (q[2] === undefined ? min : q[2] === '' ? Infinity : Number(q[2])) : kind === '?' ? 1 : Infinity;
    return { t: 'rep', node, min, max };
  };

  const atom = (): PatternNode => {
    const ch = source[i]!;
    if (ch === '(') return group();
    if (ch === '[') return charClass();
    if (ch === '\\') return escape();
    i++;
    if (ch === '^' || ch === '$') return { t: 'empty' };
    if (ch === '.') return { t: 'any' };
    // A pair of UTF-16 units (an emoji) is one character under the `u` flag.
    if (isHighSurrogate(ch.charCodeAt(0)) && i < source.length) return { t: 'char', c: ch + source[i++]! };
    return { t: 'char', c: ch };
  };

  const group = (): PatternNode => {
    i++; // "("
    let lookaround = false;
    if (source.startsWith('?:', i)) i += 2;
    else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
      i += 2;
      lookaround = true;
    } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
      i += 3;
      lookaround = true;
    } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
    const inner = alternation();
    if (source[i] !== ')') throw new Error(`Unclosed group in ${source.slice(0, 40)}…`);
    i++;
    // A lookaround checks without consuming: it only narrows what matches.
    return lookaround ? { t: 'empty' } : inner;
  };

  const escape = (): PatternNode => {
    const next = source[i + 1] ?? '';
    i = afterEscape(source, i);
    if (next === 'b' || next === 'B') return { t: 'empty' };
    if (next === 'd') return { t: 'class', negated: false, items: [{ from: 48, to: 57 }] };
    if (next in CONTROL) return { t: 'char', c: CONTROL[next]! };
    // \p{…} \s \w \D \u… \x… \cX, and backreferences.
    if (/[pPsSwWDuxck0-9]/.test(next) || next === '') return { t: 'any' };
    return { t: 'char', c: next };
  };

  const charClass = (): PatternNode => {
    i++; // "["
    const negated = source[i] === '^';
    if (negated) i++;
    const items: ClassItem[] = [];
    while (i < source.length && source[i] !== ']') {
      const from = classAtom();
      if (from !== null && source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        i++; // "-"
        const to = classAtom();
        items.push(to === null ? null : { from, to });
      } else items.push(from === null ? null : { from, to: from });
    }
    i++; // "]"
    return { t: 'class', negated, items };
  };

  /** One character of a class, as a code point, or null for a class escape. */
  const classAtom = (): number | null => {
    if (source[i] !== '\\') {
      const code = source.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      return code;
    }
    const next = source[i + 1] ?? '';
    i = afterEscape(source, i);
    if (next === 'b') return 8; // a backspace, inside a class
    if (next in CONTROL) return CONTROL[next]!.charCodeAt(0);
    if (/[pPsSwWdDuxck0-9]/.test(next) || next === '') return null;
    return next.codePointAt(0)!;
  };

  const tree = alternation();
  if (i < source.length) throw new Error(`Unexpected ")" in ${source.slice(0, 40)}…`);
  return tree;
}

/** Where the escape starting at `at` ("\\…") ends. */
function afterEscape(source: string, at: number): number {
  const next = source[at + 1] ?? '';
  if ((next === 'p' || next === 'P' || next === 'u') && source[at + 2] === '{') return source.indexOf('}', at) + 1;
  if (next === 'k' && source[at + 2] === '<') return source.indexOf('>', at) + 1;
  if (next === 'u') return at + 6;
  if (next === 'x') return at + 4;
  if (next === 'c') return at + 3;
  return at + 2;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The characters of a class item, when it spans at most `max` code points past its first; else null. */
export function classChars(item: ClassItem, max: number): string[] | null {
  if (item === null || item.to - item.from > max) return null;
  const chars: string[] = [];
  for (let c = item.from; c <= item.to; c++) chars.push(String.fromCodePoint(c));
  return chars;
}
