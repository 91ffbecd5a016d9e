/**
 * The words around a boundary in Spanish: tú to the reader, no gender for the reader, neutral
 * Spanish for Mexico, the United States and Spain (VOICE.md). Same keys as
 * `boundary-words-en.ts`. The action's label is "Voy a", so the person writes what they will
 * do in the infinitive ("decir que no con cariño") and the sentence reads
 * "Cuando …, voy a …, porque …".
 */
import type { Language } from '../locale.ts';
import type { BoundaryWords } from '../../domain/toolkit/boundary-words.ts';
import { BOUNDARY_WORDS_EN } from './boundary-words-en.ts';

export const BOUNDARY_WORDS_ES: BoundaryWords = {
  steps: {
    situation: { title: 'La situación', label: 'Cuando pase esto', hint: 'Por ejemplo: cuando me pides dinero' },
    feeling: {
      title: 'Lo que sientes',
      label: 'Lo que siento',
      hint: 'Si puedes, ponle nombre a lo que sientes: miedo, cansancio, tristeza. No hay respuestas incorrectas. Puedes dejarlo en blanco.',
    },
    action: {
      title: 'Lo que vas a hacer',
      label: 'Voy a',
      hint: 'Algo que harás tú, no algo que tenga que hacer la otra persona. Por ejemplo: decir que no con cariño y ofrecer ayuda de otra forma',
    },
    reason: { title: 'Por qué te importa', label: 'Porque', hint: 'Por ejemplo: quiero apoyar tu recuperación, no la bebida' },
    words: {
      title: 'Las palabras que vas a decir',
      label: 'Mis palabras',
      hint: 'Mejor si es corto y tranquilo. Por ejemplo: Te quiero. No puedo prestarte dinero, y sí puedo llevarte a tu cita.',
    },
    holdPlan: {
      title: 'Si lo ponen a prueba',
      label: 'Si lo ponen a prueba',
      hint: 'Casi todos los límites se ponen a prueba alguna vez. ¿Qué harás cada vez, con calma? Por ejemplo: decirlo una vez más y salir de la habitación.',
    },
  },
  core: {
    situation: { label: 'Cuando pase esto', hint: 'Por ejemplo: cuando me pides dinero' },
    action: { label: 'Voy a', hint: 'Algo que harás tú. Por ejemplo: decir que no con cariño y ofrecer ayuda de otra forma' },
    reason: { label: 'Porque', hint: 'Por qué te importa. Por ejemplo: quiero apoyar tu recuperación, no la bebida' },
  },
  sentence: {
    withReason: 'Cuando {when}, voy a {will}, porque {why}.',
    withoutReason: 'Cuando {when}, voy a {will}.',
    leadWhen: /^cuando\s+/i,
    leadWill: /^(?:yo\s+)?voy\s+a\s+/i,
    leadWhy: /^porque\s+/i,
    openers:
      /^(?:tú|tu|tus|mi|mis|me|te|se|le|les|lo|el|la|los|las|un|una|él|ella|ellos|ellas|esto|eso|alguien|nuestro|nuestra|su|sus|cuando|si|decir|pedir|salir|irme|ir|llamar|dar|darle|dejar|esperar|hablar|quedarme|contestar|responder|colgar|apagar|prestar|pagar|escribir|volver|ofrecer|llevar|acompañar|cerrar|respirar|caminar|descansar|cuidar|buscar|necesito|quiero|merezco|tengo|estoy|puedo|es|está|estás|no|nunca|siempre|solo|hay|ya)(?![\p{L}\p{N}])/iu,
  },
};

/** The boundary words in the interface's language. */
export function boundaryWordsIn(language: Language): BoundaryWords {
  return language === 'es' ? BOUNDARY_WORDS_ES : BOUNDARY_WORDS_EN;
}
