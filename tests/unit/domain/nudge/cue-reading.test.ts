import { describe, expect, it } from 'vitest';
import { loadCueModel, MODEL_KINDS, type CueModel, type ModelKind } from '../../../../shared/domain/nudge/cue-model.ts';
import { readCues } from '../../../../shared/domain/nudge/cue-reading.ts';
import { DENSE_FEATURES } from '../../../../shared/domain/nudge/cue-model-features.ts';
import { encodeInt8 } from '../../../../shared/domain/nudge/cue-model-int8.ts';

/** A model that ignores the words: p(nudge) from its bias alone, and always this kind. */
function fixedModel(p: number, kind: ModelKind, kindP = 0.97): CueModel {
  const zeros = encodeInt8(new Int8Array(16));
  const others = Math.log((1 - kindP) / 3);
  return loadCueModel({
    version: 1,
    bits: 4,
    kindBits: 2,
    nudge: zeros,
    scale: 1,
    bias: Math.log(p / (1 - p)),
    dense: Array(DENSE_FEATURES).fill(0),
    kind: zeros,
    kindScale: 1,
    kindBias: MODEL_KINDS.map((k) => (k === kind ? Math.log(kindP) : others)),
    kindDense: MODEL_KINDS.map(() => Array(DENSE_FEATURES).fill(0)),
    thresholds: { standard: 0.5, gentle: 0.8 },
    helpThreshold: 0.7,
  });
}

describe('readCues: what the chip is told', () => {
  it('says something general when the model nudges and no rule names words', () => {
    const r = readCues('Must be nice to sleep till noon.', { model: fixedModel(0.9, 'tone') });
    expect(r).toMatchObject({ nudge: true, help: null, cues: [], kinds: ['tone'], general: 'tone' });
    const t = readCues('Can we talk about going back to the clinic?', { model: fixedModel(0.9, 'topic') });
    expect(t).toMatchObject({ nudge: true, kinds: ['topic'], general: 'topic' });
  });

  it('explains the words when a rule names them, and adds the topic areas it named', () => {
    const r = readCues('You never listen. Where has the money gone from my purse?', { model: fixedModel(0.9, 'tone') });
    expect(r.nudge).toBe(true);
    expect(r.general).toBeNull();
    expect(r.kinds).toEqual(expect.arrayContaining(['absolute', 'topic', 'money']));
    // A rule already names how it is said: the model's 'tone' adds nothing.
    expect(r.kinds).not.toContain('tone');
    const meds = readCues('Have you stopped taking your meds?', { model: fixedModel(0.9, 'topic') });
    expect(meds.kinds).toEqual(expect.arrayContaining(['topic', 'treatment']));
  });

  it('adds the model’s tone to a rule’s calm topic when the model hears more', () => {
    const r = readCues('Have you stopped taking your meds?', { model: fixedModel(0.9, 'tone') });
    expect(r.kinds).toEqual(expect.arrayContaining(['topic', 'treatment', 'tone']));
    expect(r.general).toBeNull();
  });

  it('lets the model overrule a rule that fired, but never the rules’ help', () => {
    const overruled = readCues('You never listen!', { model: fixedModel(0.1, 'tone') });
    expect(overruled.nudge).toBe(false);
    expect(overruled.cues.length).toBeGreaterThan(0);
    const help = readCues('I can’t do this anymore. Sometimes I wish I was dead.', { model: fixedModel(0.01, 'tone') });
    expect(help).toMatchObject({ nudge: true, help: 'crisis' });
  });

  it('offers help lines on the model’s word only when it is sure of crisis or safety', () => {
    const sure = readCues('please just come, he is grey and not answering me', { model: fixedModel(0.9, 'crisis', 0.9) });
    expect(sure).toMatchObject({ nudge: true, help: 'crisis', general: null });
    const unsure = readCues('please just come, he is grey and not answering me', { model: fixedModel(0.9, 'crisis', 0.5) });
    expect(unsure.help).toBeNull();
    // Unsure of crisis, it still says something true: it may land hard.
    expect(unsure).toMatchObject({ nudge: true, general: 'tone' });
  });

  it('uses the sensitivity’s threshold', () => {
    const model = fixedModel(0.6, 'tone');
    expect(readCues('Must be nice.', { model, sensitivity: 'standard' }).nudge).toBe(true);
    expect(readCues('Must be nice.', { model, sensitivity: 'gentle' }).nudge).toBe(false);
    expect(readCues('You never listen!!!', { model, sensitivity: 'off' })).toEqual({ nudge: false, help: null, cues: [], kinds: [], general: null, modelScore: 0, modelKind: null });
  });
});

describe('readCues with the shipped model (issue #13’s examples)', () => {
  it('catches sarcasm and guilt with no keyword, and says so in general terms', () => {
    for (const text of ['Must be nice to sleep till noon.', 'Nobody else’s son acts like this.']) {
      const r = readCues(text);
      expect(r, text).toMatchObject({ nudge: true, help: null, general: 'tone' });
      expect(r.kinds, text).toContain('tone');
    }
  });

  it('leaves ordinary messages alone', () => {
    for (const text of ['Running late, back by 6.', 'I love you, see you Sunday', 'Can you grab milk on the way home?']) {
      expect(readCues(text).nudge, text).toBe(false);
    }
  });

  it('does not nudge the course’s model boundary, though a rule names drinking', () => {
    const r = readCues('I feel scared when you drive after drinking, so I won’t get in the car tonight.');
    expect(r.nudge).toBe(false);
  });
});
