import { describe, expect, it } from 'vitest';
import { encodeInt8, extractFeatures, loadCueModel, MODEL_WINDOW_CHARS } from '../../../../shared/domain/nudge/cue-model.ts';
import { readCues } from '../../../../shared/domain/nudge/cue-reading.ts';
import { modelWindow } from '../../../../shared/domain/nudge/cue-model-inputs.ts';
import { prepare, toData, train, DEFAULT_OPTIONS, type TrainExample } from '../../../../scripts/train-model.ts';

function features(text: string): number[] {
  const { hashes, count } = extractFeatures(text);
  return [...hashes.subarray(0, count)].sort((a, b) => a - b);
}

describe('the model’s features', () => {
  it('reads capitals, curly apostrophes and runs of spaces as the plain text', () => {
    expect(features('You DON’T  listen')).toEqual(features("you don't listen"));
    expect(features('you\n\nnever')).toEqual(features('you never'));
  });

  it('counts character 3–5-grams and word 1–2-grams', () => {
    // " hi you " is 8 characters: 6 + 5 + 4 character grams; 2 words and 1 pair.
    expect(extractFeatures('hi you').count).toBe(6 + 5 + 4 + 2 + 1);
    expect(extractFeatures('hi you').words).toBe(2);
  });

  it('tells word order apart through the word pairs', () => {
    expect(features('you never listen')).not.toEqual(features('listen never you'));
  });

  it('reads a bounded window of a long message, where the person is writing', () => {
    const long = 'ordinary words here. '.repeat(1000) + 'the end I typed';
    const window = modelWindow(long, 0, long.length, undefined);
    expect(window.length).toBeLessThanOrEqual(MODEL_WINDOW_CHARS);
    expect(window.endsWith('the end I typed')).toBe(true);
    const atCaret = modelWindow(long, 0, long.length, 100);
    expect(long.indexOf(atCaret)).toBeLessThan(200);
  });
});

describe('the weights file’s encoding', () => {
  it('writes int8 weights as standard base64, and reads them back', () => {
    const values = Int8Array.from([0, 1, -1, 127, -128, 5, 64, -7]);
    for (const length of [6, 7, 8]) {
      const part = values.slice(0, length);
      expect(encodeInt8(part)).toBe(Buffer.from(part.buffer, part.byteOffset, part.length).toString('base64'));
    }
    const data = toData(train([], { ...DEFAULT_OPTIONS, bits: 3, kindBits: 1, epochs: 0 }));
    const model = loadCueModel({ ...data, nudge: encodeInt8(values) });
    expect([...model.weights]).toEqual([...values]);
  });
});

const SMALL_SET: TrainExample[] = [
  { text: 'You never listen to me', nudge: true, kind: 'tone', weight: 1 },
  { text: 'What a surprise, drunk again', nudge: true, kind: 'tone', weight: 1 },
  { text: 'Can we talk about the clinic?', nudge: true, kind: 'topic', weight: 1 },
  { text: 'I can’t go on, I want to die', nudge: true, kind: 'crisis', weight: 1 },
  { text: 'You hit me and I am scared', nudge: true, kind: 'safety', weight: 1 },
  { text: 'Running late, back by 6', nudge: false, kind: null, weight: 1 },
  { text: 'Love you, see you Sunday', nudge: false, kind: null, weight: 1 },
  { text: 'Can you grab milk?', nudge: false, kind: null, weight: 1 },
];

describe('training', () => {
  const options = { ...DEFAULT_OPTIONS, bits: 12, kindBits: 10, epochs: 20 };

  it('is deterministic: the same data and seed give the same weights', () => {
    const a = toData(train(SMALL_SET.map(prepare), options));
    const b = toData(train(SMALL_SET.map(prepare), options));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = toData(train(SMALL_SET.map(prepare), { ...options, seed: 99 }));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('learns its training set', () => {
    const model = loadCueModel(toData(train(SMALL_SET.map(prepare), options)));
    for (const e of SMALL_SET) {
      const r = readCues(e.text, { model });
      expect(r.modelScore > 0.5, e.text).toBe(e.nudge);
      if (e.kind) expect(r.modelKind, e.text).toBe(e.kind);
    }
  });
});
