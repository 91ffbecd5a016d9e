import { describe, expect, it } from 'vitest';
import { profileLabelsIn } from '../../../shared/content/profile-words-en.ts';
import { CONDITIONS, RELATIONSHIPS, SITUATIONS } from '../../../shared/domain/course/profile.ts';

describe('the profile choices, by language', () => {
  it('label every choice the form offers, in English and in Spanish, with the same keys', () => {
    for (const language of ['en', 'es'] as const) {
      const labels = profileLabelsIn(language);
      expect(Object.keys(labels.relationships).sort(), language).toEqual([...RELATIONSHIPS].sort());
      expect(Object.keys(labels.situations).sort(), language).toEqual([...SITUATIONS].sort());
      expect(Object.keys(labels.conditions).sort(), language).toEqual([...CONDITIONS].sort());
    }
  });

  it('keeps the English words the form has always shown', () => {
    const en = profileLabelsIn('en');
    expect([en.relationships.son, en.relationships.other, en.situations.both, en.conditions['rather-not-say']]).toEqual(['My son', 'Someone else', 'Both', 'I would rather not say']);
    const es = profileLabelsIn('es');
    expect([es.relationships.son, es.relationships.other, es.situations.both]).toEqual(['Mi hijo', 'Otra persona', 'Las dos cosas']);
  });
});
