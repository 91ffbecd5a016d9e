/**
 * VOICE.md's "Words" for Spanish: what the Spanish content never calls a person, what it says
 * instead, and why, as patterns the content tests run over every Spanish text a reader sees.
 * The English list is voice-words.ts; this one follows it (a pattern aims at the harmful use only,
 * quoted teaching examples are allowed by name) and adds what Spanish needs.
 *
 * Patterns run on the text with its accents taken off and in lower case (see `plain`), so they
 * are written without accents and catch "alcohólico" and "alcoholico" alike; each ends in
 * [oa]s? where the word has gender and number, so adicto, adicta, adictos and adictas all match.
 *
 * The Spanish content says tú to the reader, never usted: warm, family to family, as
 * Spanish-language family programmes write. The last entry holds the content to that.
 */
export interface AvoidedWordEs {
  avoid: string;
  prefer: string;
  why: string;
  pattern: RegExp;
}

export const AVOIDED_WORDS_ES: readonly AvoidedWordEs[] = [
  {
    avoid: 'adicto, drogadicto, toxicómano, yonqui, drogata (como etiqueta)',
    prefer: 'persona con una adicción, persona con un problema de consumo',
    why: 'La etiqueta hace de la persona su problema; la adicción es algo que tiene, no lo que es.',
    pattern: /\b(?:drog)?adict[oa]s?\b|\b(?:poli)?toxicoman[oa]s?\b|\byon[qk]u?is?\b|\bdrogatas?\b/,
  },
  {
    avoid: 'alcohólico, borracho (para una persona)',
    prefer: 'persona con un problema con el alcohol',
    why: 'Define a la persona por la bebida. Como adjetivo ("bebida alcohólica") o en un nombre ("Alcohólicos Anónimos") no es etiqueta.',
    pattern: /\b(?:un|una|el|la|los|las|es|eres|son|era|ser|sea|soy|mi|tu|su|mis|tus|sus|de|como) alcoholic[oa]s?\b(?! anonim)|\b(?:un|una|el|la|los|las|es|eres|son|era) borrach(?:[oa]s?|in(?:es)?)\b/,
  },
  {
    avoid: 'consumidor, consumidora (para una persona)',
    prefer: 'persona que consume drogas, persona que bebe',
    why: 'Como "user" en inglés: reduce a la persona a lo que consume.',
    pattern: /\bconsumidor(?:a|es|as)?\b/,
  },
  {
    avoid: 'abuso de sustancias, de drogas, de alcohol; vicio',
    prefer: 'consumo problemático de sustancias, problema con el alcohol o las drogas',
    why: '"Abuso" y "vicio" juzgan y culpan; los servicios de salud hablan de consumo problemático o de trastorno por consumo. "Círculo vicioso" no habla de personas.',
    pattern: /\babus(?:o|ar|a|an|aba)? (?:de(?:l| las?| los)? )?(?:sustancias|drogas?|alcohol|estupefacientes)\b|\bvicios?\b|(?<!\bcirculos? )\bviciosa?s?\b/,
  },
  {
    avoid: 'loco, locura, chiflado, demente, lunático, psicópata, trastornado, desequilibrado',
    prefer: 'persona con un problema de salud mental; di lo que pasa ("está muy agitado")',
    why: 'Son insultos que hieren y alejan de pedir ayuda, también dichos en broma ("me vuelve loca").',
    pattern: /\b(?:loc[oa]s?|locuras?|chiflad[oa]s?|dementes?|lunatic[oa]s?|psicopatas?|trastornad[oa]s?|desequilibrad[oa]s?)\b/,
  },
  {
    avoid: 'enfermo mental, un esquizofrénico, un bipolar (como etiqueta)',
    prefer: 'persona con una enfermedad mental, persona que vive con esquizofrenia o con trastorno bipolar',
    why: 'Primero la persona: tiene un diagnóstico, no es un diagnóstico.',
    pattern: /\benferm[oa]s? mental(?:es)?\b|\besquizofrenic[oa]s?\b|\b(?:un|una|el|la|los|las|es|eres|son|era|ser) bipolar(?:es)?\b/,
  },
  {
    avoid: 'el enfermo, tu paciente; padece, sufre de (una enfermedad)',
    prefer: 'tu hijo, tu pareja (la relación que eligió la persona); vive con, tiene',
    why: 'En casa no hay pacientes, y "padecer" presenta la vida de la persona solo como sufrimiento.',
    pattern: /\b(?:el|la|los|las|un|una|tu|tus|su|sus) (?:enferm[oa]s?|pacientes?)\b|\bpadec\w*|\bsufr\w* de (?:una? )?(?:esquizofrenia|depresion|ansiedad|trastorno|adiccion|alcoholismo|psicosis|bipolar)/,
  },
  {
    avoid: 'se suicidó, cometer suicidio, suicidio consumado o fallido',
    prefer: 'murió por suicidio; intento de suicidio',
    why: '"Cometer" suena a delito, y "fallido" hace del seguir vivo un fracaso. Así lo piden las guías para hablar del suicidio.',
    pattern: /\bse suicid\w*|\bsuicidarse\b|\bcomet\w* (?:un )?suicidio\b|\bsuicidios? (?:consumad|exitos|fallid|frustrad)\w*/,
  },
  {
    avoid: 'víctima (donde se quiere decir sobreviviente)',
    prefer: 'sobreviviente o superviviente, o la palabra que la persona use para sí',
    why: 'Quien vivió violencia o perdió a alguien por suicidio sigue adelante; "víctima" lo deja en lo que le pasó. Los nombres de servicios ("atención a víctimas") se quedan como son.',
    pattern: /(?<!\batencion a )\bvictimas?\b/,
  },
  {
    avoid: 'limpio o sucio (para si consume o no)',
    prefer: 'no consume, en recuperación, sobrio (si es su palabra); volvió a consumir',
    why: 'Si no consumir es estar "limpio", consumir es estar "sucio": juzga a la persona.',
    pattern:
      /\b(?:esta|estas|estan|estaba|estar|estuvo|sigue|sigues|siguen|seguir|mantiene|mantienes|mantenerse|quedarse|lleva|llevas|llevan)(?: \w+ (?:dias?|semanas?|mes|meses|anos?))? limpi[oa]s?\b|\b(?:prueba|analisis|test|muestra|control)(?:es|s)? (?:limpi|suci)[oa]s?\b|\bd(?:ar|a|io) suci[oa]\b/,
  },
  {
    avoid: 'fracaso, fracasó (para una recaída)',
    prefer: 'una recaída, un paso atrás, volvió a consumir',
    why: 'Las recaídas son parte de la recuperación, no un fracaso: "no es un fracaso" sí vale.',
    pattern: /(?<!\b(?:no|nunca|ni|sin)\b[^.!?]{0,30})\bfracas\w*/,
  },
  {
    avoid: 'usted (al lector)',
    prefer: 'tú',
    why: 'El curso habla de tú en todo el texto: cercano, de familia a familia.',
    pattern: /\busted\b/,
  },
];

/**
 * Quoted teaching examples: a passage that names an avoided word *as one to drop*, with why it
 * may stay. None in the Spanish content yet; an entry added here must match the content, as
 * the English list must.
 */
export const TEACHING_EXAMPLES_ES: readonly { passage: string; why: string }[] = [];

/** Lower case without accents (ñ becomes n), so a pattern needs one spelling and \b sees every letter. */
export function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every avoided word in `text`, as "word (evita: …; mejor: …)", skipping the allowed teaching passages. */
export function avoidedWordsInEs(text: string, teaching = TEACHING_EXAMPLES_ES): string[] {
  let t = text.normalize('NFC');
  for (const { passage } of teaching) t = t.split(passage.normalize('NFC')).join(' ');
  const p = plain(t);
  return AVOIDED_WORDS_ES.flatMap(({ avoid, prefer, pattern }) => {
    const m = pattern.exec(p);
    // Quote the words as written: taking accents off kept every letter in its place.
    const found = m && p.length === t.length ? t.slice(m.index, m.index + m[0].length) : m?.[0];
    return m ? [`"${found}" (evita: ${avoid}; mejor: ${prefer})`] : [];
  });
}
