/**
 * The slides of the presentation view for one week's meeting, built from course content
 * only: no one's name, notes or answers ever reach the shared screen.
 */
import type { Week } from '../../content/course-types.ts';
import type { RoleplayCard } from '../../content/prompts/prompt-types.ts';
import type { SessionGuide } from '../../content/session-guides.ts';
import { DEFAULT_AGREEMENTS } from './class-pack.ts';
import { DEFAULT_PROFILE, personalise } from '../course/profile.ts';
import { weekName } from '../../content/weeks/course-order.ts';

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
export function sessionSlides(week: Week, guide: SessionGuide, cards: readonly RoleplayCard[], agreements: readonly string[] = DEFAULT_AGREEMENTS): Slide[] {
  // A group has many relationships in the room: speak of "the person you support".
  const p = (t: string) => personalise(t, DEFAULT_PROFILE);
  const slides: Slide[] = [
    { eyebrow: weekName(week.number), title: week.title, lines: [week.summary, ...(week.contentNote ? [week.contentNote] : [])] },
    ...(agreements.length ? [{ eyebrow: 'Welcome', title: 'Our group agreements', lines: [], list: [...agreements] }] : []),
    { eyebrow: 'Check-in round', title: guide.checkIn, lines: [] },
    { eyebrow: 'This week', title: 'Key takeaways', lines: [], list: week.takeaways.map(p) },
    ...guide.questions.map((q, i) => ({ eyebrow: `Question ${i + 1} of ${guide.questions.length}`, title: q, lines: [] })),
    { eyebrow: 'Skill practice in pairs', title: p(week.practice.title), lines: ['One of you reads what they say. The other tries a calm answer. Then swap.'] },
    ...cards.map((c, i) => ({ eyebrow: `Practice card ${i + 1} of ${cards.length}`, title: `“${c.theySay}”`, lines: ['How might you answer?'] })),
    { eyebrow: 'Wrap-up', title: guide.wrapUp, lines: ['Thank you for coming. Take good care of yourself this week.'] },
  ];
  return slides;
}
