import { dateLocale } from '../../content/locale.ts';

/**
 * The locale a meeting's date and time are written in: the browser's own in English, as
 * before, and the interface's in any other language, so a Spanish screen says "martes".
 */
export function meetingLocale(): string | undefined {
  return dateLocale();
}
