import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { patternPrefixes } from '../../../../shared/domain/nudge/cue-pattern-prefixes.ts';
import { lexiconEn } from '../../../../shared/content/cues/lexicon-en.ts';

const sorted = (set: Set<string> | null): string[] | null => (set ? [...set].sort() : null);

describe('patternPrefixes', () => {
  it('spells out literals, alternations and optional parts up to the length asked', () => {
    expect(sorted(patternPrefixes('(?:you|u) never', 5))).toEqual(['u nev', 'you n']);
    expect(sorted(patternPrefixes("i(?:'m| am)? done", 4))).toEqual(['i am', 'i do', "i'm "]);
    expect(sorted(patternPrefixes('[$£]\\d', 3))).toEqual(['$0', '$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9', '£0', '£1', '£2', '£3', '£4', '£5', '£6', '£7', '£8', '£9']);
  });

  it('stops a prefix where the pattern may go on with anything', () => {
    expect(sorted(patternPrefixes('drink\\p{L}*', 6))).toEqual(['drink']);
    expect(sorted(patternPrefixes('you\\s+never', 5))).toEqual(['you']);
    expect(sorted(patternPrefixes('no(?:pe)?', 5))).toEqual(['no', 'nope']);
  });

  it('reads lookarounds as taking no room', () => {
    expect(sorted(patternPrefixes('(?:^|(?<=[.!?]\\s))again(?=\\s*[.!?])', 4))).toEqual(['agai']);
    expect(sorted(patternPrefixes('shut up(?! now)', 5))).toEqual(['shut ']);
  });

  it('keeps an emoji whole under a quantifier', () => {
    // One emoji is a whole match too, so it is a prefix of its own.
    expect(sorted(patternPrefixes('(?:😡|🤬)+', 4))).toEqual(['😡', '😡😡', '😡🤬', '🤬', '🤬😡', '🤬🤬']);
    expect(sorted(patternPrefixes('x😂?', 3))).toEqual(['x', 'x😂']);
  });

  it('gives up (null) when the start could be almost anything, or nothing', () => {
    expect(patternPrefixes('\\p{L}+ hundred', 5)).toBeNull();
    expect(patternPrefixes('[^x]y', 5)).toBeNull();
    expect(patternPrefixes('(?:a)?', 5)).toBeNull();
    expect(patternPrefixes('\\d+ quid', 5)).toBeNull(); // 10^5 prefixes: too many to list
  });

  it('for every English rule, a text the rule matches starts with one of its prefixes', () => {
    // Build texts out of what each rule actually matched in a sample, so the property is
    // checked on real matches, not only on texts that match nothing.
    const samples = [
      "You never listen, you're a junkie, it's your fault!!! I can't do this anymore.",
      "Where did the money go? You've been drinking again, haven't you. I'm not your bank.",
      "If you won't take your meds you can't live here. Pull yourself together. £50 is gone.",
      'Put the bottle down. How much have you had? Why is there a bottle of gin in the shed?',
    ];
    const macros = (source: string): string => {
      let out = source;
      for (let k = 0; k < 6; k++) out = out.replace(/\{(\w+)\}/g, (all, name: string) => lexiconEn.macros[name] ?? all);
      // Lower-case like the detector does, keeping `\p{L}` and `\p{Lu}` as they are.
      return out.toLowerCase().replace(/\\p\{(\w+)\}/g, (_, name: string) => `\\p{${name[0]!.toUpperCase()}${name.slice(1)}}`);
    };
    fc.assert(
      fc.property(fc.constantFrom(...lexiconEn.rules), fc.constantFrom(...samples), fc.integer({ min: 1, max: 6 }), (rule, sample, length) => {
        const source = macros(rule.pattern);
        const prefixes = patternPrefixes(source, length);
        if (prefixes === null) return true;
        const re = new RegExp(source, 'gu');
        const text = sample.toLowerCase().replace(/\u2019/g, "'");
        for (const m of text.matchAll(re)) {
          if (m[0].length === 0) continue;
          const at = text.slice(m.index!);
          if (![...prefixes].some((p) => at.startsWith(p))) return false;
        }
        return true;
      }),
      { numRuns: 600 },
    );
  });
});
