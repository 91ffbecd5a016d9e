/**
 * The English names of the lesson player's own steps (see `lessonSteps` in
 * shared/domain/course/course-progress.ts), for the screens that name steps outside a lesson.
 * The lesson player names them through msg() in the interface's language (`stepWords` in
 * shared/ui/course/step-words.ts), with the same English, so a translator finds them in es.xlf.
 */
import type { LessonStepWords } from '../../domain/course/lesson-step-words.ts';

/** English names for the steps every week has. */
export const LESSON_STEP_WORDS_EN: LessonStepWords = {
  welcome: 'Welcome',
  takeaways: 'Key takeaways',
  reflection: 'Reflect',
  practice: (title) => `Try this: ${title}`,
  selfCheck: 'A gentle self-check',
};
