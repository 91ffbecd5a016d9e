import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesQuery, type JournalEntry } from '../../../../shared/domain/course/journal.ts';
import { JournalSearch } from '../../../../shared/domain/course/journal-search.ts';

type Entry = Pick<JournalEntry, 'id' | 'updatedAt' | 'prompt' | 'text' | 'plan'>;

const entry = (id: string, text: string, extra: Partial<Entry> = {}): Entry => ({ id, updatedAt: 1, prompt: 'What helped?', text, ...extra });

/** What a plain scan finds: the rule the index must give the same answer as. */
const scan = (entries: readonly Entry[], query: string) => new Set(entries.filter((e) => matchesQuery(e, query)).map((e) => e.id));

describe('journal search', () => {
  it('finds entries holding every word, anywhere inside a word, ignoring case and accents', () => {
    const index = new JournalSearch();
    index.sync([entry('a', 'We walked by the river. Café after.'), entry('b', 'A long call with Sam'), entry('c', 'Riverside walk', { plan: { step: 'call first' } })]);
    expect(index.find('RIVER')).toEqual(new Set(['a', 'c']));
    expect(index.find('cafe')).toEqual(new Set(['a']));
    expect(index.find('call walk')).toEqual(new Set(['c']));
    expect(index.find('  ')).toBeUndefined();
    expect(index.find('nothing-here')).toEqual(new Set());
  });

  it('follows edits and deletions', () => {
    const index = new JournalSearch();
    const first = entry('a', 'tired today');
    index.sync([first, entry('b', 'tired again')]);
    index.sync([{ ...first, text: 'rested today', updatedAt: 2 }]);
    expect(index.find('tired')).toEqual(new Set());
    expect(index.find('rested')).toEqual(new Set(['a']));
  });

  it('answers exactly as a scan of every entry would, for any entries and query', () => {
    const word = fc.constantFrom('river', 'Río', 'call', 'CALL', 'don’t', 'e\u0301', 'é', 'x', 'walk.', '1', 'hope', '');
    const words = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    const entries = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), text: words, prompt: words, plan: fc.option(fc.dictionary(fc.string({ maxLength: 3 }), words), { nil: undefined }) }),
      { selector: (e) => e.id, maxLength: 12 },
    );
    fc.assert(
      fc.property(entries, entries, fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')), (before, after, query) => {
        const index = new JournalSearch();
        const asStored = (list: typeof before) => list.map((e) => ({ ...e, updatedAt: 1 }));
        index.sync(asStored(before));
        index.sync(asStored(after));
        const expected = scan(asStored(after), query);
        const found = index.find(query) ?? new Set(after.map((e) => e.id));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('journal search, taken in later', () => {
  it('waits for its turn, and a search before then takes the entries in first', () => {
    const index = new JournalSearch();
    const waiting: (() => void)[] = [];
    index.syncSoon([entry('a', 'river walk')], (run) => waiting.push(run));
    expect(index.find('river')).toEqual(new Set(['a']));
    waiting.forEach((run) => run());
    expect(index.find('walk')).toEqual(new Set(['a']));
  });
});
