/**
 * A week as the class screens name it, in the interface's language: "Week 3" ("Semana 3"), and
 * its title from the course outline. One place, so the class screens pick up a Spanish outline
 * the day it is written.
 */
import { msg, str } from '@lit/localize';
import { formatCount } from '../../content/locale.ts';
import { weekPosition } from '../../content/weeks/course-order.ts';
import { outlineOf } from '../../content/weeks/outline.ts';

/** "Week 3": its place in the course, a key it lacks keeping its number. */
export function weekNameOf(key: number): string {
  return msg(str`Week ${formatCount(weekPosition(key) || key)}`);
}

/** The week's title, or its name when the course has no such week. */
export function weekTitleOf(key: number): string {
  return outlineOf(key)?.title ?? weekNameOf(key);
}
