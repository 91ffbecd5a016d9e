import { describe, expect, it } from 'vitest';
import type { OwnPrompt, Prompt } from '../../../../shared/content/prompts/prompt-types.ts';
import { PROMPTS_EN } from '../../../../shared/content/prompts/prompts-en.ts';
import {
  blanksAsWords,
  blanksOf,
  buildPromptIndex,
  fillBlanks,
  normaliseForSearch,
  searchPrompts,
} from '../../../../shared/domain/toolkit/prompt-search.ts';

/** A small prompt with only what a test cares about. */
function prompt(id: string, over: Partial<Prompt> = {}): Prompt {
  return {
    id,
    category: 'listening',
    words: 'Thank you for telling me.',
    whenToUse: 'Any time.',
    insteadOf: 'Saying nothing.',
    tryThis: 'Saying thanks.',
    tags: ['quick'],
    ...over,
  };
}

const own = (id: string, over: Partial<Prompt> = {}): OwnPrompt => ({ ...prompt(id, over), own: true });
const ids = (hits: { prompt: Prompt }[]) => hits.map((h) => h.prompt.id);

describe('normaliseForSearch', () => {
  it('drops case, accents, apostrophes and punctuation', () => {
    expect(normaliseForSearch('  Don’t  Worry—Café, NAÏVE! ')).toBe('dont worry cafe naive');
    expect(normaliseForSearch("it's text-message")).toBe('its text message');
  });
});

describe('searchPrompts', () => {
  const inWords = prompt('in-words', { words: 'I can’t lend money right now.', tags: ['quick'] });
  const inTag = prompt('in-tag', { words: 'My answer is no.', tags: ['money'] });
  const inWhen = prompt('in-when', { words: 'Let me think about it.', whenToUse: 'When they ask for money.' });
  const none = prompt('none', { words: 'Take your time.' });
  const fixture = buildPromptIndex([inWhen, none, inTag, inWords]);

  it('ranks a match in the words above a tag, and a tag above when-to-use', () => {
    expect(ids(searchPrompts(fixture, 'money'))).toEqual(['in-words', 'in-tag', 'in-when']);
  });

  it('ranks a whole word above the start of a word, and matches word starts as you type', () => {
    const index = buildPromptIndex([
      prompt('drinking', { words: 'When you’ve been drinking, let’s talk tomorrow.' }),
      prompt('drink', { words: 'One drink or ten, I’m still here.' }),
    ]);
    expect(ids(searchPrompts(index, 'drink'))).toEqual(['drink', 'drinking']);
    expect(ids(searchPrompts(index, 'dri'))).toEqual(['drinking', 'drink']);
    expect(ids(searchPrompts(index, 'rink'))).toEqual([]);
  });

  it('needs every word of a multi-word query (AND), in any field', () => {
    const index = buildPromptIndex(PROMPTS_EN);
    const hits = searchPrompts(index, 'money quick');
    expect(hits.length).toBeGreaterThan(0);
    for (const { prompt: p } of hits) {
      const all = normaliseForSearch([p.words, p.whenToUse, p.tags.join(' ')].join(' '));
      expect(all, p.id).toMatch(/\bmoney/);
      expect(all, p.id).toMatch(/\bquick/);
    }
    expect(searchPrompts(index, 'money zebra')).toEqual([]);
  });

  it('gives a bonus when the words hold the whole phrase', () => {
    const index = buildPromptIndex([
      prompt('apart', { words: 'Still, I love that you came. You know I’m here.' }),
      prompt('phrase', { words: 'I love you, and I’m here.' }),
    ]);
    expect(ids(searchPrompts(index, 'I love you'))).toEqual(['phrase', 'apart']);
  });

  it('ignores case, accents and apostrophes on both sides', () => {
    const index = buildPromptIndex([prompt('cafe', { words: 'Shall we talk at the café? I don’t mind.' })]);
    for (const q of ['CAFE', 'café', 'Cafe talk', 'dont mind', 'don’t', "don't"]) {
      expect(ids(searchPrompts(index, q)), q).toEqual(['cafe']);
    }
  });

  it('matches tags, including kebab-case tags word by word', () => {
    const found = ids(searchPrompts(buildPromptIndex(PROMPTS_EN), 'text-message'));
    const tagged = PROMPTS_EN.filter((p) => p.tags.includes('text-message')).map((p) => p.id);
    expect(tagged.length).toBeGreaterThan(8);
    expect(found).toEqual(expect.arrayContaining(tagged));
  });

  it('matches the category label, below every other kind of match', () => {
    const index = buildPromptIndex([
      prompt('labelled', { category: 'repair', words: 'Can we try again?' }),
      prompt('worded', { category: 'listening', words: 'I want to repair this with you.' }),
    ]);
    expect(ids(searchPrompts(index, 'repairing'))).toEqual(['labelled']);
    expect(ids(searchPrompts(index, 'repair'))).toEqual(['worded', 'labelled']);
  });

  it('filters by category, favourites and situation', () => {
    const index = buildPromptIndex(PROMPTS_EN);
    const calm = searchPrompts(index, '', { category: 'calming' });
    expect(calm.length).toBe(PROMPTS_EN.filter((p) => p.category === 'calming').length);
    expect(calm.every((h) => h.prompt.category === 'calming')).toBe(true);

    const favourites = new Set(['listen-tell-me-more', 'no-and-love', 'calm-slow-down', 'not-a-real-id']);
    expect(ids(searchPrompts(index, '', { favourites })).sort()).toEqual(['calm-slow-down', 'listen-tell-me-more', 'no-and-love']);
    expect(ids(searchPrompts(index, 'love', { favourites }))).toEqual(['no-and-love']);
    expect(ids(searchPrompts(index, '', { favourites, category: 'calming' }))).toEqual(['calm-slow-down']);
    expect(searchPrompts(index, '', { favourites: new Set() })).toEqual([]);

    const forMentalIllness = ids(searchPrompts(index, '', { situation: 'mental-illness' }));
    expect(forMentalIllness).not.toContain('calm-talk-tomorrow');
    expect(forMentalIllness).toContain('validate-feels-real');
    expect(ids(searchPrompts(index, '', { situation: 'both' }))).toContain('calm-talk-tomorrow');
  });

  it('includes the person’s own prompts, first on an equal score', () => {
    const mine = own('3f1e0c1a-2b4d-4c6e-8f00-1234567890ab', { words: 'Thanks for telling me. I’m here.', category: 'validating' });
    const index = buildPromptIndex(PROMPTS_EN, [mine]);
    expect(ids(searchPrompts(index, ''))[0]).toBe(mine.id);
    const hits = searchPrompts(index, 'telling me');
    expect(hits[0]!.prompt).toBe(mine);
    expect(hits[0]!.prompt.own).toBe(true);
    expect(ids(searchPrompts(index, 'telling', { category: 'validating' }))).toContain(mine.id);
  });

  it('lists everything, in index order, for an empty or blank query', () => {
    const index = buildPromptIndex(PROMPTS_EN);
    for (const q of ['', '   ', '?!']) {
      const hits = searchPrompts(index, q);
      expect(ids(hits)).toEqual(PROMPTS_EN.map((p) => p.id));
      expect(hits.every((h) => h.score === 0)).toBe(true);
    }
  });

  it('finds prompts in a library of 500 (many of them the person’s own)', () => {
    const many = Array.from({ length: 500 }, (_, i) => {
      const base = PROMPTS_EN[i % PROMPTS_EN.length]!;
      return { ...base, id: `${base.id}-${i}` };
    });
    const index = buildPromptIndex(many);
    // How fast is for `npm run bench` (scripts/bench-search.ts); here, only that it still finds.
    expect(searchPrompts(index, 'money').length).toBeGreaterThan(10);
    expect(searchPrompts(index, 'money', { category: 'asking' }).every((h) => h.prompt.category === 'asking')).toBe(true);
  });
});

describe('blanksOf', () => {
  it('lists blank names once each, in order', () => {
    expect(blanksOf('I feel [feeling] when [what happened], because [ why ]. [feeling]!')).toEqual(['feeling', 'what happened', 'why']);
    expect(blanksOf('No blanks here.')).toEqual([]);
  });
});

describe('blanksAsWords', () => {
  it('reads a blank that is left as its name, for reading aloud', () => {
    expect(blanksAsWords('I can [another way to help] instead.')).toBe('I can another way to help instead.');
    expect(blanksAsWords('No blanks here.')).toBe('No blanks here.');
  });
});

describe('fillBlanks', () => {
  const words = 'I feel [feeling] when [what happened].';

  it('puts typed values into the blanks', () => {
    expect(fillBlanks(words, { feeling: 'scared', 'what happened': 'voices get loud' })).toBe('I feel scared when voices get loud.');
  });

  it('keeps a blank that is empty, only spaces, or not given', () => {
    expect(fillBlanks(words, { feeling: '  ', 'what happened': '' })).toBe(words);
    expect(fillBlanks(words, { feeling: 'tired' })).toBe('I feel tired when [what happened].');
  });

  it('fills a repeated blank everywhere and trims values', () => {
    expect(fillBlanks('[name], I love you, [name].', { name: '  Sam ' })).toBe('Sam, I love you, Sam.');
  });

  it('treats values as plain text, and blank names as plain keys', () => {
    expect(fillBlanks('[a] and [b]', { a: '[b]', b: '$& money' })).toBe('[b] and $& money');
    expect(fillBlanks('[constructor] [toString]', {})).toBe('[constructor] [toString]');
  });

  it('fills every blank of every library prompt', () => {
    for (const p of PROMPTS_EN) {
      const values = Object.fromEntries(blanksOf(p.words).map((b) => [b, 'something']));
      expect(fillBlanks(p.words, values), p.id).not.toMatch(/[[\]]/);
    }
  });
});
