/**
 * The nudge model: a small linear classifier that reads a message beside the rules and
 * says how likely it is to earn the chip, and of which kind (tone, topic, crisis, safety).
 * Rules name words; the model hears what no phrase list holds (sarcasm, guilt, a calm
 * hard topic) and can overrule a rule that fired on a calm boundary.
 *
 * Features are hashed, so the weights are two fixed-size tables and nothing of the
 * training text is shipped: word 1–2-grams and character 3–5-grams of the lower-cased
 * text (curly apostrophes straightened), plus the rules' findings as a few dense inputs.
 * Counts are scaled by 1/√(number of features), so a long message is not louder than a
 * short one.
 *
 * Pure and synchronous, no DOM. Loaded by the extension's background only (the weights
 * are hundreds of KB; the in-page script has a 15 KB budget). Trained by
 * `npm run train-cues` (scripts/train-cues.ts), which uses the same featurisation below,
 * so training and reading cannot drift apart.
 */
import type { CueKind, HelpNeed } from '../../content/cues/lexicon-types.ts';

/** The kinds the model tells apart, in the order of its kind head. */
export const MODEL_KINDS = ['tone', 'topic', 'crisis', 'safety'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * Most characters the model reads: the end of the writer's own words, or the part
 * around the caret. A hard sentence sits near where the person is typing; reading a
 * bounded window keeps the cost per pause flat however long the message grows.
 */
export const MODEL_WINDOW_CHARS = 3_000;

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

/** The weights as shipped: hashed tables quantised to int8, each with its scale. */
export interface CueModelData {
  version: 1;
  /** log2 of the binary head's table size. */
  bits: number;
  /** log2 of each kind head's table size. */
  kindBits: number;
  /** Base64 of int8 weights; multiply by `scale`. */
  nudge: string;
  scale: number;
  bias: number;
  dense: number[];
  /** One table per MODEL_KINDS entry, in order, concatenated. */
  kind: string;
  kindScale: number;
  kindBias: number[];
  kindDense: number[][];
  /** p(nudge) needed at each sensitivity, chosen on the dev set. */
  thresholds: { standard: number; gentle: number };
  /** p(crisis or safety) needed for the model alone to offer help lines. */
  helpThreshold: number;
}

/** A model ready to read: decoded tables. */
export interface CueModel {
  mask: number;
  weights: Int8Array;
  scale: number;
  bias: number;
  dense: Float64Array;
  kindMask: number;
  kindWeights: Int8Array[];
  kindScale: number;
  kindBias: Float64Array;
  kindDense: Float64Array[];
  thresholds: { standard: number; gentle: number };
  helpThreshold: number;
}

/** What the model says about one message. */
export interface ModelReading {
  /** Probability the message earns the chip. */
  p: number;
  /** The likeliest kind, were it a nudge. */
  kind: ModelKind;
  /** That kind's probability. */
  kindP: number;
}

/** Decodes the shipped weights (a few ms, once per background start). */
export function loadCueModel(data: CueModelData): CueModel {
  const size = 1 << data.bits;
  const kindSize = 1 << data.kindBits;
  const weights = decodeInt8(data.nudge, size);
  const kindAll = decodeInt8(data.kind, kindSize * MODEL_KINDS.length);
  return {
    mask: size - 1,
    weights,
    scale: data.scale,
    bias: data.bias,
    dense: Float64Array.from(data.dense),
    kindMask: kindSize - 1,
    kindWeights: MODEL_KINDS.map((_, k) => kindAll.subarray(k * kindSize, (k + 1) * kindSize)),
    kindScale: data.kindScale,
    kindBias: Float64Array.from(data.kindBias),
    kindDense: data.kindDense.map((d) => Float64Array.from(d)),
    thresholds: data.thresholds,
    helpThreshold: data.helpThreshold,
  };
}

const dense = new Float64Array(DENSE_FEATURES);
const kindSums = new Float64Array(MODEL_KINDS.length);

/** Reads `text` (already the window to read) with the rules' findings. */
export function runCueModel(model: CueModel, text: string, signals: RuleSignals): ModelReading {
  const { weights, mask, kindWeights, kindMask } = model;
  const k0 = kindWeights[0]!;
  const k1 = kindWeights[1]!;
  const k2 = kindWeights[2]!;
  const k3 = kindWeights[3]!;
  let sum = 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const { hashes, count: features, words } = extractFeatures(text);
  for (let i = 0; i < features; i++) {
    const h = hashes[i]!;
    sum += weights[h & mask]!;
    const j = h & kindMask;
    s0 += k0[j]!;
    s1 += k1[j]!;
    s2 += k2[j]!;
    s3 += k3[j]!;
  }
  const norm = features > 0 ? 1 / Math.sqrt(features) : 0;
  denseFeatures(signals, words, dense);
  let z = model.bias + sum * model.scale * norm;
  for (let i = 0; i < DENSE_FEATURES; i++) z += model.dense[i]! * dense[i]!;
  kindSums[0] = s0;
  kindSums[1] = s1;
  kindSums[2] = s2;
  kindSums[3] = s3;
  let best = 0;
  let max = -Infinity;
  for (let k = 0; k < MODEL_KINDS.length; k++) {
    let zk = model.kindBias[k]! + kindSums[k]! * model.kindScale * norm;
    const kd = model.kindDense[k]!;
    for (let i = 0; i < DENSE_FEATURES; i++) zk += kd[i]! * dense[i]!;
    kindSums[k] = zk;
    if (zk > max) {
      max = zk;
      best = k;
    }
  }
  let total = 0;
  for (let k = 0; k < MODEL_KINDS.length; k++) total += Math.exp(kindSums[k]! - max);
  return { p: sigmoid(z), kind: MODEL_KINDS[best]!, kindP: 1 / total };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Int8 values as base64 (no dependency on Buffer or atob, so it runs in Node and a worker alike). */
export function encodeInt8(values: Int8Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.length);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

const B64_INDEX = (() => {
  const index = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  return index;
})();

function decodeInt8(text: string, length: number): Int8Array {
  // Chrome's own decoder where there is one (a few ms faster at a cold start), else ours.
  const native = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
  if (typeof native.fromBase64 === 'function') {
    const bytes = native.fromBase64(text);
    if (bytes.length !== length) throw new Error(`Cue model: expected ${length} weights, found ${bytes.length}`);
    return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i + 3 < text.length + 1 && o < length; i += 4) {
    const a = B64_INDEX[text.charCodeAt(i)]!;
    const b = B64_INDEX[text.charCodeAt(i + 1)]!;
    const c = B64_INDEX[text.charCodeAt(i + 2)]!;
    const d = B64_INDEX[text.charCodeAt(i + 3)]!;
    out[o++] = (a << 2) | (b >> 4);
    if (o < length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < length) out[o++] = ((c & 3) << 6) | d;
  }
  if (o !== length) throw new Error(`Cue model: expected ${length} weights, found ${o}`);
  return new Int8Array(out.buffer);
}
