import { foldForSearch, searchableText, type JournalEntry } from './journal.ts';

/** What the search reads of an entry: what `matchesQuery` reads. */
type Searchable = Pick<JournalEntry, 'id' | 'updatedAt' | 'prompt' | 'text' | 'plan'>;

/**
 * Journal search that does not read every entry on every keystroke, so it stays quick as the
 * journal grows to tens of thousands of entries.
 *
 * Each entry's searchable text is folded once (as `matchesQuery` folds it) and cut at
 * whitespace into words; the index maps each distinct word to the entries that hold it. A
 * query word has no whitespace, so it occurs in an entry's text exactly when it occurs inside
 * one of its words: a search scans the distinct words (which grow far more slowly than the
 * entries) and reads only the entries of the words that match. Results are exactly
 * `matchesQuery`'s (a property test holds it to that).
 *
 * It lives in memory, beside the entries the screen already holds, and is never stored: with
 * the lock on there is nothing new on disk to seal, and it goes when the screen goes.
 */
export class JournalSearch {
  /** Folded word → the places (see `entries`) of the entries holding it, in the order indexed. */
  private readonly byWord = new Map<string, number[]>();
  /** Indexed entries by place; a place whose entry changed or went is undefined until the next rebuild. */
  private entries: (IndexedEntry | undefined)[] = [];
  /** Each entry's place. */
  private readonly placeOf = new Map<string, number>();
  /** Places left empty by changes: past a quarter of all places, the index is rebuilt. */
  private empty = 0;
  /** Entries handed to `syncSoon` and not yet taken in. */
  private pending: readonly Searchable[] | undefined;

  /**
   * Takes these entries in a little later (`schedule` says when: after the screen has drawn
   * them), or at the next `find`, whichever comes first: the first screen of a long journal
   * is not kept waiting for an index nobody has asked for yet.
   */
  syncSoon(entries: readonly Searchable[], schedule: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
    this.pending = entries;
    schedule(() => this.takePending());
  }

  /** Brings the index in line with these entries: adds new ones, re-reads changed ones, drops gone ones. */
  sync(entries: readonly Searchable[]): void {
    const present = new Set<string>();
    for (const entry of entries) {
      present.add(entry.id);
      const place = this.placeOf.get(entry.id);
      const known = place === undefined ? undefined : this.entries[place];
      if (known?.entry === entry) continue;
      const source = searchableText(entry);
      if (known?.source === source) {
        known.entry = entry;
        continue;
      }
      if (place !== undefined) this.forget(entry.id, place);
      this.add(entry, source);
    }
    for (const [id, place] of this.placeOf) if (!present.has(id)) this.forget(id, place);
    if (this.empty > this.entries.length / 4) this.rebuild();
  }

  /** Ids of the entries holding every word of the query; undefined when the query has no words (everything matches). */
  find(query: string): Set<string> | undefined {
    const words = [...new Set(foldForSearch(query).split(/\s+/).filter(Boolean))];
    if (words.length === 0) return undefined;
    this.takePending();
    // How many of the query's words each place holds so far; a place holding them all is a match.
    const held = new Uint16Array(this.entries.length);
    // Longest first: a longer word matches fewer entries, and later words only look at those.
    words.sort((a, b) => b.length - a.length);
    const last = words.length - 1;
    const found = new Set<string>();
    for (const [n, word] of words.entries()) {
      let candidates = 0;
      for (const [indexedWord, places] of this.byWord) {
        if (!indexedWord.includes(word)) continue;
        for (const place of places) {
          if (held[place] !== n) continue;
          held[place] = n + 1;
          candidates++;
          const indexed = n === last ? this.entries[place] : undefined;
          if (indexed) found.add(indexed.entry.id);
        }
      }
      if (candidates === 0) break;
    }
    return found;
  }

  private takePending(): void {
    const entries = this.pending;
    this.pending = undefined;
    if (entries) this.sync(entries);
  }

  private add(entry: Searchable, source: string): void {
    const place = this.entries.length;
    this.entries.push({ entry, source });
    this.placeOf.set(entry.id, place);
    for (const word of foldForSearch(source).split(/\s+/)) {
      if (!word) continue;
      const places = this.byWord.get(word);
      if (!places) this.byWord.set(word, [place]);
      // Places are added in order, so a word repeated in one entry is the last place in its list.
      else if (places[places.length - 1] !== place) places.push(place);
    }
  }

  /** Leaves the entry's place empty: its words still point there, and `find` skips it. */
  private forget(id: string, place: number): void {
    this.entries[place] = undefined;
    this.placeOf.delete(id);
    this.empty++;
  }

  private rebuild(): void {
    const kept = this.entries.filter((e): e is IndexedEntry => e !== undefined);
    this.byWord.clear();
    this.placeOf.clear();
    this.entries = [];
    this.empty = 0;
    for (const { entry, source } of kept) this.add(entry, source);
  }
}

interface IndexedEntry {
  entry: Searchable;
  /** Its searchable text as indexed, to tell a real change from a new copy of the same entry. */
  source: string;
}

/** Each entry's place in a sorted list, made once per sort so searches can keep that order. */
export function placesOf(sorted: readonly { id: string }[]): Map<string, number> {
  return new Map(sorted.map((e, i) => [e.id, i]));
}

/** The entries `found` names, in the sorted list's order, without a pass over the whole list. */
export function inSortedOrder<T>(found: ReadonlySet<string>, sorted: readonly T[], placeOf: ReadonlyMap<string, number>): T[] {
  const places: number[] = [];
  for (const id of found) {
    const place = placeOf.get(id);
    if (place !== undefined) places.push(place);
  }
  return places.sort((a, b) => a - b).map((place) => sorted[place]!);
}
