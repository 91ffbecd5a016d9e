/**
 * A class's meetings in time: generating weekly ones, their order, when each starts and
 * which week it opens (in the class's own time zone), and what an updated pack changes for
 * members (as `ClassChange`s; the words are in shared/content/classes/class-changes-en.ts).
 */
import { COURSE_WEEKS, MAX_MEETINGS, type ClassMeeting, type ClassPack } from './class-pack.ts';
import { addDays, weekdayOf, zonedToEpoch, type IsoDate, type IsoTime } from './zoned-time.ts';
import { COURSE_ORDER, weekAt, weekPosition } from '../../content/weeks/course-order.ts';

/**
 * Meetings put back in date order after one was moved past another. The weeks stay in
 * course order: the meetings swap dates, not topics, so the class still goes week 1, 2, 3….
 */
export function inDateOrder(meetings: readonly ClassMeeting[]): ClassMeeting[] {
  const weeks = meetings.map((m) => m.week).sort((a, b) => weekPosition(a) - weekPosition(b));
  return [...meetings]
    .sort((a, b) => (`${a.date}T${a.time}` < `${b.date}T${b.time}` ? -1 : `${a.date}T${a.time}` > `${b.date}T${b.time}` ? 1 : 0))
    .map((m, i) => ({ ...m, week: weeks[i]! }));
}

/** What the meeting generator needs: "N weekly meetings from date X on weekday Y at time Z". */
export interface MeetingPlan {
  /** The first meeting is on the first `weekday` on or after this date. */
  from: IsoDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  time: IsoTime;
  /** How many meetings; one per week of the course by default. */
  count?: number;
  /** The week (key) the first meeting covers; each meeting after covers the next, in reading order. */
  firstWeek?: number;
}

/**
 * Weekly meetings on one weekday at one wall-clock time. Dates step in calendar days, so the
 * meeting stays at, say, 18:30 local time when daylight saving starts or ends in between.
 */
export function generateMeetings(plan: MeetingPlan): ClassMeeting[] {
  const count = Math.max(1, Math.min(MAX_MEETINGS, plan.count ?? COURSE_WEEKS));
  const first = addDays(plan.from, (plan.weekday - weekdayOf(plan.from) + 7) % 7);
  const firstPlace = weekPosition(plan.firstWeek ?? COURSE_ORDER[0]!) || 1;
  return Array.from({ length: count }, (_, i) => ({ week: weekAt(firstPlace + i), date: addDays(first, 7 * i), time: plan.time }));
}

/** The instant a meeting starts. */
export function meetingStart(pack: Pick<ClassPack, 'timeZone'>, meeting: ClassMeeting): number {
  return zonedToEpoch(meeting.date, meeting.time, pack.timeZone);
}

/**
 * When each week opens in a class: the start of the day (in the class's time zone) of the
 * first meeting that covers it. Weeks no meeting covers are left out (they open as self-paced).
 */
export function classOpensAt(pack: Pick<ClassPack, 'timeZone' | 'meetings'>): Record<number, number> {
  const opens: Record<number, number> = {};
  for (const m of pack.meetings) opens[m.week] ??= zonedToEpoch(m.date, '00:00', pack.timeZone);
  return opens;
}

/** The meeting happening now or next (one that has not ended), or undefined when the class is over. */
export function nextMeeting(pack: Pick<ClassPack, 'timeZone' | 'meetings' | 'minutes'>, now: number): { meeting: ClassMeeting; index: number; start: number } | undefined {
  for (const [index, meeting] of pack.meetings.entries()) {
    const start = meetingStart(pack, meeting);
    if (start + pack.minutes * 60_000 > now) return { meeting, index, start };
  }
  return undefined;
}

/** The facilitator's note for a week, or "". */
export function noteFor(pack: Pick<ClassPack, 'notes'>, week: number): string {
  return pack.notes.find((n) => n.week === week)?.text ?? '';
}

/** Formats a meeting for people, in the class's time zone: "Tuesday 3 March, 6:30 pm". */
export function formatMeeting(pack: Pick<ClassPack, 'timeZone'>, meeting: ClassMeeting, locale?: string, withZone = false): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: pack.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(meetingStart(pack, meeting));
}

/** A meeting with the time zone its time is in, for saying when it is. */
export interface MeetingIn {
  timeZone: string;
  meeting: ClassMeeting;
}

/** One thing an updated pack changes that a member would notice; `week` is the week's place in the course, as members see it. */
export type ClassChange =
  | { kind: 'renamed'; name: string }
  | { kind: 'facilitator' }
  | { kind: 'venue' }
  | { kind: 'agreements' }
  | { kind: 'resources' }
  | { kind: 'notes' }
  | { kind: 'time-zone'; timeZone: string }
  | { kind: 'length'; minutes: number }
  | { kind: 'moved'; week: number; from: MeetingIn; to: MeetingIn }
  | { kind: 'covers'; week: number; at: MeetingIn }
  | { kind: 'meetings-added'; count: number }
  | { kind: 'meetings-removed'; count: number };

/** What changes when a member who has `old` opens `next`; empty when nothing a member would notice has changed. */
export function describeClassChanges(old: ClassPack, next: ClassPack): ClassChange[] {
  const changes: ClassChange[] = [];
  if (old.name !== next.name) changes.push({ kind: 'renamed', name: next.name });
  if (old.facilitator.name !== next.facilitator.name || old.facilitator.contact !== next.facilitator.contact) changes.push({ kind: 'facilitator' });
  if (old.timeZone !== next.timeZone) changes.push({ kind: 'time-zone', timeZone: next.timeZone });
  if (old.minutes !== next.minutes) changes.push({ kind: 'length', minutes: next.minutes });
  const shared = Math.min(old.meetings.length, next.meetings.length);
  for (let i = 0; i < shared; i++) {
    const a = old.meetings[i]!;
    const b = next.meetings[i]!;
    const to = { timeZone: next.timeZone, meeting: b };
    if (a.date !== b.date || a.time !== b.time) changes.push({ kind: 'moved', week: weekPosition(b.week), from: { timeZone: old.timeZone, meeting: a }, to });
    else if (a.week !== b.week) changes.push({ kind: 'covers', week: weekPosition(b.week), at: to });
  }
  if (next.meetings.length > old.meetings.length) changes.push({ kind: 'meetings-added', count: next.meetings.length - old.meetings.length });
  if (next.meetings.length < old.meetings.length) changes.push({ kind: 'meetings-removed', count: old.meetings.length - next.meetings.length });
  if (old.venue !== next.venue) changes.push({ kind: 'venue' });
  if (JSON.stringify(old.agreements) !== JSON.stringify(next.agreements)) changes.push({ kind: 'agreements' });
  if (JSON.stringify(old.resources) !== JSON.stringify(next.resources)) changes.push({ kind: 'resources' });
  if (JSON.stringify(old.notes) !== JSON.stringify(next.notes)) changes.push({ kind: 'notes' });
  return changes;
}
