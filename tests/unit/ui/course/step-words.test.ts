import { describe, expect, it } from 'vitest';
import { LESSON_STEP_WORDS_EN } from '../../../../shared/content/weeks/lesson-steps-en.ts';
import { stepWords } from '../../../../shared/ui/course/step-words.ts';

describe('the lesson steps’ names', () => {
  it('in English, the lesson player says what the screens outside a lesson say', () => {
    const inLesson = stepWords();
    for (const key of ['welcome', 'takeaways', 'reflection', 'selfCheck'] as const) expect(inLesson[key], key).toBe(LESSON_STEP_WORDS_EN[key]);
    expect(inLesson.practice('Listen first')).toBe(LESSON_STEP_WORDS_EN.practice('Listen first'));
  });
});
