import { msg, str } from '@lit/localize';
import type { LessonStepWords } from '../../domain/course/lesson-step-words.ts';

/**
 * The names of the steps every week has, in the interface's language: the lesson player's step
 * titles, and the practice's journal entry ("Try this: …"). The English is the same as
 * shared/content/weeks/lesson-steps-en.ts, which the screens outside a lesson use (a unit test
 * holds them together). Called at render time, as msg() must be.
 */
export function stepWords(): LessonStepWords {
  return {
    welcome: msg('Welcome'),
    takeaways: msg('Key takeaways'),
    reflection: msg('Reflect'),
    practice: (title) => msg(str`Try this: ${title}`),
    selfCheck: msg('A gentle self-check'),
  };
}
