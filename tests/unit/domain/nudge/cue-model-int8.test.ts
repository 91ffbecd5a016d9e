import { describe, expect, it } from 'vitest';
import { loadCueModel } from '../../../../shared/domain/nudge/cue-model.ts';
import { encodeInt8 } from '../../../../shared/domain/nudge/cue-model-int8.ts';
import { toData, train, DEFAULT_OPTIONS } from '../../../../scripts/train-model.ts';

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
