/**
 * The pattern log's words in Spanish (see pattern-words-en.ts). Feelings are nouns
 * ("aburrimiento", not "aburrido"), so no example gives anyone a gender.
 */
import { dayOfYear, localDay } from '../../domain/practice/pattern-log.ts';
import { interfaceLanguage, type Language } from '../locale.ts';
import { PATTERN_WORDS_EN, weekHeading, type PatternWords } from './pattern-words-en.ts';

export const PATTERN_WORDS_ES: PatternWords = {
  fields: {
    where: { label: 'Dónde', hint: 'Por ejemplo: en casa, en casa de amistades, de camino a casa después del trabajo.' },
    who: { label: 'Quién estaba', hint: 'Por ejemplo: a solas, con amistades de antes, con toda la familia.' },
    what: { label: 'Qué estaba pasando', hint: 'Por ejemplo: el día de pago, una discusión, una noche larga y tranquila.' },
    feelings: { label: 'Sentimientos', hint: 'Lo que parecía sentir tu ser querido, y lo que sentiste tú. Por ejemplo: aburrimiento, tensión, soledad.' },
    happened: { label: 'Qué pasó', hint: 'El consumo o el momento difícil, con tus propias palabras. Bastan unas pocas palabras.' },
    afterThem: { label: 'Después, para tu ser querido', hint: 'Lo que le dio en el momento, y lo que le costó después.' },
    afterMe: { label: 'Después, para ti', hint: 'Cómo fue para ti esa noche, y en los días siguientes.' },
    note: { label: 'Algo más (opcional)', hint: '' },
  },
  guidance: [
    'El consumo suele seguir un patrón. Algunos lugares, personas, momentos y sentimientos vienen antes. Además, le da algo a la persona, como calma, un descanso o una forma de encajar. Por eso sigue.',
    'Anotar lo que pasó antes puede mostrarte los momentos más difíciles, para que puedas prepararte. Anotar lo que vino después muestra lo que cuesta, a tu ser querido y a ti.',
    'No tienes que completar todas las casillas. Bastan unas pocas palabras. Cada semana, mira hacia atrás y fíjate en lo que se repite.',
  ],
  activityGuidance:
    'Las cosas que se disfrutan en compañía pueden llenar el tiempo que ocupaba el consumo. Elige cosas que le gusten a {person} y que encajen en los momentos en que suele haber consumo. Las cosas pequeñas y fáciles también cuentan.',
  activityIdeas: [
    'Dar un paseo en compañía',
    'Cocinar y compartir una comida',
    'Ver una película',
    'Hacer una escapada corta a algún lugar',
    'Jugar a algo',
    'Pasar tiempo con una mascota',
    'Hacer una compra o un trámite en compañía',
    'Escuchar la música que le gusta',
  ],
};

/** The log's words in the interface's language (read at render time). */
export function patternWords(language: Language = interfaceLanguage()): PatternWords {
  return language === 'es' ? PATTERN_WORDS_ES : PATTERN_WORDS_EN;
}

/** A week's heading in the interface's language: "Semana del 30 de noviembre". */
export function weekHeadingIn(monday: string, today: string = localDay(), language: Language = interfaceLanguage()): string {
  return language === 'es' ? `Semana del ${dayOfYear(monday, today)}` : weekHeading(monday, today);
}
