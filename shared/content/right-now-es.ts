import type { Language } from './locale.ts';
import { RIGHT_NOW_CARDS, type RightNowCard } from './right-now.ts';

/**
 * The "what to do now" cards in Spanish, keyed by card id, steps in the same order as the
 * English ones (whose sources are in right-now.ts). Tú throughout; "la persona" rather than
 * a gendered pronoun where Spanish would need one. The direct question is "¿Estás pensando en
 * quitarte la vida?", as Spanish-language crisis lines ask it, never a casual verb.
 */
export interface CardWordsEs {
  title: string;
  steps: readonly string[];
  nextLabel?: string;
}

export const RIGHT_NOW_CARDS_ES: Readonly<Record<RightNowCard['id'], CardWordsEs>> = {
  suicide: {
    title: 'Puede que esté pensando en el suicidio',
    steps: [
      'Pregúntale directamente: "¿Estás pensando en quitarte la vida?" Preguntar no le mete la idea en la cabeza. Le muestra que puedes escuchar la respuesta.',
      'Escucha. Mantén la calma, y no juzgues ni discutas.',
      'Quédate con la persona, o asegúrate de que alguien más esté con ella.',
      'Aleja de la persona todo lo que pueda usar para hacerse daño. Guarda bajo llave o saca de la casa las armas de fuego, las pastillas y los medicamentos.',
      'No prometas guardar el secreto.',
      'Llama o escribe a una línea de crisis, si puede ser juntos. Si crees que puede intentarlo ahora mismo, llama al número de emergencias.',
    ],
  },
  'mental-health-crisis': {
    title: 'Una crisis de salud mental o una psicosis',
    steps: [
      'Habla en voz baja y con calma. Muévete despacio, y di lo que vas a hacer antes de hacerlo.',
      'Dale espacio. No toques a la persona si no te dice que está bien.',
      'No discutas sobre lo que ve u oye. Dile que ves que tiene miedo, y que quieres ayudar.',
      'Si es seguro, aparta sin llamar la atención las cosas que se podrían usar como arma, y las llaves del auto.',
      'Pide un equipo móvil de crisis si hay uno en tu zona: una línea de crisis te lo puede decir. Si necesitas a la policía, di que es una crisis de salud mental y pide agentes formados en crisis.',
      'Si alguien está en peligro, vete a un lugar seguro y llama al número de emergencias.',
    ],
  },
  overdose: {
    title: 'Puede que haya tomado demasiado',
    steps: [
      'Si no despierta, o respira despacio, con ruido o ha dejado de respirar, llama ya al número de emergencias.',
      'Si puede haber opioides y tienes naloxona, dásela. Si no despierta en unos minutos, puede hacer falta una segunda dosis.',
      'Si respira, pon a la persona de lado (en la posición lateral de seguridad), para que no se ahogue.',
      'Quédate con la persona hasta que llegue la ayuda. El efecto de la naloxona puede pasar antes que el de la droga.',
      'No la metas en agua fría ni intentes que vomite.',
      'Si está despierta y no sabes si es grave, llama a la línea de intoxicaciones.',
    ],
  },
  withdrawal: {
    title: 'Dejar el alcohol o los sedantes',
    steps: [
      'Después de mucho tiempo bebiendo mucho, o tomando sedantes como pastillas para dormir o benzodiacepinas, dejarlo de golpe puede ser peligroso.',
      'No presiones a la persona para que lo deje de golpe por su cuenta. Un médico puede ayudarle a dejarlo sin peligro.',
      'Llama al número de emergencias si tiene una convulsión, está confundida, ve u oye cosas que no están, tiembla mucho o el corazón le late muy rápido.',
    ],
  },
  violence: {
    title: 'Violencia, o miedo a que ocurra',
    steps: [
      'Lo primero es tu seguridad y la de los niños. Ve a una habitación con salida, lejos de la cocina y de cualquier cosa que se pueda usar como arma.',
      'Si estás en peligro ahora, sal de ahí si puedes y llama al número de emergencias.',
      'Una línea contra la violencia en casa puede ayudarte a hacer un plan, tanto si te quedas como si te vas. También ayuda a familiares y amistades.',
      'Un plan de seguridad privado ayuda: lugares seguros adonde ir, personas a quienes llamar, una palabra clave, los papeles importantes y una bolsa preparada.',
      'Que te hagan daño o te amenacen nunca es tu culpa.',
    ],
    nextLabel: 'Haz un plan de seguridad privado',
  },
};

/** A card with its Spanish words; kind of lines and links untouched, English kept for anything missing. */
function inSpanish(card: RightNowCard): RightNowCard {
  const es = RIGHT_NOW_CARDS_ES[card.id];
  return {
    ...card,
    title: es.title,
    steps: es.steps.length === card.steps.length ? es.steps : card.steps,
    ...(card.next ? { next: { href: card.next.href, label: es.nextLabel ?? card.next.label } } : {}),
  };
}

const RIGHT_NOW_CARDS_IN_SPANISH: readonly RightNowCard[] = RIGHT_NOW_CARDS.map(inSpanish);

/** The "what to do now" cards in `language`. */
export function rightNowCardsIn(language: Language): readonly RightNowCard[] {
  return language === 'es' ? RIGHT_NOW_CARDS_IN_SPANISH : RIGHT_NOW_CARDS;
}
