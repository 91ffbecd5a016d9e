/**
 * The English words around a meeting's slides (see shared/domain/classes/session-slides.ts):
 * the small labels and the lines that frame the course's own content on the shared screen.
 * Another language goes in a file beside this one, with the same keys.
 */
import type { SlideWords } from '../../domain/classes/slide-words.ts';
import { formatCount } from '../locale.ts';

/** "Question 2 of 4". */
const nOf = (what: string) => (n: number, of: number) => `${what} ${formatCount(n)} of ${formatCount(of)}`;

/** English words for the slides. */
export const SLIDE_WORDS_EN: SlideWords = {
  week: (position) => `Week ${formatCount(position)}`,
  welcome: 'Welcome',
  agreements: 'Our group agreements',
  checkIn: 'Check-in round',
  thisWeek: 'This week',
  takeaways: 'Key takeaways',
  question: nOf('Question'),
  pairs: 'Skill practice in pairs',
  pairsHow: 'One of you reads what they say. The other tries a calm answer. Then swap.',
  card: nOf('Practice card'),
  cardAsk: 'How might you answer?',
  quoted: (words) => `“${words}”`,
  wrapUp: 'Wrap-up',
  thanks: 'Thank you for coming. Take good care of yourself this week.',
};
