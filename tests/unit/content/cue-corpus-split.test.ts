import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex, readCorpus, readSplit, shingleFrequencies } from '../../../scripts/cue-corpus.ts';

/**
 * The frozen held-out set is the honest measure of the nudge model only while nothing in
 * it, or near it, is trained or tuned on: no message equal to, or a near-duplicate of
 * (Jaccard ≥ 0.7 on word 3-shingles or character 5-grams), a train or dev message.
 */
describe('the labelled corpus and its split', () => {
  const train = readSplit('train');
  const dev = readSplit('dev');
  const heldOut = readSplit('held-out');

  it('is big enough to mean something: a corpus of 3,000 or more, 600 or more held out', () => {
    expect(readCorpus().lines.length).toBeGreaterThanOrEqual(3000);
    expect(heldOut.length).toBeGreaterThanOrEqual(600);
    // Both answers well represented, so precision and recall both mean something.
    const share = heldOut.filter((l) => l.label === 'nudge').length / heldOut.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });

  it('holds out nothing that is trained or tuned on, word for word or nearly', () => {
    const all = [...train, ...dev, ...heldOut].map((l) => l.text);
    const index = new NearDuplicateIndex(shingleFrequencies(all));
    for (const l of [...train, ...dev]) index.add(l.text);
    const leaks = heldOut.flatMap((l) => {
      const id = index.find(l.text);
      return id === -1 ? [] : [`${l.text}  ~  ${index.text(id)}`];
    });
    expect(leaks).toEqual([]);
  }, 30_000);

  it('finds a near-duplicate when there is one (so the check above can fail)', () => {
    const texts = ['you never ever listen to a single word i say do you', 'Can you grab milk on the way home?'];
    const index = new NearDuplicateIndex(shingleFrequencies(texts));
    for (const t of texts) index.add(t);
    expect(index.find('You never ever listen to a single word I say, do you?!')).toBe(0);
    expect(index.find('you never ever listen to a single word i say do you mate')).toBe(0);
    expect(index.find('can u grab milk on the way home')).toBe(1);
    expect(index.find('I booked the dentist for Tuesday at ten')).toBe(-1);
  });
});
