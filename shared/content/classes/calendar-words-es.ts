/**
 * The Spanish words in a class's calendar events (the English is calendar-words-en.ts, with the
 * same keys), chosen by the interface's language when the file is made.
 */
import type { CalendarWords } from '../../domain/classes/calendar-words.ts';
import { interfaceLanguage } from '../locale.ts';
import { CALENDAR_WORDS_EN } from './calendar-words-en.ts';

/** Spanish words for a meeting's event. */
export const CALENDAR_WORDS_ES: CalendarWords = {
  week: (position) => `Semana ${position}`,
  summary: (className, week) => `${className}: semana ${week}`,
  weekLine: (weekName, title) => `${weekName}: ${title}.`,
  facilitator: (name, contact) => `Coordina: ${name}${contact ? ` (${contact})` : ''}.`,
  note: (note) => `Una nota para esta semana: ${note}`,
};

/** The calendar's words in the interface's language. */
export function calendarWordsIn(): CalendarWords {
  return interfaceLanguage() === 'es' ? CALENDAR_WORDS_ES : CALENDAR_WORDS_EN;
}
