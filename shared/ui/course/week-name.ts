import { msg, str } from '@lit/localize';
import { formatCount, interfaceLanguage } from '../../content/locale.ts';
import { outlineIn } from '../../content/outline-es.ts';
import { weekPosition } from '../../content/weeks/course-order.ts';

/**
 * A week as the screens name it, in the interface's language: "Week 3" ("Semana 3") and its
 * title from the course outline. Called at render time, as msg() must be. The course, the
 * journal and the class screens all name weeks through here.
 */

/** "Week 3": its place in the course (as `weekName` in course-order.ts says it in English, for what is not shown on a screen), a key it lacks keeping its number. */
export function weekNameOf(key: number): string {
  return msg(str`Week ${formatCount(weekPosition(key) || key)}`);
}

/** The week's title, or its name when the course has no such week. */
export function weekTitleOf(key: number): string {
  return outlineIn(key, interfaceLanguage())?.title ?? weekNameOf(key);
}
