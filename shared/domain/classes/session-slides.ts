/**
 * The slides of the presentation view for one week's meeting, built from course content
 * only: no one's name, notes or answers ever reach the shared screen. The words around the
 * content come from a `SlideWords` table (English by default).
 */
import type { Week } from '../../content/course-types.ts';
import type { RoleplayCard } from '../../content/prompts/prompt-types.ts';
import type { SessionGuide } from '../../content/session-guides.ts';
import { DEFAULT_AGREEMENTS } from './class-pack.ts';
import { DEFAULT_PROFILE, personalise } from '../course/profile.ts';
import { weekPosition } from '../../content/weeks/course-order.ts';
import { SLIDE_WORDS_EN } from '../../content/classes/session-slides-en.ts';
import type { SlideWords } from './slide-words.ts';
import type { Language } from '../../content/locale.ts';

/** One slide: a small label, a heading, and short lines or a list. */
export interface Slide {
  /** Short label above the heading ("Question 2 of 4"). */
  eyebrow: string;
  title: string;
  /** Paragraphs, each shown large. */
  lines: string[];
  /** Shown as a list. */
  list?: string[];
}

/**
 * The meeting's slides: title, the class's group agreements (the defaults when there is no
 * class; none when the class has none), check-in, takeaways, each question, pair practice,
 * wrap-up. The agreements are the one part of a class on screen: the facilitator wrote them
 * for the whole group to read together.
 */
export function sessionSlides(
  week: Week,
  guide: SessionGuide,
  cards: readonly RoleplayCard[],
  agreements: readonly string[] = DEFAULT_AGREEMENTS,
  words: SlideWords = SLIDE_WORDS_EN,
  written: Language = 'en',
): Slide[] {
  // A group has many relationships in the room: speak of "the person you support" (in the language the week is written in).
  const p = (t: string) => personalise(t, DEFAULT_PROFILE, written);
  const slides: Slide[] = [
    { eyebrow: words.week(weekPosition(week.number) || week.number), title: week.title, lines: [week.summary, ...(week.contentNote ? [week.contentNote] : [])] },
    ...(agreements.length ? [{ eyebrow: words.welcome, title: words.agreements, lines: [], list: [...agreements] }] : []),
    { eyebrow: words.checkIn, title: guide.checkIn, lines: [] },
    { eyebrow: words.thisWeek, title: words.takeaways, lines: [], list: week.takeaways.map(p) },
    ...guide.questions.map((q, i) => ({ eyebrow: words.question(i + 1, guide.questions.length), title: q, lines: [] })),
    { eyebrow: words.pairs, title: p(week.practice.title), lines: [words.pairsHow] },
    ...cards.map((c, i) => ({ eyebrow: words.card(i + 1, cards.length), title: words.quoted(c.theySay), lines: [words.cardAsk] })),
    { eyebrow: words.wrapUp, title: guide.wrapUp, lines: [words.thanks] },
  ];
  return slides;
}
