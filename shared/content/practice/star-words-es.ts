import { interfaceLanguage, type Language } from '../locale.ts';
import { STAR_WORDS_EN, type StarWords } from './star-words-en.ts';

/**
 * "Mi estrella de apoyo" in Spanish. The steps are said without an adjective ("Sin avanzar",
 * not "Estancado"), so none gives the reader a gender.
 */
export const STAR_WORDS_ES: StarWords = {
  areas: {
    wellbeing: { label: 'Mi bienestar', question: '¿Cómo cuido mi propio cuerpo, mi sueño y mi ánimo?' },
    knowledge: { label: 'Entender lo que pasa', question: '¿Cuánto entiendo de lo que vive mi ser querido, y de la recuperación?' },
    communication: { label: 'Hablar y escuchar', question: '¿Cómo hablo y escucho, incluso cuando el tema es difícil?' },
    boundaries: { label: 'Mis límites', question: '¿Tengo claro lo que haré y lo que no, y puedo mantenerlo con calma?' },
    network: { label: 'Mi apoyo', question: '¿Tengo personas y grupos en quienes apoyarme?' },
    hope: { label: 'Esperanza', question: '¿Cuánta esperanza siento por el camino que viene, para mi ser querido y para mí?' },
    'own-life': { label: 'Mi propia vida', question: '¿Cómo están mi salud, mi hogar, mi propósito y mi comunidad?' },
  },
  ladder: {
    1: { label: 'Sin avanzar', detail: 'Siento que no avanzo y todavía no veo una salida.' },
    2: { label: 'Aceptar ayuda', detail: 'Sé que las cosas tienen que cambiar y quiero recibir ayuda.' },
    3: { label: 'Creer que se puede', detail: 'Creo que las cosas pueden cambiar y empiezo a intentarlo.' },
    4: { label: 'Aprender', detail: 'Estoy aprendiendo qué me funciona, con algo de apoyo.' },
    5: { label: 'Autonomía', detail: 'Puedo hacerlo bien casi siempre, y sé dónde buscar ayuda.' },
  },
};

/** The star's words in the interface's language (read at render time). */
export function starWords(language: Language = interfaceLanguage()): StarWords {
  return language === 'es' ? STAR_WORDS_ES : STAR_WORDS_EN;
}
