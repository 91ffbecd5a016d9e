/**
 * Which few characters a cue pattern can start with, so the detector tries a rule only at
 * word starts that begin that way ("you n…" for "you never"), not at every word that
 * shares its first letter. Most rules begin with "you" or "I", and trying forty of them at
 * every "you" was most of the detector's time.
 */

/** Marks a prefix after which the pattern may end, or may go on with anything. */
const OPEN = '\u0000';

/** More prefixes than this for one rule is not worth indexing: a shorter prefix is used instead. */
const MAX_PREFIXES = 4_000;

/** Thrown inside the parser when a set grows past MAX_PREFIXES. */
class TooMany extends Error {}

/**
 * The prefixes of up to `length` UTF-16 units that text must start with for the (lower-case)
 * regex source to match there. A prefix shorter than `length` means "starts with this, then
 * anything". Returns null when the pattern could start with almost anything (`\p{L}`, `.`,
 * `[^…]`) or has too many prefixes. Errs towards more: a prefix too many only costs a wasted
 * try, while a missing one would lose cues (the detector's fullScan property test guards it).
 */
export function patternPrefixes(source: string, length: number): Set<string> | null {
  let i = 0;
  const wildcard = (): Set<string> => new Set([OPEN]);
  const empty = (): Set<string> => new Set(['']);
  const done = (s: string): boolean => s.endsWith(OPEN) || s.length >= length;
  const check = (set: Set<string>): Set<string> => {
    if (set.size > MAX_PREFIXES) throw new TooMany();
    return set;
  };
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
  const union = (a: Set<string>, b: Set<string>): Set<string> => {
    for (const y of b) a.add(y);
    return check(a);
  };

  const alternation = (): Set<string> => {
    let result = sequence();
    while (source[i] === '|') {
      i++;
      result = union(result, sequence());
    }
    return result;
  };

  const sequence = (): Set<string> => {
    let result = empty();
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      // Once every prefix is long enough or open, the rest of the sequence can't change them.
      if ([...result].every(done)) {
        skipSequence();
        break;
      }
      result = concat(result, quantified());
    }
    return result;
  };

  /** Steps over the rest of a sequence, up to its "|" or ")", without reading it. */
  const skipSequence = (): void => {
    let depth = 0;
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === '\\') i += 2;
      else if (ch === '[') {
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
      } else if (ch === '(') (depth++, i++);
      else if (ch === ')') {
        if (depth === 0) return;
        depth--;
        i++;
      } else if (ch === '|' && depth === 0) return;
      else i++;
    }
  };

  const quantified = (): Set<string> => {
    const atom = single();
    const q = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(i, i + 12));
    if (!q) return atom;
    i += q[0].length;
    const kind = q[0][0];
    const min = kind === '{' ? Number(q[1]) : kind === '+' ? 1 : 0;
    const max = kind === '{' ? (q[2] === undefined ? min : q[2] === '' ? Infinity : Number(q[2])) : kind === '?' ? 1 : Infinity;
    // More repeats than `length` can't add anything a prefix would see.
    const reps = Math.min(max, length + 1);
    let prefix = empty();
    for (let n = 0; n < min && n < reps; n++) prefix = concat(prefix, atom);
    let result = new Set(prefix);
    let more = prefix;
    for (let n = min; n < reps; n++) {
      more = concat(more, atom);
      result = union(result, more);
    }
    // An unbounded repeat past what was spelled out may go on with anything it allows.
    return result;
  };

  const single = (): Set<string> => {
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
      // A lookaround only narrows what matches; ignoring it keeps every real prefix.
      return zeroWidth ? empty() : inner;
    }
    if (ch === '[') return charClass();
    if (ch === '\\') return escape();
    i++;
    if (ch === '^' || ch === '$') return empty();
    if (ch === '.') return wildcard();
    // With the `u` flag a quantifier after an emoji repeats the whole pair: keep it one atom.
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i < source.length) return new Set([ch + source[i++]!]);
    return new Set([ch]);
  };

  const escape = (): Set<string> => {
    const next = source[i + 1] ?? '';
    i += 2;
    if (next === 'p' || next === 'P') {
      i = source.indexOf('}', i) + 1;
      return wildcard();
    }
    if (next === 'b' || next === 'B') return empty();
    if (next === 'd') return new Set('0123456789');
    if (next === 'n') return new Set(['\n']);
    if (next === 't') return new Set(['\t']);
    if ('sSwWDuxc'.includes(next) || /\d/.test(next)) {
      if (next === 'u' && source[i] === '{') i = source.indexOf('}', i) + 1;
      return wildcard();
    }
    return new Set([next]);
  };

  const charClass = (): Set<string> => {
    i++; // "["
    const close = (): void => {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    };
    if (source[i] === '^') {
      close();
      return wildcard();
    }
    const set = new Set<string>();
    let open = false;
    while (i < source.length && source[i] !== ']') {
      const ch = source[i]!;
      if (ch === '\\') {
        const next = source[i + 1] ?? '';
        i += 2;
        if (next === 'p' || next === 'P') i = source.indexOf('}', i) + 1;
        if ('pPsSwWdDuxc'.includes(next) || next === '') open = true;
        else set.add(next === 'n' ? '\n' : next === 't' ? '\t' : next);
        continue;
      }
      i++;
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined && source[i + 1] !== '\\') {
        const end = source.charCodeAt(i + 1);
        i += 2;
        if (end - ch.charCodeAt(0) > 64) open = true;
        else for (let c = ch.charCodeAt(0); c <= end; c++) set.add(String.fromCharCode(c));
        continue;
      }
      set.add(ch);
    }
    i++; // "]"
    return open ? wildcard() : set;
  };

  try {
    const result = alternation();
    const prefixes = new Set<string>();
    for (const p of result) {
      const chars = p.endsWith(OPEN) ? p.slice(0, -1) : p;
      // A pattern that may start with anything, or match nothing, can't be indexed.
      if (chars.length === 0) return null;
      prefixes.add(chars);
    }
    return prefixes;
  } catch (error) {
    if (error instanceof TooMany) return null;
    throw error;
  }
}
