/**
 * The English words the pattern log builds from its dates. Another language goes in a file
 * beside this one, with the same names.
 */
import { dayOfYear, localDay } from '../../domain/practice/pattern-log.ts';

/** "Week of 30 November" (the year too when it is not this year's). */
export function weekHeading(monday: string, today: string = localDay()): string {
  return `Week of ${dayOfYear(monday, today)}`;
}
