import type { BaseRecord } from '../records.ts';
import type { FieldProblem, FieldProblems } from '../field-problems.ts';
import { uiLocale } from '../../content/locale.ts';

/*
 * The pattern log and the rewarding-activities list: CRAFT's functional analysis and
 * "rewarding non-use", as practice tools. Facts behind the guidance (checked 2026-12-05),
 * in our own words:
 * - Center for Motivation and Change, "The 20 Minute Guide: behaviors make sense":
 *   https://the20minuteguide.com/parents/helping-with-understanding/behaviors-make-sense/ —
 *   people keep doing what gives them something (relief, calm, fitting in); knowing what use
 *   gives is a clue to what could happen instead, and makes it less random and more predictable.
 * - SAMHSA NREPP, "Community Reinforcement and Family Training (CRAFT)":
 *   https://nreppadmin.net/viewintervention_id_378.html — families learn the patterns of use,
 *   reward time without use, and let natural consequences happen.
 * - Smith & Meyers, "The CRAFT Treatment Manual" (Guilford, 2023), contents:
 *   https://ebin.pub/the-craft-treatment-manual-for-substance-use-problems-working-with-family-members-9781462551101-1462551106.html —
 *   functional analysis of use (triggers, and consequences short and long term) and of fun,
 *   healthy behaviour; rewarding non-using behaviour.
 */

/** One entry of the pattern log: before, what happened, after. Every field is the reader's words. */
export interface PatternEntry extends BaseRecord {
  /** The calendar day it happened, `YYYY-MM-DD` (a day, not an instant: no time zone moves it). */
  date: string;
  /** Before: where it was. */
  where: string;
  /** Before: who was there. */
  who: string;
  /** Before: what was going on. */
  what: string;
  /** Before: what they (or you) seemed to feel. */
  feelings: string;
  /** What happened: the use, or the hard moment. */
  happened: string;
  /** After, for them: right away, and later. */
  afterThem: string;
  /** After, for you: right away, and later. */
  afterMe: string;
  /** Anything else. */
  note?: string;
}

/** One thing on the rewarding-activities list: something that could compete with use, or fill the time it took. */
export interface RewardingActivity extends BaseRecord {
  text: string;
  /** When it could fit ("Sunday mornings"); may be empty. */
  when?: string;
}

/** Longest text any field keeps: a paragraph, never a file. */
export const PATTERN_FIELD_MAX = 2000;
/** Longest activity or "when". */
export const ACTIVITY_FIELD_MAX = 300;

/** The fields a person writes in the log, in form order, grouped as the log reads. Their words are in shared/content/practice/pattern-words-*.ts. */
export const PATTERN_FIELDS = {
  before: ['where', 'who', 'what', 'feelings'],
  happened: 'happened',
  after: ['afterThem', 'afterMe'],
  note: 'note',
} as const;

/** A field of the log the reader fills in. */
export type PatternField = 'where' | 'who' | 'what' | 'feelings' | 'happened' | 'afterThem' | 'afterMe' | 'note';
/** What the form hands over to save. */
export type PatternDraft = Pick<PatternEntry, 'date' | PatternField> & { note: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today in the reader's own time zone, `YYYY-MM-DD` (the date field's default). */
export function localDay(at: number = Date.now()): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Checks an entry before saving; returns the problem of each field with one (empty when fine). */
export function validatePattern(draft: PatternDraft, today: string = localDay()): FieldProblems<PatternField | 'date'> {
  const errors: FieldProblems<PatternField | 'date'> = {};
  if (!isCalendarDay(draft.date)) errors.date = { kind: 'needed', field: 'pattern-day' };
  else if (draft.date > today) errors.date = { kind: 'day-ahead' };
  if (!draft.happened.trim()) errors.happened = { kind: 'needed', field: 'pattern-happened' };
  for (const key of ['where', 'who', 'what', 'feelings', 'happened', 'afterThem', 'afterMe', 'note'] as const) {
    if (draft[key].length > PATTERN_FIELD_MAX) errors[key] = { kind: 'too-long', of: 'pattern-field', max: PATTERN_FIELD_MAX };
  }
  return errors;
}

/** Checks an activity before adding; its problem, or undefined when fine. */
export function activityProblem(text: string, when = ''): FieldProblem | undefined {
  if (!text.trim()) return { kind: 'needed', field: 'activity' };
  if (text.length > ACTIVITY_FIELD_MAX || when.length > ACTIVITY_FIELD_MAX) return { kind: 'too-long', of: 'activity', max: ACTIVITY_FIELD_MAX };
  return undefined;
}

/** True when the list already has this activity (so its suggestion is not offered twice). */
export function hasActivity(list: readonly Pick<RewardingActivity, 'text'>[], text: string): boolean {
  const fold = (s: string) => s.trim().toLowerCase();
  return list.some((a) => fold(a.text) === fold(text));
}

// ---- Weeks ----

/** Monday of the week a day falls in, `YYYY-MM-DD` (weeks start on Monday, as in most of the world's calendars). */
export function weekStart(day: string): string {
  const m = DAY.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** A calendar day (`YYYY-MM-DD`) as people say it in the interface's language, with the year only when it is not this year's: "30 November". */
export function dayOfYear(day: string, today: string = localDay()): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const sameYear = String(y) === today.slice(0, 4);
  return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(uiLocale(), { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' });
}

/** A day as people say it: "Thursday 3 December". */
export function dayLabel(day: string, locale: string = uiLocale()): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** Entries of one calendar week. */
export interface PatternWeek {
  /** Monday of the week, `YYYY-MM-DD`. */
  monday: string;
  entries: PatternEntry[];
}

/** Entries grouped by calendar week, newest week first, newest day first within a week (then newest written). */
export function groupByWeek(entries: readonly PatternEntry[]): PatternWeek[] {
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
  const weeks: PatternWeek[] = [];
  for (const entry of sorted) {
    const monday = weekStart(entry.date);
    const last = weeks[weeks.length - 1];
    if (last?.monday === monday) last.entries.push(entry);
    else weeks.push({ monday, entries: [entry] });
  }
  return weeks;
}

/** The "before" of an entry as one line: "At home · with old friends · payday · bored". Empty parts left out. */
export function beforeLine(entry: Pick<PatternEntry, 'where' | 'who' | 'what' | 'feelings'>): string {
  return [entry.where, entry.who, entry.what, entry.feelings].map((s) => s.trim()).filter(Boolean).join(' · ');
}
