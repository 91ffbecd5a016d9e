import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isFirstWordsStore } from '../../../../shared/data/trust/storage.ts';
import { SEALED_STORES } from '../../../../shared/data/trust/sealed-records.ts';

describe('the first words: the save after which Alongside asks to keep its storage', () => {
  it('is a save of something the person wrote or answered, not the note of the step a lesson reached', () => {
    expect(isFirstWordsStore('journal')).toBe(true);
    expect(isFirstWordsStore('safetyPlan')).toBe(true);
    expect(isFirstWordsStore('progress')).toBe(false);
    // Settings and unknown stores are not the person's words.
    expect(isFirstWordsStore('settings')).toBe(false);
    expect(isFirstWordsStore('nonsense')).toBe(false);
    expect(SEALED_STORES.filter(isFirstWordsStore)).toHaveLength(SEALED_STORES.length - 1);
  });
});
