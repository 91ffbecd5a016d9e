import { describe, expect, it } from 'vitest';
import { SLIDE_WORDS_EN } from '../../../shared/content/classes/session-slides-en.ts';
import { CALENDAR_WORDS_EN } from '../../../shared/content/classes/calendar-words-en.ts';
import { LESSON_STEP_WORDS_EN } from '../../../shared/content/weeks/lesson-steps-en.ts';
import { planTitle, reflectionPromptFor, rehearsalLineLabel } from '../../../shared/content/toolkit/plan-words-en.ts';
import { weekHeading } from '../../../shared/content/practice/pattern-words-en.ts';
import { sessionSlides } from '../../../shared/domain/classes/session-slides.ts';
import { lessonSteps } from '../../../shared/domain/course/course-progress.ts';
import { week as WEEK_1 } from '../../../shared/content/weeks/week-1.ts';
import { SESSION_GUIDES } from '../../../shared/content/session-guides.ts';

/**
 * The English words that frame content the domain puts together (slides, lesson steps,
 * calendar events, a plan's names): each takes its values, and the domain uses the table it
 * is given, so another language's table replaces every word.
 */
describe('the English words around the course’s own content', () => {
  it('counts slides and quotes what they say', () => {
    expect(SLIDE_WORDS_EN.question(2, 4)).toBe('Question 2 of 4');
    expect(SLIDE_WORDS_EN.card(1, 3)).toBe('Practice card 1 of 3');
    expect(SLIDE_WORDS_EN.quoted('I’m fine.')).toBe('“I’m fine.”');
  });

  it('names a meeting’s calendar event, with the facilitator’s contact only when there is one', () => {
    expect(CALENDAR_WORDS_EN.summary('Tuesday group', 3)).toBe('Tuesday group: week 3');
    expect(CALENDAR_WORDS_EN.facilitator('Ana', '')).toBe('Facilitator: Ana.');
    expect(CALENDAR_WORDS_EN.facilitator('Ana', 'ana@example.org')).toBe('Facilitator: Ana (ana@example.org).');
    expect(CALENDAR_WORDS_EN.weekLine('Week 3', 'Talking together')).toBe('Week 3: Talking together.');
  });

  it('names a plan, its question and its lines', () => {
    expect(planTitle({ who: 'Sam', about: 'about money' })).toBe('Talk with Sam about money');
    expect(reflectionPromptFor({ about: 'the car?' })).toBe('How did the conversation about the car go?');
    expect([rehearsalLineLabel({ part: 'opening' }), rehearsalLineLabel({ part: 'point', n: 2 }), rehearsalLineLabel({ part: 'exit' })]).toEqual(['Opening line', 'Key point 2', 'Exit line']);
    expect(weekHeading('2026-11-30', '2026-12-05')).toBe('Week of 30 November');
  });

  it('is the table the domain uses, and another table replaces every word', () => {
    expect(lessonSteps(WEEK_1).map((s) => s.title)).toContain(LESSON_STEP_WORDS_EN.practice(WEEK_1.practice.title));
    const marked = { ...LESSON_STEP_WORDS_EN, welcome: '¡Bienvenida!', practice: (t: string) => `Prueba esto: ${t}` };
    expect(lessonSteps(WEEK_1, marked)[0]!.title).toBe('¡Bienvenida!');
    const guide = SESSION_GUIDES.find((g) => g.week === WEEK_1.number)!;
    const slides = sessionSlides(WEEK_1, guide, [], [], { ...SLIDE_WORDS_EN, wrapUp: 'Cierre' });
    expect(slides.at(-1)!.eyebrow).toBe('Cierre');
  });
});
