import { describe, expect, it, vi } from 'vitest';
import { lexiconPatterns } from '../../../../shared/domain/nudge/cue-pattern-source.ts';
import { requiredWords } from '../../../../shared/domain/nudge/cue-required-words.ts';
import { readSplit } from '../../../../scripts/cue-corpus.ts';

const lower = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
// Train and dev only: the held-out split is never read outside its one scoring.
const corpus = [...readSplit('train'), ...readSplit('dev')].map((line) => lower(line.text));

describe('the words any match of a rule must hold', () => {
  it('spells out short patterns whole, and keeps the most telling part of long ones', () => {
    expect(requiredWords("you (?:never|don't) listen")).toEqual(["you don't listen", 'you never listen']);
    expect(requiredWords('(?:you|u) (?:\\w+ ){0,3}(?:drunk|addict)s?')).toEqual(['addict', 'drunk']);
    expect(requiredWords("i(?: am|'m) (?:so )?(?:tired|done)")).toEqual(['i am done', 'i am so done', 'i am so tired', 'i am tired', "i'm done", "i'm so done", "i'm so tired", "i'm tired"]);
  });

  it('says nothing when a match could be any words, or too short to tell', () => {
    expect(requiredWords('\\p{L}+ hundred|\\d+')).toBeNull();
    expect(requiredWords('(?:no|ok)')).toBeNull();
    expect(requiredWords('[^.]{1,40} again')).toEqual([' again']);
    expect(requiredWords('(?:money)?')).toBeNull();
  });

  it('reads escapes and classes as the regex does, never asking for the escape’s letters', () => {
    expect(requiredWords('\\u0041bc|\\x41bc')).toBeNull();
    expect(requiredWords('[\\u0400-\\u04ff]+ drunk')).toEqual([' drunk']);
    expect(requiredWords('gone\\.')).toEqual(['gone.']);
  });

  it('for every English rule, every match in the corpus holds one of its words', () => {
    let checked = 0;
    for (const pattern of lexiconPatterns()) {
      const words = requiredWords(pattern);
      if (!words) continue;
      const re = new RegExp(pattern, 'gu');
      for (const text of corpus) {
        for (const m of text.matchAll(re)) {
          if (m[0] === '') continue;
          checked++;
          expect(
            words.some((w) => m[0].includes(w)),
            `${pattern.slice(0, 50)}… matched "${m[0]}"`,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('a first read that compiles only the rules a message could match finds what reading with every rule finds', async () => {
    // A fresh copy of the detector for each message, so each read is a first read.
    const messages = corpus.filter((_, i) => i % 40 === 0).slice(0, 24);
    for (const text of messages) {
      vi.resetModules();
      const { detectCues } = await import('../../../../shared/domain/nudge/cue-detector.ts');
      const first = detectCues(text);
      expect(first).toEqual(detectCues(text, { fullScan: true }));
    }
    expect(messages.length).toBe(24);
  });
});
