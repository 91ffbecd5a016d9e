import type { BaseRecord } from '../records.ts';

/** What a journal entry came from. */
export type JournalKind = 'reflection' | 'practice' | 'conversation' | 'note';

/**
 * One piece of the reader's own writing: a reflection answer, a practice plan and how it
 * went, a "how did the conversation go", or a free note.
 */
export interface JournalEntry extends BaseRecord {
  kind: JournalKind;
  /** The course week it belongs to, if any. */
  week?: number;
  /** The reflection, practice or plan id it answers; one entry per reflection. */
  ref?: string;
  /** The question as the reader saw it, kept so the journal reads well on its own. */
  prompt: string;
  /** The reader's words. */
  text: string;
  /** For practice: the "try this" plan, field id → answer. */
  plan?: Record<string, string>;
  /** For practice and boundaries: when they tried it. */
  triedAt?: number;
}

/** Stable id of the entry answering a course item, so saving as you type updates one entry. */
export function journalIdFor(ref: string): string {
  return `ref:${ref}`;
}

/** Lower-cased, accent-free text for searching. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** True when every word of the query appears in the entry's prompt, text or plan. */
export function matchesQuery(entry: Pick<JournalEntry, 'prompt' | 'text' | 'plan'>, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldForSearch(searchableText(entry));
  return words.every((w) => hay.includes(w));
}

/** What search reads of an entry: its question, its words and its plan's answers. */
export function searchableText(entry: Pick<JournalEntry, 'prompt' | 'text' | 'plan'>): string {
  return `${entry.prompt}\n${entry.text}\n${Object.values(entry.plan ?? {}).join('\n')}`;
}
