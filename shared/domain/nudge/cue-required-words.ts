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

/** Spelled-out sets bigger than this are given up (a sequence of choices multiplies fast). */
const MAX_EXACT = 64;
/** Required-word lists longer than this are given up: checking them would cost more than it saves. */
const MAX_REQUIRED = 300;
/** Shorter words say too little to be worth checking ("a ", "no"). */
const MIN_WORD = 3;

/** A pattern as a tree: only what matters for which words a match holds. */
type Node =
  | { t: 'lit'; s: string }
  | { t: 'chars'; chars: string[] }
  /** One character, or any text, that can't be spelled out (`.`, `\s`, `[^…]`, `\p{L}`, a backreference). */
  | { t: 'any' }
  /** Takes no room: a lookaround, `^`, `$`, `\b`. */
  | { t: 'none' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

/**
 * Words at least one of which every match of the lower-case regex `source` holds, or null
 * when no short, sure list exists. Of the lists a pattern gives ("you're" or "you are",
 * then "drunk" or "addict"…), the most telling is kept: checking a second one was found
 * to save nothing more.
 */
export function requiredWords(source: string): string[] | null {
  let best: Set<string> | null = null;
  for (const set of conjunction(info(parse(source)))) if (shortest(set) >= MIN_WORD) best = stronger(best, set);
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

function info(node: Node): Info {
  switch (node.t) {
    case 'lit':
      return { exact: new Set([node.s]), all: [] };
    case 'chars':
      return { exact: node.chars.length <= MAX_EXACT ? new Set(node.chars) : null, all: [] };
    case 'any':
      return { exact: null, all: [] };
    case 'none':
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

/** Parses the regex syntax the lexicon uses (a JavaScript `u` pattern, already lower-cased). */
function parse(source: string): Node {
  let i = 0;

  const alternation = (): Node => {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  };

  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified());
    return { t: 'seq', items };
  };

  const quantified = (): Node => {
    const node = atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(i, i + 16));
    if (!q) return node;
    i += q[0].length;
    const kind = q[0][0];
    const min = kind === '{' ? Number(q[1]) : kind === '+' ? 1 : 0;
    const max = kind === '{' ? (q[2] === undefined ? min : q[2] === '' ? Infinity : Number(q[2])) : kind === '?' ? 1 : Infinity;
    return { t: 'rep', node, min, max };
  };

  const atom = (): Node => {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      let lookaround = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (lookaround = true);
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (lookaround = true);
      else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      if (source[i] !== ')') throw new Error(`Unclosed group in ${source.slice(0, 40)}…`);
      i++;
      return lookaround ? { t: 'none' } : inner;
    }
    if (ch === '[') return charClass();
    if (ch === '\\') return escape();
    i++;
    if (ch === '^' || ch === '$') return { t: 'none' };
    if (ch === '.') return { t: 'any' };
    // A pair of UTF-16 units (an emoji) is one character under the `u` flag.
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i < source.length) return { t: 'lit', s: ch + source[i++]! };
    return { t: 'lit', s: ch };
  };

  const escape = (): Node => {
    const next = source[i + 1] ?? '';
    i = afterEscape(i);
    if (next === 'b' || next === 'B') return { t: 'none' };
    if (next === 'n') return { t: 'lit', s: '\n' };
    if (next === 't') return { t: 'lit', s: '\t' };
    if (next === 'd') return { t: 'chars', chars: [...'0123456789'] };
    // \p{…} \s \w \D \u… \x… \cX, and backreferences: could be anything.
    if (/[pPsSwWDuxck0-9]/.test(next) || next === '') return { t: 'any' };
    return { t: 'lit', s: next };
  };

  const charClass = (): Node => {
    i++; // "["
    const negated = source[i] === '^';
    const chars = new Set<string>();
    let open = negated;
    while (i < source.length && source[i] !== ']') {
      let ch = source[i]!;
      if (ch === '\\') {
        const next = source[i + 1] ?? '';
        i = afterEscape(i);
        if (/[pPsSwWdDuxcbk0-9]/.test(next) || next === '') {
          open = true;
          continue;
        }
        ch = next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else i++;
      // Half an emoji: one character under the `u` flag; not worth spelling out.
      if (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff) open = true;
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        // A range: spelled out when small and plain, else "could be anything".
        const plainEnd = source[i + 1] !== '\\';
        const end = source.charCodeAt(i + 1);
        i = plainEnd ? i + 2 : afterEscape(i + 1);
        if (!plainEnd || end - ch.charCodeAt(0) > MAX_EXACT) open = true;
        else for (let c = ch.charCodeAt(0); c <= end; c++) chars.add(String.fromCharCode(c));
        continue;
      }
      chars.add(ch);
    }
    i++; // "]"
    return open ? { t: 'any' } : { t: 'chars', chars: [...chars] };
  };

  /** Where the escape starting at `at` ("\\…") ends. */
  const afterEscape = (at: number): number => {
    const next = source[at + 1] ?? '';
    if ((next === 'p' || next === 'P' || next === 'u') && source[at + 2] === '{') return source.indexOf('}', at) + 1;
    if (next === 'k' && source[at + 2] === '<') return source.indexOf('>', at) + 1;
    if (next === 'u') return at + 6;
    if (next === 'x') return at + 4;
    if (next === 'c') return at + 3;
    return at + 2;
  };

  const tree = alternation();
  if (i < source.length) throw new Error(`Unexpected ")" in ${source.slice(0, 40)}…`);
  return tree;
}
