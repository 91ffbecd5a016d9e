import { ENGLISH_WORDS, SPANISH_WORDS_TO_AVOID, USTED } from './spanish-words.ts';

/** A Spanish text and where it is, for a failure that says which line to fix. */
export interface PlacedText {
  where: string;
  text: string;
}

/**
 * What is wrong with Spanish texts written for families: an English word left behind, a
 * label VOICE.md asks us to avoid, usted for the reader, or a gendered word for how the
 * reader feels ("estoy preocupado"): the reader may be anyone, so the texts say
 * "me preocupas", "no me quedan fuerzas".
 */
export function spanishTextProblems(texts: readonly PlacedText[]): string[] {
  return texts.flatMap(({ where, text }) => [
    ...(text.match(ENGLISH_WORDS) ?? []).map((w) => `${where}: English "${w}"`),
    ...(text.match(SPANISH_WORDS_TO_AVOID) ?? []).map((w) => `${where}: avoid "${w}"`),
    ...(USTED.test(text) ? [`${where}: usted`] : []),
    ...(text.match(READER_GENDER) ?? []).map((w) => `${where}: gendered reader "${w}"`),
  ]);
}

const READER_GENDER =
  /(?<!\p{L})(?:estoy|me siento|me quedo) (?:preocupad|cansad|agotad|orgullos|enojad|enfadad|alterad|nervios|segur|list|sol|harto|harta|contento|contenta|molest|asustad)[oa]?s?(?!\p{L})/giu;
