/**
 * A class's meetings as an iCalendar file (RFC 5545), for "Add to my calendar". Times are
 * written in UTC (…Z), which every calendar reads the same way and shows in the reader's
 * own time; the class's time zone decided what those instants are.
 */
import { type ClassMeeting, type ClassPack } from './class-pack.ts';
import { meetingStart, noteFor } from './class-meetings.ts';
import { weekPosition } from '../../content/weeks/course-order.ts';
import { CALENDAR_WORDS_EN } from '../../content/classes/calendar-words-en.ts';
import type { CalendarWords } from './calendar-words.ts';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** Folds a content line to at most 75 octets, continuing with CRLF and one space; never splits a character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = encoder.encode(char).byteLength;
    // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** An instant as an iCalendar UTC date-time: `20250304T183000Z`. */
export function icsUtc(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Counted from here, so the sequence number fits the 32-bit integer RFC 5545 allows for centuries. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * The SEQUENCE of every event in a pack: seconds from 2024 to the pack's edition. Each updated
 * pack the facilitator makes is later, so its number is higher, and calendar apps take the
 * re-imported event as a change to move, not an old copy to ignore.
 */
export function icsSequence(pack: Pick<ClassPack, 'updatedAt'>): number {
  return Math.min(2 ** 31 - 1, Math.max(0, Math.floor((pack.updatedAt - SEQUENCE_EPOCH) / 1000)));
}

/** What the calendar needs that the pack does not hold: each week's title. */
export interface CalendarOptions {
  /** When the file is made (DTSTAMP). */
  now: number;
  /** Week number → title. */
  weekTitle: (week: number) => string;
  /** Only these meetings (by index); all of them when omitted. */
  only?: readonly number[];
  /** The words around the class's own (English when omitted). */
  words?: CalendarWords;
}

/** The `.ics` text for a class: one VEVENT per meeting, CRLF line endings, folded lines. */
export function classCalendar(pack: ClassPack, options: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Alongside//Class calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeIcsText(pack.name)}`];
  pack.meetings.forEach((meeting, index) => {
    if (options.only && !options.only.includes(index)) return;
    lines.push(...meetingEvent(pack, meeting, index, options));
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

function meetingEvent(pack: ClassPack, meeting: ClassMeeting, index: number, options: CalendarOptions): string[] {
  const start = meetingStart(pack, meeting);
  const note = noteFor(pack, meeting.week);
  const words = options.words ?? CALENDAR_WORDS_EN;
  const description = [
    words.weekLine(words.week(weekPosition(meeting.week) || meeting.week), options.weekTitle(meeting.week)),
    words.facilitator(pack.facilitator.name, pack.facilitator.contact),
    note ? words.note(note) : '',
  ]
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    // Stable per class and meeting, so opening an updated file moves the event instead of adding one.
    `UID:${pack.id}-meeting-${index + 1}@alongside.invalid`,
    `DTSTAMP:${icsUtc(options.now)}`,
    // With the UID, these tell a calendar that an updated pack's event replaces the old one.
    `SEQUENCE:${icsSequence(pack)}`,
    `LAST-MODIFIED:${icsUtc(pack.updatedAt)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(start + pack.minutes * 60_000)}`,
    `SUMMARY:${escapeIcsText(words.summary(pack.name, weekPosition(meeting.week) || meeting.week))}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(pack.venue ? [`LOCATION:${escapeIcsText(pack.venue)}`] : []),
    'END:VEVENT',
  ];
}

/** A file name for the calendar, from the class name. */
export function calendarFileName(pack: Pick<ClassPack, 'name'>): string {
  const slug = pack.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `${slug || 'class'}-meetings.ics`;
}
