/**
 * The English names of the lesson player's own steps (see `lessonSteps` in
 * shared/domain/course/course-progress.ts). Another language goes in a file beside this one,
 * with the same keys.
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
