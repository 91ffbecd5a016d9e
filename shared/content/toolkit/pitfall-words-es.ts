/**
 * The gentle hints on a boundary draft in Spanish, by the same keys as `pitfall-words-en.ts`:
 * tú to the reader, no gender for the reader, neutral Spanish (VOICE.md). The suggestions
 * built from the person's own words take an infinitive (`{act}`: "beber en casa"), as the
 * Spanish checks cut it from "tienes que dejar de beber" or "no puedes beber en casa".
 */
import type { Language } from '../locale.ts';
import type { PitfallWords } from '../../domain/toolkit/pitfall-rules.ts';
import { PITFALL_WORDS_EN } from './pitfall-words-en.ts';

export const PITFALL_WORDS_ES: PitfallWords = {
  hints: {
    demand: {
      message: 'Esto suena a una regla para la otra persona. Lo que haga depende de ella, así que es difícil contar con eso.',
      suggestion: 'Prueba a decir lo que harás tú: “Si hay gritos, voy a salir de la habitación.”',
    },
    threat: {
      message: 'Esto suena a algo dicho con enojo. Las amenazas suelen empezar una pelea, y cuesta cumplirlas.',
      suggestion: 'Prueba con un paso tranquilo que puedas cumplir: “Si pasa esto, voy a salir a caminar, y podemos hablar mañana.”',
    },
    ultimatum: {
      message: 'Esto suena a un ultimátum. Aunque lo digas en serio, puede sonar a amenaza, y deja tus planes en sus manos.',
      suggestion: 'Prueba a decir el paso que darás: “Si se bebe en casa, voy a quedarme con una amistad unos días.” Si no estás a salvo en casa, tu seguridad va primero.',
    },
    control: {
      message: 'Esto trata de sus cosas o de sus decisiones. Tomar el control de eso suele empezar una pelea, y es difícil de sostener.',
      suggestion: 'Prueba con un paso sobre lo que te toca decidir a ti: “Voy a llevar mis llaves conmigo”, o “Por ahora no voy a pagar gastos extra.”',
    },
    'too-big': {
      message: 'Es un paso grande y para mucho tiempo. Un límite funciona mejor cuando puedes cumplirlo siempre, incluso en un día difícil.',
      suggestion: 'Prueba con algo más pequeño que puedas cumplir cada vez, como “Por ahora, no voy a prestar dinero.”',
    },
    'no-hold-plan': {
      message: 'Todavía no has pensado qué harás si lo ponen a prueba. Es normal: casi todos los límites se ponen a prueba alguna vez.',
      suggestion: 'Escribe un paso pequeño que puedas dar cada vez, como “Voy a dar mi respuesta una vez, con calma, y salir de la habitación si se alzan las voces.”',
    },
    'not-my-action': {
      message: 'Esta parte habla de lo que hará otra persona. Un límite trata de lo que haces tú, lo que sí depende de ti.',
      suggestion: 'Empieza por lo que harás tú: “Voy a pasar la noche en casa de mi hermana.”',
    },
    label: {
      message: 'Palabras como “{match}” pueden doler, y hacen más difícil que te escuchen.',
      suggestion: 'Describe lo que pasó, no a la persona: “cuando llegas a casa después de beber”, en vez de una etiqueta.',
    },
  },
  rewords: {
    'hope-and-offer': 'Prueba a compartir tu deseo y una oferta: “Ojalá hables con alguien. Si quieres, puedo ayudarte a pedir una cita médica.”',
    'if-been': 'Prueba a decir qué harás tú si pasa: “Si vuelves a {act}, voy a …”',
    'if-you': 'Prueba a decir qué harás tú si pasa: “Si llegas a {act}, voy a …”',
  },
};

/** The hints' words in the interface's language. */
export function pitfallWordsIn(language: Language): PitfallWords {
  return language === 'es' ? PITFALL_WORDS_ES : PITFALL_WORDS_EN;
}
