/**
 * The English words in a class's calendar events (see shared/domain/classes/class-calendar.ts).
 * Another language goes in a file beside this one, with the same keys.
 */
import type { CalendarWords } from '../../domain/classes/calendar-words.ts';

/** English words for a meeting's event. */
export const CALENDAR_WORDS_EN: CalendarWords = {
  week: (position) => `Week ${position}`,
  summary: (className, week) => `${className}: week ${week}`,
  weekLine: (weekName, title) => `${weekName}: ${title}.`,
  facilitator: (name, contact) => `Facilitator: ${name}${contact ? ` (${contact})` : ''}.`,
  note: (note) => `A note for this week: ${note}`,
};
