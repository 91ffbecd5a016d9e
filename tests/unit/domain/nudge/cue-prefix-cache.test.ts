import { describe, expect, it } from 'vitest';
import { detectCues } from '../../../../shared/domain/nudge/cue-detector.ts';
import { lexiconPatterns } from '../../../../shared/domain/nudge/cue-pattern-source.ts';
import { computeRulePrefixes, rulePrefixes } from '../../../../shared/domain/nudge/cue-rule-index.ts';
import { buildPrefixCache, madeFrom, prefixCacheKey, type PrefixCache } from '../../../../shared/domain/nudge/cue-prefix-index.ts';
import { requiredWords } from '../../../../shared/domain/nudge/cue-required-words.ts';
import cacheFile from '../../../../shared/content/cues/lexicon-en-prefixes.json';
import cacheFileEs from '../../../../shared/content/cues/help-lexicon-es-prefixes.json';
import { helpOnlyLexiconEs } from '../../../../shared/content/cues/help-lexicon-es.ts';

const cache = cacheFile as PrefixCache;

describe('the English rules’ prefix cache (lexicon-en-prefixes.json)', () => {
  it('was made from the rules as they are today, with the prefixes each would work out (else run: npx tsx scripts/cue-prefix-cache.ts)', () => {
    const patterns = lexiconPatterns();
    expect(madeFrom(cache, patterns.map(prefixCacheKey))).toBe(true);
    expect(cache).toEqual(buildPrefixCache(patterns, computeRulePrefixes, requiredWords));
    for (const pattern of patterns) {
      const fresh = computeRulePrefixes(pattern);
      expect(rulePrefixes(pattern), pattern.slice(0, 60)).toEqual(fresh);
    }
    // Every rule is in the cache, even one whose prefixes cut an emoji in half.
    expect(cache.workedOut).toEqual([]);
    expect(patterns.some((p) => [...(computeRulePrefixes(p) ?? [])].some((prefix) => !prefix.isWellFormed()))).toBe(true);
  });

  it('works a pattern out again when the cache does not know it (an edited rule)', () => {
    const edited = "you (?:never|don't) listen";
    const empty: PrefixCache = { keys: [], prefixes: '', required: [], workedOut: [] };
    expect(rulePrefixes(edited, empty)).toEqual(computeRulePrefixes(edited));
    const known: PrefixCache = { keys: [prefixCacheKey(edited)], prefixes: 'you n\t\u0100', required: [''], workedOut: [] };
    expect(rulePrefixes(edited, known)).toEqual(new Set(['you n']));
    expect(rulePrefixes(edited, { ...known, workedOut: [0] })).toEqual(computeRulePrefixes(edited));
  });

  it('finds the same cues with the cache’s index as by trying every rule everywhere', () => {
    const text = 'You NEVER listen. You’re a drunk and a liar, and I can’t cope anymore. Where were you last night? 😡 Stop being so selfish.';
    expect(detectCues(text).cues).toEqual(detectCues(text, { fullScan: true }).cues);
    expect(detectCues(text).cues.length).toBeGreaterThan(4);
  });
});

describe('the Spanish help rules’ prefix cache (help-lexicon-es-prefixes.json)', () => {
  const cacheEs = cacheFileEs as PrefixCache;

  it('was made from the Spanish help rules as they are today (else run: npx tsx scripts/cue-prefix-cache.ts)', () => {
    const patterns = lexiconPatterns(helpOnlyLexiconEs);
    expect(madeFrom(cacheEs, patterns.map(prefixCacheKey))).toBe(true);
    expect(cacheEs).toEqual(buildPrefixCache(patterns, computeRulePrefixes, requiredWords));
    for (const pattern of patterns) expect(rulePrefixes(pattern, cacheEs), pattern.slice(0, 60)).toEqual(computeRulePrefixes(pattern));
  });

  it('finds the same help with the cache’s index as by trying every rule everywhere', () => {
    for (const text of ['Ya no puedo más, no quiero seguir viviendo.', 'Mi hermano me dijo que me iba a matar si lo dejaba.', 'Al final todo salió bien, gracias.']) {
      const indexed = detectCues(text, { lexicon: helpOnlyLexiconEs });
      expect(indexed, text).toEqual(detectCues(text, { lexicon: helpOnlyLexiconEs, fullScan: true }));
    }
    expect(detectCues('Ya no puedo más, no quiero seguir viviendo.', { lexicon: helpOnlyLexiconEs }).help).toBe('crisis');
  });
});
