/**
 * The labelled message corpus and its splits, for `npm run split-cues`,
 * `npm run train-cues`, the bench and the split's integrity test: reading and checking
 * lines, the older hand-written sets mapped into the same shape, and near-duplicate
 * search (Jaccard on word 3-shingles and character 5-grams, with a prefix-filtered
 * inverted index so a few thousand messages take well under a second).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const MESSAGES_DIR = join(ROOT, 'tests/fixtures/messages');
export const CORPUS_DIR = join(MESSAGES_DIR, 'corpus');
export const SPLIT_DIR = join(MESSAGES_DIR, 'split');
export const SPLITS = ['train', 'dev', 'held-out'] as const;
export type SplitName = (typeof SPLITS)[number];

export const NUDGE_KINDS = ['tone', 'topic', 'crisis', 'safety'] as const;
export const NONE_KINDS = ['logistics', 'warmth', 'support', 'boundary', 'idiom', 'story'] as const;
/**
 * `unknown`: an older hand-written message whose kind was never recorded. It counts for
 * "nudge or not" only; the kind head never trains on it.
 */
export type CorpusKind = (typeof NUDGE_KINDS)[number] | (typeof NONE_KINDS)[number] | 'unknown';

/** One labelled message, as in corpus/*.jsonl and split/*.jsonl. */
export interface CorpusLine {
  text: string;
  label: 'nudge' | 'none';
  kind: CorpusKind;
  who: string;
  medium: string;
  voice: string;
  /** Where it came from: the corpus file, or the older set it was mapped from. */
  source?: string;
}

/** Word count limits from the labelling guide, with a little slack. */
const MIN_WORDS = 1;
const MAX_WORDS = 200;

/** Why a corpus line is refused, or null when it is fine. */
export function lineProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'not a JSON object';
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.trim() === '') return 'no text';
  const words = o.text.trim().split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return `${words} words`;
  if (o.label !== 'nudge' && o.label !== 'none') return `label "${String(o.label)}"`;
  const kinds: readonly string[] = o.label === 'nudge' ? NUDGE_KINDS : NONE_KINDS;
  if (typeof o.kind !== 'string' || !kinds.includes(o.kind)) return `kind "${String(o.kind)}" with label ${o.label}`;
  for (const field of ['who', 'medium', 'voice'] as const) if (typeof o[field] !== 'string') return `no ${field}`;
  return null;
}

/** A bad line, to report. */
export interface BadLine {
  file: string;
  line: number;
  problem: string;
}

/** Reads every corpus/*.jsonl in name order; bad lines are skipped and returned. */
export function readCorpus(dir = CORPUS_DIR): { lines: CorpusLine[]; bad: BadLine[] } {
  const lines: CorpusLine[] = [];
  const bad: BadLine[] = [];
  if (!existsSync(dir)) return { lines, bad };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const rows = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    rows.forEach((row, i) => {
      if (row.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(row);
      } catch {
        bad.push({ file, line: i + 1, problem: 'not valid JSON' });
        return;
      }
      const problem = lineProblem(value);
      if (problem) {
        bad.push({ file, line: i + 1, problem });
        return;
      }
      const o = value as CorpusLine;
      lines.push({ text: o.text.trim(), label: o.label, kind: o.kind, who: o.who, medium: o.medium, voice: o.voice, source: file });
    });
  }
  return { lines, bad };
}

/** Reads one split file (empty when it does not exist yet). */
export function readSplit(name: SplitName, dir = SPLIT_DIR): CorpusLine[] {
  return readJsonl(join(dir, `${name}.jsonl`));
}

/**
 * The Spanish messages (issue #17), in the corpus's shape. Kept out of corpus/ so the
 * English model never trains on them: they check that the chip stays quiet on Spanish
 * and still finds despair and danger there.
 */
export function readSpanishMessages(): CorpusLine[] {
  return readJsonl(join(MESSAGES_DIR, 'spanish-messages.jsonl'));
}

function readJsonl(file: string): CorpusLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine);
}

export function toJsonl(lines: readonly CorpusLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
}

interface OldMessage {
  text: string;
  nudge?: boolean;
  help?: 'crisis' | 'safety' | null;
  note?: string;
}

/** Notes on older messages that say the message is about a hard topic rather than how it is said. */
const TOPIC_NOTE = /\btopic\b|\bcalm\b|money|rehab|treatment|hospital|\bmeds?\b|medication|relapse|court|police|detox|clinic/i;
/** Older help-set messages with no help whose label a note makes clear. */
const OLD_HELP_NUDGE: readonly [RegExp, 'tone' | 'topic'][] = [
  [/^hard but not crisis|^fear as blame/, 'tone'],
  [/^worry, not danger/, 'topic'],
];
/** Older help-set notes too unsure to label either way: left out. */
const OLD_HELP_UNSURE = /^emotional hurt|^fear but not of harm/;

/**
 * The four older hand-written sets, in the corpus's shape. They were read while the
 * rules were tuned, so they only ever join train.
 */
export function oldSets(dir = MESSAGES_DIR): CorpusLine[] {
  const read = (file: string): OldMessage[] => JSON.parse(readFileSync(join(dir, file), 'utf8')) as OldMessage[];
  const base = { who: 'unknown', medium: 'unknown', voice: 'older-set' };
  const out: CorpusLine[] = [];
  for (const file of ['labelled-messages.json', 'dev-messages.json', 'held-out-messages.json']) {
    for (const m of read(file)) {
      const kind: CorpusKind = m.nudge ? (TOPIC_NOTE.test(m.note ?? '') ? 'topic' : 'tone') : 'unknown';
      out.push({ text: m.text, label: m.nudge ? 'nudge' : 'none', kind, ...base, source: file });
    }
  }
  for (const m of read('help-messages.json')) {
    const note = m.note ?? '';
    if (m.help) {
      out.push({ text: m.text, label: 'nudge', kind: m.help, ...base, source: 'help-messages.json' });
      continue;
    }
    if (OLD_HELP_UNSURE.test(note)) continue;
    const nudge = OLD_HELP_NUDGE.find(([re]) => re.test(note));
    if (nudge) out.push({ text: m.text, label: 'nudge', kind: nudge[1], ...base, source: 'help-messages.json' });
    else out.push({ text: m.text, label: 'none', kind: /idiom|hyperbole/.test(note) ? 'idiom' : /film|awareness/.test(note) ? 'story' : 'logistics', ...base, source: 'help-messages.json' });
  }
  return out;
}

/** Lower case, straight apostrophes, letters and digits only, single spaces: for comparing. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a of a string with a seed, as a number in [0, 1): the split's fixed coin. */
export function seededUnit(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 0x1_0000_0000;
}

/** The shingle sets near-duplicates are judged on. */
function shingles(norm: string): { words: string[]; chars: string[] } {
  const w = norm.split(' ').filter(Boolean);
  const words = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) words.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length > 0 && w.length < 3) words.add(w.join(' '));
  const chars = new Set<string>();
  const s = ` ${norm} `;
  for (let i = 0; i + 5 <= s.length; i++) chars.add(s.slice(i, i + 5));
  if (s.length < 5) chars.add(s);
  return { words: [...words], chars: [...chars] };
}

/** At or above this Jaccard similarity on either shingle set, two messages are near-duplicates. */
export const NEAR_DUPLICATE = 0.7;

function jaccard(a: readonly string[], b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.length + b.size - both);
}

/** How many messages hold each shingle: rare shingles first makes the index's prefixes short lists. */
export function shingleFrequencies(texts: Iterable<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) {
    const { words, chars } = shingles(normalise(text));
    for (const t of words) df.set(`w${t}`, (df.get(`w${t}`) ?? 0) + 1);
    for (const t of chars) df.set(`c${t}`, (df.get(`c${t}`) ?? 0) + 1);
  }
  return df;
}

/**
 * An index of messages to find near-duplicates of others. Prefix filtering: with every
 * set sorted rarest shingle first, two sets with Jaccard ≥ NEAR_DUPLICATE must share a
 * shingle within the first |x| − ⌈0.7·|x|⌉ + 1 of each; only those are indexed and
 * probed, so the candidates are few and the check is still exact.
 */
export class NearDuplicateIndex {
  private readonly docs: { words: Set<string>; chars: Set<string>; norm: string }[] = [];
  private readonly exact = new Map<string, number>();
  private readonly postings = { words: new Map<string, number[]>(), chars: new Map<string, number[]>() };

  /** `frequencies` (from shingleFrequencies over every message in play) orders the shingles. */
  constructor(private readonly frequencies: ReadonlyMap<string, number> = new Map()) {}

  /** Adds a message; returns its id. */
  add(text: string): number {
    const norm = normalise(text);
    const { words, chars } = shingles(norm);
    const id = this.docs.length;
    this.docs.push({ words: new Set(words), chars: new Set(chars), norm });
    if (!this.exact.has(norm)) this.exact.set(norm, id);
    for (const kind of ['words', 'chars'] as const) {
      for (const t of this.prefix(kind, kind === 'words' ? words : chars)) {
        const list = this.postings[kind].get(t);
        if (list) list.push(id);
        else this.postings[kind].set(t, [id]);
      }
    }
    return id;
  }

  /** The id of an indexed message equal to or near `text`, or -1. */
  find(text: string): number {
    const norm = normalise(text);
    const same = this.exact.get(norm);
    if (same !== undefined) return same;
    const { words, chars } = shingles(norm);
    for (const kind of ['words', 'chars'] as const) {
      const tokens = kind === 'words' ? words : chars;
      if (tokens.length === 0) continue;
      const seen = new Set<number>();
      for (const t of this.prefix(kind, tokens)) {
        for (const id of this.postings[kind].get(t) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (jaccard(tokens, this.docs[id]![kind]) >= NEAR_DUPLICATE) return id;
        }
      }
    }
    return -1;
  }

  /** The normalised text of an indexed message, for reports. */
  text(id: number): string {
    return this.docs[id]!.norm;
  }

  private prefix(kind: 'words' | 'chars', tokens: readonly string[]): string[] {
    const tag = kind === 'words' ? 'w' : 'c';
    const keyed = tokens.map((t) => ({ t, df: this.frequencies.get(tag + t) ?? 0 }));
    keyed.sort((a, b) => a.df - b.df || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
    return keyed.slice(0, keyed.length - Math.ceil(NEAR_DUPLICATE * keyed.length - 1e-9) + 1).map((k) => k.t);
  }
}
