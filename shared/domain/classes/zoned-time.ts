/**
 * Wall-clock dates and times in a named time zone (IANA, such as "Europe/London"), with no
 * library: the platform's `Intl` knows every zone's rules, including daylight saving.
 * A class meets at "18:30 on Tuesdays" where it is held; these turn that into instants.
 */

/** A calendar date as written in the pack: `YYYY-MM-DD`. */
export type IsoDate = string;
/** A time of day as written in the pack: `HH:MM`, 24-hour. */
export type IsoTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 31 February). */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** True for a time of day written `HH:MM`, 00:00 to 23:59. */
export function isIsoTime(text: string): boolean {
  return TIME.test(text);
}

/** True when the platform knows this IANA time zone. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    // Only the time zone is tried here; nothing is written for a person, so the language is any.
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** This device's time zone, or UTC when the platform does not say. */
export function deviceTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Read by machine, not by a person: a fixed locale with Latin digits, whatever the interface's language.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall clock in `zone` at an instant: date, time and weekday (0 = Sunday). */
export function wallClock(at: number, zone: string): { date: IsoDate; time: IsoTime; weekday: number; seconds: number } {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(zone).formatToParts(new Date(at))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: WEEKDAYS.indexOf(parts.weekday!),
    seconds: Number(parts.second),
  };
}

/** How far `zone` is ahead of UTC at an instant, in ms. */
function offsetAt(at: number, zone: string): number {
  const w = wallClock(at, zone);
  const [y, mo, d] = w.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = w.time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, w.seconds);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock date and time happens in `zone`. In the hour skipped when the
 * clocks go forward, the time moves on by that hour (as a phone calendar does); in the hour
 * that repeats when they go back, the first one is used.
 */
export function zonedToEpoch(date: IsoDate, time: IsoTime, zone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const first = offsetAt(guess - offsetAt(guess, zone), zone);
  const candidate = guess - first;
  // Around a change the offset one way may differ from the other; prefer the earlier instant that shows this wall time.
  const before = guess - offsetAt(guess - 12 * 3600_000, zone);
  if (before < candidate && wallClock(before, zone).time === time && wallClock(before, zone).date === date) return before;
  return candidate;
}

/** The date `days` after `date` (calendar arithmetic, so daylight saving never shifts it). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date, 0 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}
