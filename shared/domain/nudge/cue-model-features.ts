/**
 * What the nudge model reads of a message: hashed word 1–2-grams and character 3–5-grams
 * of the lower-cased text (curly apostrophes straightened), and the rules' findings as a
 * few dense inputs. Its own file because training (scripts/train-model.ts) and reading
 * (cue-model.ts) must featurise exactly alike, and because it is the part that runs on
 * every pause in typing: it allocates nothing once its buffers have grown.
 */
import type { CueKind, HelpNeed } from '../../content/cues/lexicon-types.ts';

/** What the rules found, as the model takes it. */
export interface RuleSignals {
  /** Cues found per kind (after the detector's own filtering). */
  counts: Readonly<Partial<Record<CueKind, number>>>;
  /** The rules' summed score (1 = the rules alone would nudge at standard). */
  score: number;
  help: HelpNeed | null;
  /** A money topic rule matched. */
  money: boolean;
  /** A treatment, hospital or medication topic rule matched. */
  treatment: boolean;
}

export const NO_SIGNALS: RuleSignals = { counts: {}, score: 0, help: null, money: false, treatment: false };

const CUE_KINDS: readonly CueKind[] = ['absolute', 'blame', 'ultimatum', 'label', 'topic', 'shouting', 'distress'];

/** How many dense inputs the rules and the message's length give (see denseFeatures). */
export const DENSE_FEATURES = CUE_KINDS.length + 11;

/** The dense inputs: the rules' findings and a rough length, all in 0..~2. */
export function denseFeatures(signals: RuleSignals, words: number, out: Float64Array = new Float64Array(DENSE_FEATURES)): Float64Array {
  let i = 0;
  for (const kind of CUE_KINDS) out[i++] = Math.log1p(signals.counts[kind] ?? 0);
  out[i++] = Math.min(signals.score, 4) / 2;
  out[i++] = signals.score >= 1 ? 1 : 0;
  out[i++] = signals.help === 'crisis' ? 1 : 0;
  out[i++] = signals.help === 'safety' ? 1 : 0;
  out[i++] = signals.money ? 1 : 0;
  out[i++] = signals.treatment ? 1 : 0;
  // Length buckets: a three-word text and a long email carry different priors.
  out[i++] = words < 6 ? 1 : 0;
  out[i++] = words >= 6 && words < 15 ? 1 : 0;
  out[i++] = words >= 15 && words < 40 ? 1 : 0;
  out[i++] = words >= 40 && words < 100 ? 1 : 0;
  out[i++] = words >= 100 ? 1 : 0;
  return out;
}

// Seeds keep words, word pairs and character grams apart in the one hash space.
const WORD_SEED = 0x811c9dc5;
const PAIR_SEED = 0x2545f491;
const CHAR_SEED = 0x9e3779b1;
const FNV_PRIME = 0x01000193;

/** The hashes of one message's features; `hashes` is reused by the next call, so copy what you keep. */
export interface Features {
  hashes: Uint32Array;
  /** How many of `hashes` are this message's. */
  count: number;
  words: number;
}

let hashBuffer = new Uint32Array(16_384);
let charBuffer = new Uint16Array(4_096);

/**
 * The hash of every feature of `text` (repeats included). `text` should already be the
 * window to read. Allocates nothing once its buffers have grown: this runs on every
 * pause in typing.
 */
export function extractFeatures(text: string): Features {
  // Lower case, straight apostrophes, one space for any run of spaces, a space either end.
  const lower = text.toLowerCase();
  const n = lower.length;
  if (charBuffer.length < n + 2) charBuffer = new Uint16Array(n + 2);
  // At most 3 character grams and 2 word grams per character.
  if (hashBuffer.length < 5 * (n + 2)) hashBuffer = new Uint32Array(5 * (n + 2));
  const buf = charBuffer;
  const out = hashBuffer;
  let len = 0;
  buf[len++] = 32;
  for (let i = 0; i < n; i++) {
    let c = lower.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc) c = 39;
    else if (c === 0x201c || c === 0x201d) c = 34;
    else if (c === 9 || c === 10 || c === 13 || c === 0xa0) c = 32;
    if (c === 32 && buf[len - 1] === 32) continue;
    buf[len++] = c;
  }
  if (buf[len - 1] !== 32) buf[len++] = 32;

  let count = 0;
  // Character 3-, 4- and 5-grams, each hashed as it grows from the same start.
  for (let i = 0; i + 3 <= len; i++) {
    let h = Math.imul(CHAR_SEED ^ buf[i]!, FNV_PRIME);
    h = Math.imul(h ^ buf[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ buf[i + 2]!, FNV_PRIME);
    out[count++] = h >>> 0;
    if (i + 4 > len) continue;
    h = Math.imul(h ^ buf[i + 3]!, FNV_PRIME);
    out[count++] = h >>> 0;
    if (i + 5 > len) continue;
    h = Math.imul(h ^ buf[i + 4]!, FNV_PRIME);
    out[count++] = h >>> 0;
  }

  // Words (letters, digits, apostrophes inside) and pairs of neighbouring words.
  let words = 0;
  let prev = 0;
  let h = WORD_SEED;
  let inWord = false;
  for (let i = 0; i < len; i++) {
    const c = buf[i]!;
    const word = isWordUnit(c) || (c === 39 && inWord && i + 1 < len && isWordUnit(buf[i + 1]!));
    if (word) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (inWord) {
      const w = h >>> 0;
      out[count++] = w;
      if (words > 0) out[count++] = mix(prev, w);
      prev = w;
      words++;
      h = WORD_SEED;
      inWord = false;
    }
    // A sentence end breaks the chain of pairs.
    if (c === 46 || c === 33 || c === 63) prev = 0;
  }
  return { hashes: out, count, words };
}

function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ PAIR_SEED, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
