/**
 * Simple checks for texts written in Spanish (the help screens' Spanish, for now).
 */

/**
 * Common English words, as whole words: one of them in a Spanish text means a sentence was left
 * untranslated. Line names and the words a service asks for by text (START, SHOUT, TALK) are not
 * in these lists, and "a" is Spanish too, so it is not here.
 */
export const ENGLISH_WORDS =
  /(?<!\p{L})(?:the|and|or|call|text|you|your|with|for|free|open|every|day|days|someone|help|if|is|are|to|of|in|on|at|from|anyone|line|lines)(?!\p{L})/giu;

/**
 * Words VOICE.md asks us to avoid, as Spanish speakers meet them: labels for people with a
 * substance use problem or a mental illness, and a casual verb for suicide ("suicidarse",
 * "se suicidó", "cometer suicidio"). "Quitarse la vida", "pensamientos de suicidio" and the adjective
 * "suicida" are fine.
 */
export const SPANISH_WORDS_TO_AVOID =
  /(?<!\p{L})(?:adict[oa]s?|drogadict[oa]s?|toxicóman[oa]s?|alcohólic[oa]s?|borrach[oa]s?|loc[oa]s?|locura|chiflad[oa]s?|esquizofrénic[oa]s?|suicid(?:arse|arte|ar|ó|aron)|se suicidan?|comet(?:er|ió|e) suicidio|enferm[oa]s? mentales?)(?!\p{L})/giu;

/** Usted, and the usted forms of the verbs the help screens use: we speak to the reader as tú. */
export const USTED = /(?<!\p{L})(?:usted|ustedes|llame|pregunte|marque|envíe|escriba|hable)(?!\p{L})/iu;

/** The numbers a text names, as digits only ("1-800-463-5060" → "18004635060"), in order. */
export function numbersIn(text: string): string[] {
  return (text.match(/\*?\d(?:[\d -]*\d)?/g) ?? []).map((n) => n.replace(/[^\d*]/g, ''));
}
