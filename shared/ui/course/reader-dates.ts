import { dateLocale } from '../../content/locale.ts';

/*
 * Dates and times on the course screens. English keeps the browser's own format, as it always
 * has (people and the e2e tests read it that way); another language writes them its own way
 * ("6 de diciembre", "18:30"), not in the browser's English.
 */

/** A day: `readerDate(at, { day: 'numeric', month: 'long' })`. */
export function readerDate(at: number | Date, options: Intl.DateTimeFormatOptions): string {
  return new Date(at).toLocaleDateString(dateLocale(), options);
}

/** A time of day: "6:30 pm", "18:30". */
export function readerTime(at: number | Date, options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }): string {
  return new Date(at).toLocaleTimeString(dateLocale(), options);
}
