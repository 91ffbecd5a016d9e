/** One language's names for the lesson player's own steps (English: shared/content/weeks/lesson-steps-en.ts); the other steps take their titles from the week. */
export interface LessonStepWords {
  welcome: string;
  takeaways: string;
  reflection: string;
  /** "Try this: …", around the week's practice title. */
  practice: (title: string) => string;
  selfCheck: string;
}
