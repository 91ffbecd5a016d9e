import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../../shared/domain/nudge/cue-model-features.ts';

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
});
