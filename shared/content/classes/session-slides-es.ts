/**
 * The Spanish words around a meeting's slides (the English is session-slides-en.ts, with the
 * same keys): the small labels and the lines that frame the course's own content on the shared
 * screen, read by the whole group, so they speak to no one's gender.
 */
import type { SlideWords } from '../../domain/classes/slide-words.ts';
import { formatCount, interfaceLanguage } from '../locale.ts';
import { SLIDE_WORDS_EN } from './session-slides-en.ts';

/** "Pregunta 2 de 4". */
const nOf = (what: string) => (n: number, of: number) => `${what} ${formatCount(n)} de ${formatCount(of)}`;

/** Spanish words for the slides. */
export const SLIDE_WORDS_ES: SlideWords = {
  week: (position) => `Semana ${formatCount(position)}`,
  welcome: 'Bienvenida',
  agreements: 'Nuestros acuerdos del grupo',
  checkIn: 'Ronda de inicio',
  thisWeek: 'Esta semana',
  takeaways: 'Ideas clave',
  question: nOf('Pregunta'),
  pairs: 'Práctica en parejas',
  pairsHow: 'Una persona lee lo que dice su ser querido. La otra prueba una respuesta con calma. Luego cambian.',
  card: nOf('Tarjeta de práctica'),
  cardAsk: '¿Cómo podrías responder?',
  quoted: (words) => `“${words}”`,
  wrapUp: 'Cierre',
  thanks: 'Gracias por venir. Cuídate mucho esta semana.',
};

/** The slides' words in the interface's language. */
export function slideWordsIn(): SlideWords {
  return interfaceLanguage() === 'es' ? SLIDE_WORDS_ES : SLIDE_WORDS_EN;
}
