import { msg } from '@lit/localize';
import { outlineIn } from '../../content/outline-es.ts';
import { weekNameOf } from './week-name.ts';
import type { JournalEntry, JournalKind } from '../../domain/course/journal.ts';
import { counted, interfaceLanguage, dateLocale } from '../../content/locale.ts';

/** How the journal is laid out: by the day each entry was written, or by course week. */
export type JournalView = 'date' | 'week';

/** Entries that share a heading (one day, or one week). */
export interface JournalGroup {
  /** Stable key for rendering. */
  key: string;
  heading: string;
  entries: JournalEntry[];
}

/** What each kind of entry is called where it is shown, in the interface's language (called at render time). */
export function kindLabel(kind: JournalKind): string {
  switch (kind) {
    case 'reflection':
      return msg('Reflection');
    case 'practice':
      return msg('Practice');
    case 'conversation':
      return msg('Conversation');
    case 'note':
      return msg('Note');
  }
}

const DAY_MS = 86_400_000;

/** Midnight (local time) of the day `time` falls in. */
export function startOfDay(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * "Today", "Yesterday", or the weekday and date, e.g. "Monday 3 March 2025": in `locale`, else
 * the browser's for English (as it always was) and the interface's for another language.
 */
export function dayHeading(time: number, now: number, locale?: string): string {
  const day = startOfDay(time);
  const today = startOfDay(now);
  if (day === today) return msg('Today');
  // Rounded, so a daylight-saving day of 23 or 25 hours still counts as one day.
  if (Math.round((today - day) / DAY_MS) === 1) return msg('Yesterday');
  return new Date(time).toLocaleDateString(locale ?? dateLocale(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Week 2: Understanding what they are living with", or a heading for entries outside the course. */
export function weekHeading(week: number | undefined): string {
  if (week === undefined) return msg('Other notes');
  const title = outlineIn(week, interfaceLanguage())?.title;
  return title ? `${weekNameOf(week)}: ${title}` : weekNameOf(week);
}

/**
 * Entries in the order a view shows them: newest written first; by week, weeks in course
 * order with entries outside any week last. Returns a new array.
 */
export function sortForView(entries: readonly JournalEntry[], view: JournalView): JournalEntry[] {
  const byNewest = (a: JournalEntry, b: JournalEntry) => b.createdAt - a.createdAt;
  if (view === 'date') return [...entries].sort(byNewest);
  const weekOf = (e: JournalEntry) => e.week ?? Number.POSITIVE_INFINITY;
  return [...entries].sort((a, b) => weekOf(a) - weekOf(b) || byNewest(a, b));
}

/** Groups already-sorted entries under day or week headings, keeping their order. */
export function groupEntries(sorted: readonly JournalEntry[], view: JournalView, now: number, locale?: string): JournalGroup[] {
  const groups: JournalGroup[] = [];
  for (const entry of sorted) {
    const key = view === 'date' ? `day-${startOfDay(entry.createdAt)}` : `week-${entry.week ?? 'none'}`;
    let group = groups[groups.length - 1];
    if (group?.key !== key) {
      const heading = view === 'date' ? dayHeading(entry.createdAt, now, locale) : weekHeading(entry.week);
      group = { key, heading, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

/** "1 entry found" / "12 entries found". */
export function foundText(count: number): string {
  // "found" agrees with the noun in some languages ("encontrada", "encontradas"): one word form each.
  return counted(count, { one: msg('entry found'), other: msg('entries found') });
}
