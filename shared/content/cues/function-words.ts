/*
 * Common little words of English, Spanish and a few other languages written in Latin
 * letters, for shared/domain/nudge/message-language.ts: enough to tell which language a
 * message is in without a model. Data only, lower case.
 *
 * A word both languages use often is left out of both ("no", "me", "a", "he", "son", "ha",
 * "ya", "solo", "nada", "sin", "once", "come", "has", "pa", "favor"; "em", "eu", "ho", "ton", "mon"):
 * "love ya", "no way", "my son", "ha ha" and "tell 'em" are English, and would otherwise count
 * as another language.
 */

/** English function words and their texting spellings. */
export const ENGLISH_WORDS: readonly string[] = [
  'the', 'you', 'your', "you're", 'youre', 'yours', 'u', 'ur', 'to', 'and', 'i', "i'm", 'im', "i've", "i'll", "i'd",
  'is', 'it', "it's", 'its', 'not', 'that', "that's", 'of', 'never', 'always', 'this', 'with', 'for', 'are', 'was',
  'were', 'have', 'had', 'be', 'been', 'what', 'just', 'can', "can't", 'cant', 'will', "won't", 'wont', 'would',
  "don't", 'dont', "doesn't", "didn't", 'didnt', 'we', 'they', 'she', 'them', 'his', 'her', 'him', 'my', 'our', 'in',
  'on', 'at', 'if', 'but', 'so', 'do', 'does', 'did', 'all', 'about', 'how', 'why', 'when', 'where', 'who', 'again',
  'up', 'out', 'get', 'got', 'want', 'know', 'there', 'from', 'an', 'or', 'us', 'am', 'any', 'anymore', 'really',
  'because', 'going', 'gonna', 'then', 'than', 'now', 'here', 'more', 'after', 'back', 'over', 'even', 'need',
];

/** Spanish function words and everyday words of family messages, with and without their accents. */
export const SPANISH_WORDS: readonly string[] = [
  'que', 'qué', 'de', 'del', 'la', 'las', 'el', 'los', 'lo', 'le', 'les', 'y', 'en', 'es', 'por', 'porque', 'porqué',
  'para', 'pero', 'con', 'una', 'uno', 'un', 'mi', 'mis', 'tu', 'tú', 'tus', 'te', 'se', 'su', 'sus', 'nos', 'yo',
  'él', 'ella', 'ellos', 'usted', 'ustedes', 'eres', 'estás', 'estas', 'está', 'esta', 'este', 'esto', 'eso', 'esa',
  'ese', 'soy', 'estoy', 'hay', 'fue', 'fui', 'hemos', 'han', 'puedo', 'puedes', 'quiero', 'quieres', 'tengo',
  'tienes', 'tiene', 'voy', 'vas', 'vamos', 'nunca', 'siempre', 'cuando', 'cuándo', 'como', 'cómo', 'donde', 'dónde',
  'muy', 'más', 'mas', 'también', 'tambien', 'ahora', 'aquí', 'aqui', 'así', 'asi', 'otra', 'otro', 'vez', 'veces',
  'hace', 'hoy', 'mañana', 'ayer', 'nadie', 'algo', 'todo', 'toda', 'todos', 'todas', 'si', 'sí', 'mucho', 'poco',
  'bien', 'mal', 'ni', 'al', 'cual', 'cuál', 'quien', 'quién', 'mí', 'ti', 'contigo', 'conmigo', 'estar', 'ser', 'hacer',
  'decir', 'dijiste', 'dije', 'mamá', 'papá', 'hijo', 'hija', 'mijo', 'mija', 'oye', 'gracias', 'nomás',
  'entonces', 'pues', 'cosa', 'casa', 'dinero', 'vida',
];

/**
 * Function words of French, Portuguese, German and Italian that are neither English nor
 * Spanish words: enough to say "another language", not to read it.
 */
export const OTHER_LATIN_WORDS: readonly string[] = [
  // French
  'je', "j'ai", 'vous', 'est', 'pas', 'des', 'et', 'avec', 'mais', "c'est", 'ne', 'qui', 'moi', 'toi', 'suis', 'très',
  'ça', 'pourquoi', 'toujours', 'jamais', 'une', 'au', 'aux', 'du', 'ils', 'elle', 'nous', 'oui', 'rien',
  // Portuguese
  'você', 'vc', 'não', 'nao', 'é', 'uma', 'muito', 'isso', 'isto', 'ele', 'também', 'já', 'pra', 'estou',
  'os', 'ao', 'obrigado', 'obrigada', 'mãe', 'pai', 'tá', 'tô',
  // German
  'ich', 'du', 'nicht', 'ist', 'und', 'das', 'der', 'mit', 'ein', 'eine', 'auf', 'bist', 'mich', 'dich', 'immer',
  'nie', 'wieder', 'wir', 'ihr', 'nein', 'doch', 'warum', 'schon', 'aber', 'auch', 'noch',
  // Italian
  'che', 'non', 'il', 'è', 'sono', 'sei', 'io', 'anche', 'sempre', 'mai', 'perché', 'questo', 'della', 'gli', 'ci',
  'mio', 'tuo', 'tua', 'hai',
];
