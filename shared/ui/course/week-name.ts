import { msg, str } from '@lit/localize';
import { formatCount } from '../../content/locale.ts';
import { weekPosition } from '../../content/weeks/course-order.ts';

/**
 * "Week 3" in the interface's language (as `weekName` in course-order.ts says it in English,
 * for what is not shown on a screen): its place in the course, a key it lacks keeping its
 * number. Called at render time, as msg() must be.
 */
export function weekNameOf(key: number): string {
  return msg(str`Week ${formatCount(weekPosition(key) || key)}`);
}
