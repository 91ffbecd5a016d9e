/**
 * The role-play cards in Spanish: what the person supported might say, and two kind answers,
 * written the way a family would say them, not word for word from `roleplay-cards.ts`.
 * Tú throughout, no gender for the reader, neutral Spanish (see `prompts-es.ts`).
 *
 * Only the words are here, keyed by the English id; skills, topics and situations come from
 * the English card, so a plan's rehearsal picks the same cards in either language.
 */
import type { RoleplayCard } from './prompt-types.ts';
import { ROLEPLAY_CARDS_EN } from './roleplay-cards.ts';

type CardWords = Pick<RoleplayCard, 'theySay' | 'youMightAnswer' | 'safetyNote'>;

const WORDS_ES: Readonly<Record<string, CardWords>> = {
  'rp-im-fine': {
    theySay: 'Estoy bien. Deja de preguntar.',
    youMightAnswer: ['De acuerdo. Si eso cambia, aquí estoy.', 'Te escucho. Voy a preguntar menos, y sigo aquí.'],
  },
  'rp-too-tired': {
    theySay: 'No tengo energía para hablar de esto.',
    youMightAnswer: ['Está bien. ¿Buscamos un momento mañana?', 'Claro. Descansa. Puede esperar.'],
  },
  'rp-you-dont-care': {
    theySay: 'No te importo.',
    youMightAnswer: ['Parece que ahora sientes mucha soledad. Sí me importas, y aquí estoy.', 'Siento que lo vivas así. ¿Me cuentas más?'],
  },
  'rp-always-on-my-case': {
    theySay: '¿Por qué siempre estás encima de mí?',
    youMightAnswer: [
      'Parece que sientes que te vigilan todo el tiempo. Eso debe ser difícil.',
      'No quiero estar encima de ti. ¿Empezamos de nuevo?',
    ],
  },
  'rp-leave-me-alone': {
    theySay: '¡Déjame en paz!',
    youMightAnswer: ['De acuerdo. Te doy espacio y luego paso a ver cómo estás.', 'Te escucho. Voy a estar en la cocina por si quieres hablar.'],
  },
  'rp-no-problem-everyone-drinks': {
    theySay: 'No tengo ningún problema. Todo el mundo bebe.',
    youMightAnswer: [
      'Parece que sientes que te juzgo. Me gustaría saber cómo lo ves tú.',
      'De acuerdo. ¿Qué te gusta de beber, y qué no te gusta tanto?',
    ],
  },
  'rp-nothing-wrong-with-me': {
    theySay: 'No necesito ningún tratamiento. A mí no me pasa nada.',
    youMightAnswer: [
      'Parece que ahora te sientes bien. ¿Tú qué piensas de todo esto?',
      'De acuerdo. Si algún día las cosas se pusieran difíciles otra vez, ¿qué te gustaría que pasara?',
    ],
  },
  'rp-voices-are-real': {
    theySay: 'Las voces son reales. Tú no lo entiendes.',
    youMightAnswer: ['Yo no las oigo, pero te creo que para ti se sienten muy reales.', 'Eso suena a que da miedo. ¿Cómo son para ti?'],
  },
  'rp-doctors-dont-know': {
    theySay: 'Los médicos no saben de lo que hablan.',
    youMightAnswer: ['Parece que allí no sentiste que te escucharan.', '¿Qué te pareció lo que te dijeron?'],
  },
  'rp-one-drink': {
    theySay: 'Exageras. Fue solo una copa.',
    youMightAnswer: [
      'Puede ser. Aun así, me da miedo cuando te veo beber, porque te quiero.',
      'Me preocupa, y me gustaría contarte por qué.',
    ],
  },
  'rp-lend-me-money': {
    theySay: '¿Me prestas algo de dinero? Solo esta vez.',
    youMightAnswer: ['No puedo prestarte dinero. Esta semana puedo ir contigo a comprar comida.', 'No, no voy a prestarte dinero. Sí quiero ayudarte de otras formas.'],
  },
  'rp-get-it-somewhere-else': {
    theySay: 'Muy bien. Si no me das dinero, lo voy a sacar de otro lado.',
    youMightAnswer: ['Esa es tu decisión. Mi respuesta sigue siendo no, y me importas.', 'Veo que esto te duele. Mi respuesta es la misma.'],
  },
  'rp-if-you-loved-me': {
    theySay: 'Si de verdad me quisieras, me dejarías quedarme.',
    youMightAnswer: ['Sí te quiero. Y mi respuesta sigue siendo no.', 'Te quiero, y voy a mantener mi límite. ¿Buscamos otro lugar donde puedas quedarte?'],
  },
  'rp-why-should-i-listen': {
    theySay: '¿Y por qué tendría que hacerte caso?',
    youMightAnswer: ['No tienes que hacerlo. ¿Qué crees que te ayudaría?', 'Es verdad. Prefiero escuchar tus ideas.'],
  },
  'rp-used-last-night': {
    theySay: 'Metí la pata otra vez. Anoche consumí.',
    youMightAnswer: ['Gracias por contármelo. Un tropiezo no borra lo que has avanzado.', 'Me alegra que me lo cuentes. ¿Estás a salvo ahora? ¿Qué te ayudaría hoy?'],
    // The same facts as the English note and its sources (week-6.ts), checked 2026-12-05.
    safetyNote:
      'Para su seguridad: después de un tiempo sin consumir, el cuerpo ya no aguanta lo que aguantaba antes, así que el riesgo de sobredosis es mayor, sobre todo con opioides o sedantes. Ten naloxona a mano si puede haber opioides. Si no despierta, o respira despacio o con ruido, llama al número de emergencias y quédate a su lado.',
  },
  'rp-no-groups': {
    theySay: 'No pienso ir a un grupo lleno de desconocidos.',
    youMightAnswer: ['Tiene sentido. Al principio puede ser raro. ¿Qué te haría sentir más a gusto?', 'Es comprensible. Si cambias de idea, te ayudo a buscar.'],
  },
  'rp-handle-it-myself': {
    theySay: 'Puedo con esto sin ayuda de nadie.',
    youMightAnswer: [
      'Te creo que quieres hacerlo. Si algún día quieres una mano, aquí estoy.',
      'De acuerdo. La oferta sigue en pie, y la decisión es tuya.',
    ],
  },
  'rp-tried-before': {
    theySay: 'Eso ya lo probé. No me sirvió.',
    youMightAnswer: [
      'Suena a que te decepcionó. ¿Qué lo hizo difícil la última vez?',
      'Es verdad. También hay otras clases de ayuda. ¿Quieres que te cuente de ellas algún día?',
    ],
  },
  'rp-you-ruined-it': {
    theySay: 'Anoche lo arruinaste todo.',
    youMightAnswer: ['Tienes razón en que salió mal. Perdón por mi parte.', 'Me gustaría volver a intentar esa charla. ¿Podemos?'],
  },
  'rp-only-nice-because': {
    theySay: 'Solo eres amable porque alguien te dijo que lo fueras.',
    youMightAnswer: ['Estoy aprendiendo nuevas formas de hablar porque lo nuestro me importa.', 'Es verdad que puede sonar raro. Aun así, lo digo en serio.'],
  },
  'rp-whats-the-point': {
    theySay: '¿Para qué seguir?',
    youMightAnswer: [
      'Eso suena muy pesado. Tengo que preguntarte: ¿estás pensando en quitarte la vida?',
      'Aquí estoy contigo. Si hay peligro, llamemos ahora a una línea de crisis o al número de emergencias.',
    ],
  },
  'rp-friend-why-put-up': {
    theySay: 'Alguien de confianza te pregunta: ¿por qué sigues aguantando esto?',
    youMightAnswer: [
      'Hago lo mejor que puedo, y estoy aprendiendo a cuidarme también.',
      'No es sencillo. Lo que más me ayudaría es que me escuches.',
    ],
  },
};

/**
 * Every role-play card in Spanish, in the English order. A card with no Spanish words yet
 * keeps its English ones rather than vanishing (the structure test keeps that from happening).
 */
export const ROLEPLAY_CARDS_ES: readonly RoleplayCard[] = ROLEPLAY_CARDS_EN.map((c) => ({ ...c, ...WORDS_ES[c.id] }));
