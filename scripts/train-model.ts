/**
 * Training the nudge model (shared/domain/nudge/cue-model.ts): logistic regression for "nudge or
 * not" and a softmax over the nudge kinds, both with L2, trained by AdaGrad SGD in a seeded
 * order for a fixed number of epochs. Plain TypeScript with our own small PRNG: the same
 * data and seed give the same weights, bit for bit (tests/unit/domain/nudge/cue-model.test.ts).
 */
import { detectCues } from '../shared/domain/nudge/cue-detector.ts';
import { MODEL_KINDS, sigmoid, type CueModelData, type ModelKind } from '../shared/domain/nudge/cue-model.ts';
import { DENSE_FEATURES, denseFeatures, extractFeatures } from '../shared/domain/nudge/cue-model-features.ts';
import { encodeInt8 } from '../shared/domain/nudge/cue-model-int8.ts';
import { modelWindow, ruleSignals } from '../shared/domain/nudge/cue-model-inputs.ts';
import { analysedRange } from '../shared/domain/nudge/cue-detector.ts';

/** One message to learn from. */
export interface TrainExample {
  text: string;
  nudge: boolean;
  /** The nudge's kind, or null when unknown or not a nudge (the kind head skips it). */
  kind: ModelKind | null;
  /** How much it counts (the app's own words count more: they must never nudge). */
  weight: number;
}

/** A message turned into the model's inputs, once. */
export interface Prepared {
  hashes: Uint32Array;
  values: Float64Array;
  dense: Float64Array;
  y: number;
  kind: number;
  weight: number;
}

export interface TrainOptions {
  bits: number;
  kindBits: number;
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 strength per step on the weights an example touches. */
  l2: number;
  seed: number;
  /** Weight of nudge examples relative to none (class balance). */
  nudgeWeight: number;
}

/** Chosen on the dev split (`npm run train-cues -- --search`, then a few by hand with `--options=`). With the hard-to-catch batch added (2026-12-05), fewer epochs and lighter L2 gained dev recall (0.804 to 0.831 at precision 0.944); 18 bits gained a little more but would quadruple the table the background decodes at start. */
export const DEFAULT_OPTIONS: TrainOptions = { bits: 16, kindBits: 15, epochs: 8, rate: 0.3, l2: 1e-3, seed: 13, nudgeWeight: 1.5 };

/** Features of one message, as the reader computes them at standard sensitivity. */
export function prepare(example: TrainExample): Prepared {
  const rules = detectCues(example.text);
  const [from, to] = analysedRange(example.text);
  const counts = new Map<number, number>();
  const { hashes: all, count: features, words } = extractFeatures(modelWindow(example.text, from, to, undefined));
  for (let i = 0; i < features; i++) counts.set(all[i]!, (counts.get(all[i]!) ?? 0) + 1);
  const norm = features > 0 ? 1 / Math.sqrt(features) : 0;
  const hashes = new Uint32Array(counts.size);
  const values = new Float64Array(counts.size);
  let i = 0;
  for (const [h, c] of counts) {
    hashes[i] = h;
    values[i++] = c * norm;
  }
  return {
    hashes,
    values,
    dense: denseFeatures(ruleSignals(rules), words),
    y: example.nudge ? 1 : 0,
    kind: example.kind === null ? -1 : MODEL_KINDS.indexOf(example.kind),
    weight: example.weight,
  };
}

/** xorshift32: a small PRNG of our own, so the order is the same on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function shuffled(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** AdaGrad on one table: the weights and their summed squared gradients. */
class Table {
  readonly w: Float64Array;
  readonly g: Float64Array;
  constructor(size: number) {
    this.w = new Float64Array(size);
    this.g = new Float64Array(size).fill(1e-8);
  }
  step(i: number, grad: number, rate: number): void {
    this.g[i] += grad * grad;
    this.w[i] -= (rate * grad) / Math.sqrt(this.g[i]!);
  }
}

/** Float weights, before quantising. */
export interface FloatModel {
  options: TrainOptions;
  nudge: Table;
  bias: Table;
  dense: Table;
  kind: Table[];
  kindBias: Table;
  kindDense: Table[];
}

/** Trains both heads on prepared examples. */
export function train(data: readonly Prepared[], options: TrainOptions = DEFAULT_OPTIONS): FloatModel {
  const size = 1 << options.bits;
  const mask = size - 1;
  const kindSize = 1 << options.kindBits;
  const kindMask = kindSize - 1;
  const m: FloatModel = {
    options,
    nudge: new Table(size),
    bias: new Table(1),
    dense: new Table(DENSE_FEATURES),
    kind: MODEL_KINDS.map(() => new Table(kindSize)),
    kindBias: new Table(MODEL_KINDS.length),
    kindDense: MODEL_KINDS.map(() => new Table(DENSE_FEATURES)),
  };
  const next = prng(options.seed);
  const { rate, l2 } = options;
  const zk = new Float64Array(MODEL_KINDS.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const e of shuffled(data.length, next)) {
      const ex = data[e]!;
      // Binary head.
      let z = m.bias.w[0]!;
      for (let i = 0; i < ex.hashes.length; i++) z += m.nudge.w[ex.hashes[i]! & mask]! * ex.values[i]!;
      for (let j = 0; j < DENSE_FEATURES; j++) z += m.dense.w[j]! * ex.dense[j]!;
      const g = (sigmoid(z) - ex.y) * ex.weight * (ex.y === 1 ? options.nudgeWeight : 1);
      m.bias.step(0, g, rate);
      for (let i = 0; i < ex.hashes.length; i++) {
        const k = ex.hashes[i]! & mask;
        m.nudge.step(k, g * ex.values[i]! + l2 * m.nudge.w[k]!, rate);
      }
      for (let j = 0; j < DENSE_FEATURES; j++) m.dense.step(j, g * ex.dense[j]! + l2 * m.dense.w[j]!, rate);

      // Kind head, on nudges of a known kind.
      if (ex.kind < 0) continue;
      let max = -Infinity;
      for (let c = 0; c < MODEL_KINDS.length; c++) {
        let s = m.kindBias.w[c]!;
        const t = m.kind[c]!.w;
        for (let i = 0; i < ex.hashes.length; i++) s += t[ex.hashes[i]! & kindMask]! * ex.values[i]!;
        const d = m.kindDense[c]!.w;
        for (let j = 0; j < DENSE_FEATURES; j++) s += d[j]! * ex.dense[j]!;
        zk[c] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let c = 0; c < MODEL_KINDS.length; c++) total += Math.exp(zk[c]! - max);
      for (let c = 0; c < MODEL_KINDS.length; c++) {
        const gc = (Math.exp(zk[c]! - max) / total - (c === ex.kind ? 1 : 0)) * ex.weight;
        m.kindBias.step(c, gc, rate);
        const t = m.kind[c]!;
        for (let i = 0; i < ex.hashes.length; i++) {
          const k = ex.hashes[i]! & kindMask;
          t.step(k, gc * ex.values[i]! + l2 * t.w[k]!, rate);
        }
        const d = m.kindDense[c]!;
        for (let j = 0; j < DENSE_FEATURES; j++) d.step(j, gc * ex.dense[j]! + l2 * d.w[j]!, rate);
      }
    }
  }
  return m;
}

function quantise(values: Float64Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.round(values[i]! / scale);
  return { q, scale };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The shipped form: int8 tables with their scales, thresholds filled in later. */
export function toData(m: FloatModel, thresholds = { standard: 0.5, gentle: 0.7 }, helpThreshold = 0.7): CueModelData {
  const nudge = quantise(m.nudge.w);
  const kindAll = new Float64Array(m.kind.length * m.kind[0]!.w.length);
  m.kind.forEach((t, c) => kindAll.set(t.w, c * t.w.length));
  const kind = quantise(kindAll);
  return {
    version: 1,
    bits: m.options.bits,
    kindBits: m.options.kindBits,
    nudge: encodeInt8(nudge.q),
    scale: nudge.scale,
    bias: round6(m.bias.w[0]!),
    dense: [...m.dense.w].map(round6),
    kind: encodeInt8(kind.q),
    kindScale: kind.scale,
    kindBias: [...m.kindBias.w].map(round6),
    kindDense: m.kindDense.map((d) => [...d.w].map(round6)),
    thresholds,
    helpThreshold,
  };
}
