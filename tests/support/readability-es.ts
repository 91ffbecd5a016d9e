import { spanishSyllables } from './syllables-es.ts';

/**
 * How easy a Spanish text is to read, by the INFLESZ scale (Barrio-Cantalejo et al., "Validación
 * de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes", An Sist
 * Sanit Navar 2008;31(2):135-152, http://scielo.isciii.es/scielo.php?pid=S1137-66272008000300004&script=sci_arttext):
 * Szigriszt-Pazos's perspicuity formula (1993), Flesch's
 * reading ease refitted to Spanish,
 *
 *   INFLESZ = 206.835 − 62.3 × syllables/words − words/sentences      (higher is easier)
 *
 * read on bands that were checked against a random sample of Spanish publications:
 * 0–40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, 80–100 muy fácil
 * (the bands as https://legible.es/blog/index-1.html and
 * https://cnbguatemala.org/wiki/Legible/Escala_Inflesz print them; the "normal" band is
 * secondary school and general newspapers, https://jdelaossa.blogspot.com/2017/04/inflesz-se-entiende-lo-que-escribo.html).
 *
 * Why INFLESZ and not Fernández-Huerta (1959) as the gate: Fernández-Huerta is printed wrongly in
 * many places (with "sentences per 100 words", so shorter sentences would score *harder*; see
 * Gwillim Law, https://linguistlist.org/issues/22/22-2332/), its grade table comes from 1959,
 * and INFLESZ is what Spanish healthcare uses to check consent forms, leaflets and
 * health-education material (the cnbguatemala page above), the kind of text the course is. Fernández-Huerta, corrected, is kept below as a
 * cross-check, because its table names school grades.
 *
 * The threshold, and how it maps to the English gate (Flesch–Kincaid grade 8 or lower): see
 * MIN_INFLESZ.
 */

/**
 * 55, the floor of INFLESZ's "normal" band, is the Spanish gate standing for the English
 * grade 8. The mapping is approximate:
 * - Corrected Fernández-Huerta (L = 206.84 − 0.60 × syllables per 100 words − 1.02 × words per
 *   sentence) puts 60–70 at school grades 7–8 ("normal para adulto") and 70–80 at grade 6
 *   (https://legible.es/blog/lecturabilidad-fernandez-huerta/). Grade 8 at most is therefore
 *   L ≥ 60. (L ≥ 70 would be grade 6: stricter than the English gate.)
 * - The two formulas differ only in their coefficients, and for Spanish prose (about two
 *   syllables a word) L is about INFLESZ + 4.5, so L ≥ 60 is INFLESZ ≥ 55.5 or so, the floor
 *   of INFLESZ's "normal" band. (The INFLESZ paper's sample of adult newsstand publications
 *   averaged about 60, inside that band.)
 * - As a check in practice: a Spanish rendering of the hardest English section today
 *   (Flesch–Kincaid grade 6.8) scores 63.5 (tests/fixtures/spanish-texts.ts).
 * Neither scale was built on US grades, and a grade is an age band, not a point: treat 55 as
 * "no harder than plain Spanish for a 13- to 14-year-old (2.º de ESO)", not as an exact match.
 */
export const MIN_INFLESZ = 55;

/** Placeholders read as the words they usually become, as the English readability test does. */
const PLACEHOLDERS: Record<string, string> = {
  '{person}': 'tu hijo',
  '{Person}': 'Tu hijo',
  '{relation}': 'hijo',
};

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/**
 * Words, sentences and syllables of a Spanish text. Sentences end at . ! ? … and, as in the
 * English test, at a colon or semicolon (¿ and ¡ only open one). Fill-in blanks such as
 * `[lo que pasó]` count as one short word.
 */
export function spanishCounts(text: string): TextCounts {
  let t = text;
  for (const [k, v] of Object.entries(PLACEHOLDERS)) t = t.split(k).join(v);
  // The agreement token {agotado|agotada|sin fuerzas} reads as its first form, as {person} reads as "tu hijo".
  t = t.replace(/\{([^{}|]*)\|[^{}|]*\|[^{}|]*\}/g, '$1');
  t = t.replace(/\[[^\]]*\]/g, 'eso');
  const sentences = t.split(/[.!?…]+(?:["'”’»)\]]|\s|$)|[:;]\s/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  const words = t.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu) ?? [];
  const syllables = words.reduce((n, w) => n + spanishSyllables(w), 0);
  return { words: words.length, sentences, syllables };
}

/** The INFLESZ score of a text (Szigriszt-Pazos's formula); 0 for a text with no words. */
export function inflesz(text: string): number {
  const { words, sentences, syllables } = spanishCounts(text);
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}

/** Fernández-Huerta's lecturabilidad, in its corrected form (words per sentence); a cross-check only. */
export function fernandezHuerta(text: string): number {
  const { words, sentences, syllables } = spanishCounts(text);
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - (0.6 * 100 * syllables) / words - (1.02 * words) / sentences;
}
