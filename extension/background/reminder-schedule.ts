/**
 * When reminders fire: a lead time before a planned talk, never inside quiet hours, and a
 * weekly lesson nudge. Pure arithmetic on local time (no chrome calls), tested in node.
 */
import type { QuietHours } from '../../shared/domain/settings.ts';

const MINUTE = 60_000;

/** Default minutes between a reminder and its talk. */
export const DEFAULT_LEAD_MINUTES = 30;

/** Minutes since midnight for "HH:MM" (24-hour), or null when it is not a time. */
export function parseTime(hm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hm.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** The local date of `at`, `days` later, at `minutes` past midnight (daylight saving handled by Date). */
function onDay(at: number, days: number, minutes: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 0, minutes).getTime();
}

/** Midnight at the end of the local day of `at`: when "quiet today" ends. */
export function endOfLocalDay(at: number): number {
  return onDay(at, 1, 0);
}

/**
 * The stretch of quiet hours that contains `at`, or null. Start is included, end is not.
 * "22:00"–"07:00" runs past midnight; equal times mean no quiet hours.
 */
export function quietSpanAt(at: number, quiet: QuietHours | null): { start: number; end: number } | null {
  if (!quiet) return null;
  const from = parseTime(quiet.from);
  const to = parseTime(quiet.to);
  if (from === null || to === null || from === to) return null;
  // A span that starts yesterday may still be running today; check it and today's.
  for (const days of [-1, 0]) {
    const start = onDay(at, days, from);
    const end = onDay(at, from < to ? days : days + 1, to);
    if (at >= start && at < end) return { start, end };
  }
  return null;
}

/** True when `at` falls in quiet hours. */
export function inQuietHours(at: number, quiet: QuietHours | null): boolean {
  return quietSpanAt(at, quiet) !== null;
}

/** `at`, or the end of the quiet hours it falls in. */
export function afterQuietHours(at: number, quiet: QuietHours | null): number {
  return quietSpanAt(at, quiet)?.end ?? at;
}

/** What a reminder needs to know about its plan. */
export interface ReminderInput {
  /** When the talk is (ms). */
  scheduledAt: number;
  /** When the plan was last changed (ms): a plan saved after its reminder time gets none. */
  updatedAt?: number;
}

/**
 * When to remind about a talk, or null for no reminder:
 * - `lead` minutes before it;
 * - inside quiet hours, moved to when they end; if they end only after the talk starts,
 *   moved to a minute before they began, if that is still ahead;
 * - a time already gone, with the talk still ahead, is "now" (the browser was closed) —
 *   unless the plan was saved after that time: the person has it in front of them.
 */
export function reminderTime(plan: ReminderInput, leadMinutes: number, quiet: QuietHours | null, now: number): number | null {
  if (!Number.isFinite(plan.scheduledAt) || plan.scheduledAt <= now) return null;
  const lead = Number.isFinite(leadMinutes) && leadMinutes >= 0 ? leadMinutes : DEFAULT_LEAD_MINUTES;
  let at = plan.scheduledAt - lead * MINUTE;
  const span = quietSpanAt(Math.max(at, now), quiet);
  if (span) {
    if (span.end < plan.scheduledAt) at = Math.max(at, span.end);
    else if (span.start - MINUTE > now) at = Math.min(at, span.start - MINUTE);
    else return null;
  }
  if (at <= now) {
    if (plan.updatedAt !== undefined && plan.updatedAt >= at) return null;
    return now;
  }
  return at;
}

/** The next time, strictly after `now`, that is `day` (0 = Sunday) at "HH:MM" local time; null for a bad time. */
export function nextWeekly(now: number, day: number, hm: string): number | null {
  const minutes = parseTime(hm);
  if (minutes === null || !Number.isInteger(day) || day < 0 || day > 6) return null;
  const today = new Date(now).getDay();
  for (let ahead = (day - today + 7) % 7; ; ahead += 7) {
    const at = onDay(now, ahead, minutes);
    if (at > now) return at;
  }
}
