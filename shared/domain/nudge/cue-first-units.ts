/**
 * Which first characters a cue pattern can start with, for rules whose prefixes
 * (cue-pattern-prefixes.ts) are too many to index: the detector then tries such a rule only
 * at word starts beginning with one of them.
 */

/** What a piece of pattern can start with: lowercased UTF-16 units, or null for "anything". */
interface Start {
  first: Set<number> | null;
  /** Can it match the empty string (so what follows may start the match)? */
  nullable: boolean;
}

/**
 * The lowercased first UTF-16 units a regex source can match, or null when it could
 * start with almost anything (a class like `\p{L}`, `.`, `[^…]`, whitespace, or syntax
 * this small reader doesn't know). Errs towards "more": a unit too many only costs a
 * wasted try; a unit missing would lose cues, which the fullScan property test guards.
 */
export function firstUnits(source: string): Set<number> | null {
  let i = 0;
  const any: Start = { first: null, nullable: false };
  const union = (a: Set<number> | null, b: Set<number> | null): Set<number> | null => {
    if (a === null || b === null) return null;
    for (const u of b) a.add(u);
    return a;
  };
  const unitsOf = (chars: string): Set<number> => {
    const set = new Set<number>();
    for (const ch of [chars.toLowerCase(), chars.toUpperCase()]) for (let k = 0; k < ch.length; k++) set.add(foldUnit(ch.charCodeAt(k)));
    return set;
  };

  const alternation = (): Start => {
    let result = sequence();
    while (source[i] === '|') {
      i++;
      const next = sequence();
      result = { first: union(result.first, next.first), nullable: result.nullable || next.nullable };
    }
    return result;
  };

  const sequence = (): Start => {
    let first: Set<number> | null = new Set<number>();
    let nullable = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = quantified();
      if (nullable) first = union(first, atom.first);
      nullable = nullable && atom.nullable;
    }
    return { first, nullable };
  };

  const quantified = (): Start => {
    const atom = single();
    const q = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i, i + 12));
    if (!q) return atom;
    i += q[0].length;
    const min = q[0][0] === '{' ? Number(/\d+/.exec(q[0])![0]) : q[0][0] === '+' ? 1 : 0;
    return { first: atom.first, nullable: atom.nullable || min === 0 };
  };

  const single = (): Start => {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (zeroWidth = true);
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (zeroWidth = true);
      else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      i++; // ")"
      // A lookaround checks without consuming; what follows it is the real start.
      return zeroWidth ? { first: new Set(), nullable: true } : inner;
    }
    if (ch === '[') return charClass();
    if (ch === '\\') return escape();
    i++;
    if (ch === '^' || ch === '$') return { first: new Set(), nullable: true };
    if (ch === '.') return any;
    return { first: unitsOf(ch), nullable: false };
  };

  const escape = (): Start => {
    const next = source[i + 1] ?? '';
    i += 2;
    if (next === 'p' || next === 'P') {
      i = source.indexOf('}', i) + 1;
      return any;
    }
    if (next === 'b' || next === 'B') return { first: new Set(), nullable: true };
    if (next === 'd') return { first: unitsOf('0123456789'), nullable: false };
    if ('sSwWD'.includes(next)) return any;
    if (next === 'u' || next === 'x' || next === 'c' || /\d/.test(next)) return any;
    if (next === 'n') return { first: unitsOf('\n'), nullable: false };
    if (next === 't') return { first: unitsOf('\t'), nullable: false };
    return { first: unitsOf(next), nullable: false };
  };

  const charClass = (): Start => {
    i++; // "["
    if (source[i] === '^') {
      i = source.indexOf(']', i + 1) + 1;
      return any;
    }
    const set = new Set<number>();
    let ok = true;
    while (i < source.length && source[i] !== ']') {
      let ch = source[i]!;
      if (ch === '\\') {
        const next = source[i + 1] ?? '';
        i += 2;
        if (next === 'p' || next === 'P') i = source.indexOf('}', i) + 1;
        if ('pPsSwWdDuxc'.includes(next) || next === '') ok = false;
        else for (const u of unitsOf(next === 'n' ? '\n' : next === 't' ? '\t' : next)) set.add(u);
        continue;
      }
      i++;
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined && source[i + 1] !== '\\') {
        const end = source.charCodeAt(i + 1);
        i += 2;
        if (end - ch.charCodeAt(0) > 300) ok = false;
        else for (let c = ch.charCodeAt(0); c <= end; c++) for (const u of unitsOf(String.fromCharCode(c))) set.add(u);
        continue;
      }
      for (const u of unitsOf(ch)) set.add(u);
      ch = '';
    }
    i++; // "]"
    return ok ? { first: set, nullable: false } : any;
  };

  const result = alternation();
  if (result.nullable || result.first === null) return null;
  // Whitespace can't begin a word start, so a rule that may start on it is scanned in full.
  for (const ws of [9, 10, 13, 32]) if (result.first.has(ws)) return null;
  return result.first;
}

/** Lower-cases one UTF-16 unit (ASCII fast path), so "Y" and "y" share a bucket. */
export function foldUnit(unit: number): number {
  if (unit >= 65 && unit <= 90) return unit + 32;
  if (unit < 128) return unit;
  return String.fromCharCode(unit).toLowerCase().charCodeAt(0);
}
