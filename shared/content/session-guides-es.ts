/**
 * The facilitator's session guides in Spanish (issue #17): the same meetings as
 * session-guides.ts, written for someone leading a Spanish-speaking family group. The guide
 * speaks to the facilitator with tú; the questions, read out to the group, speak to each person
 * with tú too, so no one is addressed as a crowd and no one's gender is guessed. The week
 * numbers, timings and role-play card ids are the English guide's: a unit test holds each
 * Spanish guide to its English one's keys and shape.
 */
import type { Language } from './locale.ts';
import { AGENDA, SESSION_GUIDES, type AgendaItem, type SessionGuide } from './session-guides.ts';

/** The parts of every meeting, in Spanish: the same parts and minutes as `AGENDA`. */
export const AGENDA_ES: readonly AgendaItem[] = [
  { part: 'welcome', title: 'Bienvenida', minutes: 10, how: 'Saluda a cada persona cuando llegue. Lee con el grupo los acuerdos, y di que cualquiera puede pasar su turno.' },
  { part: 'check-in', title: 'Ronda de inicio', minutes: 15, how: 'Haz una ronda por el grupo. Cada persona responde la pregunta de inicio en uno o dos minutos. Todavía no se dan consejos: solo se escucha.' },
  { part: 'topic', title: 'El tema de esta semana', minutes: 25, how: 'Repasa con tus propias palabras las ideas clave de la semana. Luego usa las preguntas de abajo para que la gente hable.' },
  { part: 'practice', title: 'Práctica en parejas', minutes: 25, how: 'Forma parejas. Una persona lee lo que podría decir su ser querido. La otra prueba una respuesta con calma. Luego cambian de papel.' },
  { part: 'wrap-up', title: 'Cierre', minutes: 15, how: 'Cada persona dice una cosa que va a probar antes de la próxima reunión. Da las gracias al grupo por venir.' },
];

/** One guide per week of the course, in reading order, as `SESSION_GUIDES`. */
export const SESSION_GUIDES_ES: readonly SessionGuide[] = [
  {
    week: 1,
    checkIn: 'Di tu nombre y una palabra para cómo te sientes al llegar hoy.',
    questions: [
      '¿Qué significa para ti la recuperación ahora? ¿Ha cambiado con el tiempo?',
      '¿Qué has intentado cargar sin ayuda de nadie?',
      '"Tú no lo causaste. No lo puedes controlar. No lo puedes curar. Y aun así puedes ayudar." ¿Qué frase te cuesta más creer?',
      '¿Dónde has visto un poco de esperanza en el último mes?',
    ],
    cards: ['rp-im-fine', 'rp-too-tired', 'rp-leave-me-alone'],
    wrapUp: '¿Qué es algo que vas a soltar esta semana, aunque sea por un día?',
  },
  {
    week: 2,
    checkIn: 'Cuenta algo que salió un poco mejor esta semana, o algo que fue difícil.',
    questions: [
      'Cuando la persona a quien apoyas dice "Estoy bien", ¿qué puede estar pasando por dentro?',
      '¿Qué palabras sobre la salud mental o el consumo de drogas oyes a tu alrededor? ¿Cuáles hieren y cuáles ayudan?',
      '¿Qué aprendiste esta semana que cambió tu forma de ver las cosas?',
    ],
    cards: ['rp-nothing-wrong-with-me', 'rp-voices-are-real', 'rp-no-problem-everyone-drinks'],
    wrapUp: '¿Qué palabra amable podrías usar esta semana en lugar de una dura?',
  },
  {
    // La lección de tratamientos (clave 9), que se lee en tercer lugar.
    week: 9,
    careNote: 'Hoy hablamos del tratamiento. Compartimos lo que hemos visto y aprendido, no consejos médicos. Sobre un medicamento deciden solo la persona y quien se lo receta. Si una pregunta es sobre el medicamento de una persona, el mejor lugar para hacerla es con quien lo receta o en la farmacia.',
    checkIn: 'Di tu nombre y una palabra para cómo te sientes ahora con el tema del tratamiento.',
    questions: [
      '¿Qué ha ayudado más hasta ahora a la persona a quien apoyas: un medicamento, una terapia, una persona u otra cosa?',
      'Los efectos secundarios pueden hacer que alguien quiera dejar un tratamiento. ¿Qué has notado, y cómo podrías hablarlo sin culpar?',
      '¿Dónde está la línea entre ayudar con el cuidado y hacerte cargo de todo? ¿Dónde te encuentras tú?',
      '¿Qué pregunta te gustaría hacerle a quien receta o al equipo de salud?',
    ],
    cards: ['rp-nothing-wrong-with-me', 'rp-doctors-dont-know', 'rp-why-should-i-listen'],
    wrapUp: '¿De qué manera vas a apoyar su cuidado esta semana, dejando las decisiones en sus manos?',
  },
  {
    week: 3,
    checkIn: 'Di algo que te gusta de la persona a quien apoyas.',
    questions: [
      '¿Qué fortalezas tiene la persona a quien apoyas, incluso en los días difíciles?',
      '¿Qué disfrutaba antes de que las cosas se pusieran difíciles? ¿Queda algo de eso?',
      '¿Qué metas tiene para su propia vida? ¿Cómo podrías apoyarlas sin tomar el control?',
    ],
    cards: ['rp-doctors-dont-know', 'rp-why-should-i-listen', 'rp-you-dont-care'],
    wrapUp: '¿Qué fortaleza suya vas a notar en voz alta esta semana?',
  },
  {
    week: 4,
    checkIn: 'Piensa en una conversación de esta semana que salió bien, o en una que te habría gustado que fuera de otra manera.',
    questions: [
      'Cuando una conversación empieza a calentarse, ¿qué notas en tu cuerpo?',
      '¿Qué te ayuda a escuchar, en lugar de pensar en lo que vas a decir después?',
      'Prueba en voz alta una frase en primera persona: "Me siento … cuando … porque …". ¿Cómo se siente decirla?',
      '¿Cuándo fue la última vez que alguien te escuchó de verdad? ¿Qué hizo?',
    ],
    cards: ['rp-always-on-my-case', 'rp-one-drink', 'rp-you-dont-care'],
    wrapUp: '¿Qué forma de escuchar vas a probar en tu próxima conversación?',
  },
  {
    week: 5,
    careNote:
      'Esta semana tiene una parte para quienes tienen miedo de cómo pueda reaccionar la persona. Puede que alguien en el grupo viva violencia en casa. Di que la seguridad va primero, y que nadie tiene que contar un límite si contarlo pone en riesgo su seguridad. Muestra dónde están en la app la línea contra la violencia en casa y el plan de seguridad.',
    checkIn: 'Cuenta algo que hiciste por ti desde la última reunión, por pequeño que sea.',
    questions: [
      '¿Qué límite ya mantienes? ¿Cómo aprendiste a mantenerlo?',
      '¿Qué hace difícil decirle que no a alguien que quieres?',
      'Un límite habla de lo que tú vas a hacer. ¿En qué se diferencia de una regla para la otra persona?',
      '¿Cómo podrías mantener un límite con calma si lo ponen a prueba?',
    ],
    cards: ['rp-lend-me-money', 'rp-get-it-somewhere-else', 'rp-if-you-loved-me'],
    wrapUp: '¿Qué límite te gustaría probar, y qué palabras podrías usar?',
  },
  {
    week: 6,
    careNote:
      'Esta semana se habla de crisis, sobredosis y suicidio. Antes de empezar, muestra dónde están las líneas de crisis en la app. Di que cualquiera puede salir un momento a descansar, y que está bien pasar el turno.',
    checkIn: '¿Cómo llegas hoy? Puedes pasar tu turno si quieres.',
    questions: [
      '¿Qué señales tempranas te dicen que las cosas pueden estar poniéndose más difíciles?',
      '¿A quién podrías llamar en un día difícil, por la persona y por ti?',
      '¿Qué te gustaría tener en un plan de crisis hecho en un momento de calma?',
    ],
    cards: ['rp-used-last-night', 'rp-whats-the-point', 'rp-no-groups'],
    wrapUp: '¿Qué paso hacia un plan de crisis podrías dar esta semana?',
  },
  {
    week: 7,
    checkIn: '¿Quién está de tu lado ahora? Puede ser una persona, un grupo, o nadie todavía.',
    questions: [
      '¿Qué te frena para pedir ayuda?',
      '¿Qué apoyo de tu zona has probado o conoces? ¿Cómo fue?',
      'Si pudieras alzar la voz por una cosa donde vives, ¿cuál sería?',
    ],
    cards: ['rp-no-groups', 'rp-friend-why-put-up', 'rp-doctors-dont-know'],
    wrapUp: '¿A qué persona o grupo podrías buscar esta semana?',
  },
  {
    week: 8,
    checkIn: 'Cuenta un pequeño logro de la última semana.',
    questions: [
      '¿Qué te ayuda a descansar, aunque sea diez minutos?',
      '¿Qué ha cambiado para ti desde nuestra primera reunión?',
      '¿Qué vas a seguir haciendo cuando termine el grupo?',
      '¿Te gustaría seguir en contacto con este grupo? ¿Cómo?',
    ],
    cards: ['rp-you-ruined-it', 'rp-only-nice-because', 'rp-friend-why-put-up'],
    wrapUp: '¿Qué cosa amable vas a hacer por ti este mes?',
  },
];

/** The meeting's parts in `language`. */
export function agendaIn(language: Language): readonly AgendaItem[] {
  return language === 'es' ? AGENDA_ES : AGENDA;
}

/** The guide for a week in `language`, or undefined for a week out of range. */
export function sessionGuideIn(week: number, language: Language): SessionGuide | undefined {
  return (language === 'es' ? SESSION_GUIDES_ES : SESSION_GUIDES).find((g) => g.week === week);
}
