/**
 * The nudge model: a small linear classifier that reads a message beside the rules and
 * says how likely it is to earn the chip, and of which kind (tone, topic, crisis, safety).
 * Rules name words; the model hears what no phrase list holds (sarcasm, guilt, a calm
 * hard topic) and can overrule a rule that fired on a calm boundary.
 *
 * Features are hashed (cue-model-features.ts), so the weights are two fixed-size tables
 * and nothing of the training text is shipped; they ship as base64 of int8
 * (cue-model-int8.ts). Counts are scaled by 1/√(number of features), so a long message is
 * not louder than a short one.
 *
 * Pure and synchronous, no DOM. Loaded by the extension's background only (the weights
 * are hundreds of KB; the in-page script has a 15 KB budget). Trained by
 * `npm run train-cues` (scripts/train-cues.ts), which uses the same featurisation,
 * so training and reading cannot drift apart.
 */
import { DENSE_FEATURES, denseFeatures, extractFeatures, type RuleSignals } from './cue-model-features.ts';
import { decodeInt8 } from './cue-model-int8.ts';

/** The kinds the model tells apart, in the order of its kind head. */
export const MODEL_KINDS = ['tone', 'topic', 'crisis', 'safety'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * Most characters the model reads: the end of the writer's own words, or the part
 * around the caret. A hard sentence sits near where the person is typing; reading a
 * bounded window keeps the cost per pause flat however long the message grows.
 */
export const MODEL_WINDOW_CHARS = 3_000;

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
