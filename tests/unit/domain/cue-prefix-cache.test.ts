import { describe, expect, it } from 'vitest';
import { computeRulePrefixes, lexiconPatterns, prefixCacheKey, rulePrefixes } from '../../../shared/domain/cue-detector.ts';
import cache from '../../../shared/content/cues/lexicon-en-prefixes.json';

describe('the English rules’ prefix cache (lexicon-en-prefixes.json)', () => {
  it('holds every rule, with the prefixes it would work out (else run: npx tsx scripts/cue-prefix-cache.ts)', () => {
    const entries = (cache as { entries: Record<string, string[] | null> }).entries;
    for (const pattern of lexiconPatterns()) {
      const fresh = computeRulePrefixes(pattern);
      // Rules whose prefixes cut an emoji in half are left to work out at start.
      if (fresh && [...fresh].some((p) => !p.isWellFormed())) continue;
      expect(entries[prefixCacheKey(pattern)], pattern.slice(0, 60)).toEqual(fresh === null ? null : [...fresh].sort());
    }
  });

  it('works a pattern out again when the cache does not know it (an edited rule)', () => {
    const edited = "you (?:never|don't) listen";
    expect(rulePrefixes(edited, { entries: {} })).toEqual(computeRulePrefixes(edited));
    expect(rulePrefixes(edited, { entries: { [prefixCacheKey(edited)]: ['you n'] } })).toEqual(new Set(['you n']));
  });
});
