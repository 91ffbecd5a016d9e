import { describe, expect, it } from 'vitest';
import { loadCueModel, MODEL_WINDOW_CHARS } from '../../../../shared/domain/nudge/cue-model.ts';
import { readCues } from '../../../../shared/domain/nudge/cue-reading.ts';
import { modelWindow } from '../../../../shared/domain/nudge/cue-model-inputs.ts';
import { prepare, toData, train, DEFAULT_OPTIONS, type TrainExample } from '../../../../scripts/train-model.ts';

describe('the model’s window', () => {
  it('reads a bounded window of a long message, where the person is writing', () => {
    const long = 'ordinary words here. '.repeat(1000) + 'the end I typed';
    const window = modelWindow(long, 0, long.length, undefined);
    expect(window.length).toBeLessThanOrEqual(MODEL_WINDOW_CHARS);
    expect(window.endsWith('the end I typed')).toBe(true);
    const atCaret = modelWindow(long, 0, long.length, 100);
    expect(long.indexOf(atCaret)).toBeLessThan(200);
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
