/**
 * Spanish words for picking the likely replies to practise: the words in a plan that point to
 * a role-play card's topic, and the small words that say little about a line. The same shape
 * as `likely-replies-en.ts`; `replyWordsIn` picks by the interface language, the language a
 * plan is most likely written in. Stems end in `\p{L}*` so "tratamientos", "consumiendo" and
 * "psiquiatra" count; accented letters are letters here (the `u` flag), not word breaks.
 */
import type { ReplyWords } from '../../domain/toolkit/reply-words.ts';
import type { Language } from '../locale.ts';
import { REPLY_WORDS_EN } from './likely-replies-en.ts';

/** Whole words or stems, with accented letters counted as letters. */
const words = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'u');

/** Spanish words for `likelyReplies`. */
export const REPLY_WORDS_ES: ReplyWords = {
  topics: {
    treatment: words(
      'tratamient\\p{L}*|médic[oa]s?|doctor\\p{L}*|terapi\\p{L}*|terapeutas?|psicólog\\p{L}*|psiquiatr\\p{L}*|consultas?|citas?|clínicas?|centro de salud|medicament\\p{L}*|medicación|desintoxicación|programas?|grupos?|reuni\\p{L}*|pedir ayuda|buscar ayuda|algo de ayuda|ayuda profesional|profesional\\p{L}*|hablar con alguien|ver a alguien',
    ),
    money: words('dinero|alquiler|renta|prest\\p{L}*|préstamos?|pag\\p{L}*|efectivo|facturas?|deudas?|gast\\p{L}*|sueldo|salario'),
    'substance-use': words(
      'beb\\p{L}*|alcohol|drogas?|consum\\p{L}*|cannabis|marihuana|porros?|pastillas|sobri\\p{L}*|cerveza|vino|opioides?|opiáceos?|reca[íi]d\\p{L}*|resaca|cruda',
    ),
    boundaries: words('límites?|reglas?|normas?|irse de (?:la )?casa|mudarse|quedarse aquí|vivir con nosotros|llaves|nunca más'),
    crisis: words('suicid\\p{L}*|quitarse la vida|quitarte la vida|crisis|peligr\\p{L}*|emergencias?|hacerse daño|hacerte daño|autolesi\\p{L}*|sobredosis|sin esperanza|desesperanza|acabar con todo'),
    everyday: words('sueño|dormir|duerm\\p{L}*|tareas?|cena|comidas?|trabaj\\p{L}*|empleo|escuela|colegio|estudios|ordenar|cuarto|habitación|teléfono|mañanas?|noches?'),
  },
  common: new Set(
    'el la los las un una unos unas y o de del al a en con por para que qué como cómo no sí si se me te le lo les nos mi mis tu tus su sus es son era fue ser estar está estoy están hay ha he has muy más ya pero porque cuando este esta esto eso ese esa yo tú él ella ellos ellas todo todos algo nada solo también bien así puedo puedes quiero quieres'.split(' '),
  ),
  between: /[^\p{L}\p{N}]+/u,
};

/** The likely-reply words in `language`. */
export function replyWordsIn(language: Language): ReplyWords {
  return language === 'es' ? REPLY_WORDS_ES : REPLY_WORDS_EN;
}
