/**
 * The pattern log's words in English: its fields, why it helps, and the rewarding-activity
 * ideas, and the words it builds from its dates. Keyed by the field names in
 * shared/domain/practice/pattern-log.ts; the Spanish is in pattern-words-es.ts, with the same shape.
 */
import { dayOfYear, localDay, type PatternField } from '../../domain/practice/pattern-log.ts';

export interface PatternWords {
  /** Each field's label and hint, as the form shows them. */
  fields: Readonly<Record<PatternField, { label: string; hint: string }>>;
  /** Why the log helps, for the page. Reading grade 8 or lower (tested). */
  guidance: readonly string[];
  /** Why the activities list helps, for the page; `{person}` is filled in. Reading grade 8 or lower (tested). */
  activityGuidance: string;
  /** Ideas to add with one tap: things that can fill an evening, side by side. Our own words. */
  activityIdeas: readonly string[];
}

export const PATTERN_WORDS_EN: PatternWords = {
  fields: {
    where: { label: 'Where', hint: 'For example: at home, at a friend’s, after work in the car.' },
    who: { label: 'Who was there', hint: 'For example: alone, old friends, the whole family.' },
    what: { label: 'What was going on', hint: 'For example: payday, a row, a long quiet evening.' },
    feelings: { label: 'Feelings', hint: 'What they seemed to feel, and what you felt. For example: bored, tense, lonely.' },
    happened: { label: 'What happened', hint: 'The use or the hard moment, in your own words. A few words is enough.' },
    afterThem: { label: 'After, for them', hint: 'What it gave them right away, and what it cost them later.' },
    afterMe: { label: 'After, for you', hint: 'How it was for you that night, and in the days after.' },
    note: { label: 'Anything else (optional)', hint: '' },
  },
  guidance: [
    'Use often follows a pattern. Some places, people, times and feelings come before it. It also gives the person something, like calm, a break, or a way to fit in. That is why it keeps going.',
    'Writing down what came before can show you the times that are harder, so you can plan for them. Writing down what came after shows what it costs, for them and for you.',
    'You do not have to fill in every box. A few words are enough. Look back each week and see what shows up again.',
  ],
  activityGuidance: 'Things you can enjoy together can fill the time that use took. Choose things {person} likes, that fit a time when use often happens. Small, easy things count.',
  activityIdeas: [
    'A walk together',
    'Cook and eat a meal together',
    'Watch a film',
    'A drive somewhere',
    'Play a game',
    'Time with a pet',
    'Run an errand together',
    'Listen to music they like',
  ],
};

/** "Week of 30 November" (the year too when it is not this year's). */
export function weekHeading(monday: string, today: string = localDay()): string {
  return `Week of ${dayOfYear(monday, today)}`;
}
