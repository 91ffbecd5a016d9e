/**
 * Instant search over the prompt library and the person's own prompts.
 *
 * Pure and synchronous: build an index once (`buildPromptIndex`), then call
 * `searchPrompts` on every keystroke. Each prompt's text is normalised once and cached
 * by object, so rebuilding the index after the person edits one of their own prompts
 * only normalises the prompt that changed.
 */
import type { Situation } from '../../content/course-types.ts';
import { categoryLabel, fitsSituation, type Prompt, type PromptCategory } from '../../content/prompts/prompt-types.ts';

/** How much a query word counts, by where it was found: the words themselves matter most. */
const FIELD_WEIGHT = { words: 100, tags: 10, whenToUse: 3, label: 1 } as const;
/** A whole-word hit counts fully; the start of a word (typing "drink" for "drinking") a bit less. */
const WHOLE_WORD = 1;
const WORD_START = 0.8;
/** Extra for a query of two or more words found as one phrase in the words. */
const PHRASE_BONUS = 50;

type Field = keyof typeof FIELD_WEIGHT;
const FIELDS = Object.keys(FIELD_WEIGHT) as Field[];

/** A prompt's searchable text, normalised and padded with spaces for word matching. */
type Normalised = Record<Field, string>;

interface Entry {
  prompt: Prompt;
  text: Normalised;
}

/** A prepared, read-only index; build it with `buildPromptIndex`. */
export interface PromptIndex {
  readonly entries: readonly Entry[];
}

/** Narrows a search. */
export interface PromptFilter {
  /** Only this category. */
  category?: PromptCategory | null;
  /** When given, only prompts whose id is in this set (the person's favourites). */
  favourites?: ReadonlySet<string> | null;
  /** Only prompts that fit this situation (prompts for everyone always fit). */
  situation?: Situation | null;
}

/** One search result. */
export interface PromptHit {
  prompt: Prompt;
  /** Higher is better; 0 when the query was empty. */
  score: number;
}

/**
 * Lower-case, no accents or apostrophes, punctuation turned into single spaces:
 * "Don’t  Worry—Café" → "dont worry cafe".
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const pad = (s: string) => ` ${s} `;

/** Normalised text per prompt object; a prompt is immutable data, so the cache never goes stale. */
const cache = new WeakMap<Prompt, Normalised>();

function normalisedOf(prompt: Prompt): Normalised {
  let text = cache.get(prompt);
  if (!text) {
    text = {
      words: pad(normaliseForSearch(prompt.words)),
      tags: pad(prompt.tags.map(normaliseForSearch).join(' ')),
      whenToUse: pad(normaliseForSearch(prompt.whenToUse)),
      label: pad(normaliseForSearch(categoryLabel(prompt.category))),
    };
    cache.set(prompt, text);
  }
  return text;
}

/**
 * Prepares the library and the person's own prompts for searching.
 * Own prompts come first, so on an equal score the person's own words win.
 */
export function buildPromptIndex(library: readonly Prompt[], own: readonly Prompt[] = []): PromptIndex {
  return { entries: [...own, ...library].map((prompt) => ({ prompt, text: normalisedOf(prompt) })) };
}

/** How well one query word matches one field: 1 whole word, 0.8 start of a word, 0 not found. */
function matchQuality(field: string, token: string): number {
  if (field.includes(` ${token} `)) return WHOLE_WORD;
  if (field.includes(` ${token}`)) return WORD_START;
  return 0;
}

/** Score of an entry for the query words, or 0 if any word is missing (words are ANDed). */
function scoreOf(text: Normalised, tokens: readonly string[], phrase: string): number {
  let total = 0;
  for (const token of tokens) {
    let best = 0;
    for (const field of FIELDS) {
      const s = FIELD_WEIGHT[field] * matchQuality(text[field], token);
      if (s > best) best = s;
    }
    if (best === 0) return 0;
    total += best;
  }
  if (tokens.length > 1 && text.words.includes(` ${phrase}`)) total += PHRASE_BONUS;
  return total;
}

/**
 * Finds prompts for what the person typed. Every query word must match (as a whole word
 * or the start of one) in the words, tags, "when to use" or category label; case, accents
 * and apostrophes are ignored. Best matches first: a hit in the words beats a tag, which
 * beats "when to use". An empty query lists everything that passes the filter, in index order.
 */
export function searchPrompts(index: PromptIndex, query: string, filter: PromptFilter = {}): PromptHit[] {
  const phrase = normaliseForSearch(query);
  const tokens = phrase ? [...new Set(phrase.split(' '))] : [];
  const hits: (PromptHit & { order: number })[] = [];
  index.entries.forEach(({ prompt, text }, order) => {
    if (filter.category && prompt.category !== filter.category) return;
    if (filter.favourites && !filter.favourites.has(prompt.id)) return;
    if (filter.situation && !fitsSituation(prompt, filter.situation)) return;
    const score = tokens.length ? scoreOf(text, tokens, phrase) : 0;
    if (tokens.length && score === 0) return;
    hits.push({ prompt, score, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ prompt, score }) => ({ prompt, score }));
}

const BLANK = /\[([^[\]]+)\]/g;

/** The names of the fill-in blanks in some words, once each, in order: "[feeling]" → "feeling". */
export function blanksOf(words: string): string[] {
  const names = [...words.matchAll(BLANK)].map((m) => m[1]!.trim());
  return [...new Set(names)];
}

/**
 * Puts what the person typed into the blanks. A blank with no value, or only spaces,
 * stays as it is, so the person can see what is still to fill in.
 */
export function fillBlanks(words: string, values: Readonly<Record<string, string>>): string {
  return words.replace(BLANK, (blank, name: string) => {
    const key = name.trim();
    const value = Object.hasOwn(values, key) ? values[key]?.trim() : undefined;
    return value ? value : blank;
  });
}

/** Words to read aloud: a blank not filled in is read as its name ("[feeling]" → "feeling"), never as "bracket". */
export function blanksAsWords(words: string): string {
  return words.replace(BLANK, (_blank, name: string) => name.trim());
}
