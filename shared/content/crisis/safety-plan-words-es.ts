import { interfaceLanguage, type Language } from '../locale.ts';
import { SAFETY_PLAN_WORDS_EN, type SaferAdvice, type SafetyPlanWords } from './safety-plan-words-en.ts';

/**
 * The private safety plan's words in Spanish, with exactly the meaning of the English (see
 * safety-plan-words-en.ts): warm, plain, and never more detail than the English gives.
 * "En peligro" stands for "unsafe", which in Spanish would need a gender ("insegura").
 */
export const SAFETY_PLAN_WORDS_ES: SafetyPlanWords = {
  question: '¿Alguna vez te da miedo cómo pueda reaccionar la persona a quien apoyas?',
  fields: {
    signs: {
      label: 'Señales de que las cosas se están volviendo peligrosas',
      hint: 'Lo que notas antes de que empeore. Por ejemplo: cierta mirada, beber más, romper cosas. Confía en lo que sientes.',
    },
    home: {
      label: 'Los lugares más seguros de la casa, y mi salida',
      hint: 'Una habitación con salida y sin nada que se pueda usar para hacerte daño. Qué puerta usarías. Dónde están tus llaves y tu teléfono.',
    },
    places: {
      label: 'Lugares seguros a los que puedo ir',
      hint: 'Una amistad, un familiar, alguien del vecindario, un refugio. Piensa en el día y en la noche, y en cómo llegarías.',
    },
    people: {
      label: 'Personas a las que puedo llamar',
      hint: 'Nombres y números de personas que te ayudarán y que vendrán. Apréndete un número de memoria por si no tienes tu teléfono.',
    },
    codeWord: {
      label: 'Nuestra palabra clave',
      hint: 'Una palabra o frase que le dice a alguien de confianza “Necesito ayuda ahora, pide ayuda”. Ponte de acuerdo con esa persona, y con los niños si es adecuado para ellos.',
    },
    documents: {
      label: 'Documentos importantes, y dónde están',
      hint: 'Por ejemplo: identificación o pasaporte, certificados de nacimiento, tarjetas bancarias, tarjetas del seguro médico, papeles del juzgado. También ayuda dejar copias con alguien de confianza.',
    },
    bag: {
      label: 'Mi bolsa: dónde está y qué lleva',
      hint: 'Por ejemplo: dinero, llaves de repuesto, medicamentos, un cargador de teléfono, una muda de ropa. Puede quedarse en casa de una persona de confianza.',
    },
    children: {
      label: 'Niños y mascotas',
      hint: 'Lo que los niños saben hacer: ir a una habitación segura, llamar al número de emergencias, usar una palabra clave. Quién podría cuidar de las mascotas.',
    },
    other: {
      label: 'Cualquier otra cosa que me ayude a estar a salvo',
      hint: 'Por ejemplo: el número de alguien de un servicio de apoyo, formas más seguras de usar mi teléfono, lo que haré después. Vuelve a mirar este plan de vez en cuando.',
    },
  },
  saferAdvice: {
    first: 'Mereces estar a salvo. Tu seguridad, y la de los niños que haya, importa más que cualquier límite o conversación.',
    how: [
      'No lo digas a solas con esa persona, ni cara a cara, si te da miedo cómo va a reaccionar.',
      'Puedes decirlo con alguien de confianza cerca, por mensaje o por teléfono, o todavía no.',
      'Está bien no decirlo en absoluto mientras no estés a salvo. Cuidar tu seguridad no es rendirse.',
      'Si las cosas empiezan a ponerse mal, vete. Tu frase para salir puede esperar.',
    ],
    timeAndPlace: 'Un lugar donde no estés a solas con esa persona, con una salida, o por mensaje o por teléfono. También puedes elegir no tener esta conversación todavía.',
    words: 'Breve y con calma. Puedes enviarlo por mensaje, o decirlo con alguien de confianza cerca.',
    exitLine: 'Si empiezas a sentirte en peligro, vete. No necesitas decir nada antes. Si tienes tiempo, ayuda una frase corta: Voy a salir un rato.',
    holdPlan: 'Si te sientes en peligro, vete a un lugar seguro. Pide ayuda si la necesitas. No necesitas repetirlo.',
  },
};

/** The safety plan's words in the interface's language (read at render time). */
export function safetyPlanWords(language: Language = interfaceLanguage()): SafetyPlanWords {
  return language === 'es' ? SAFETY_PLAN_WORDS_ES : SAFETY_PLAN_WORDS_EN;
}

/** What changes in the advice after a yes, in the interface's language: for the boundary builder, the planner and the 60-second prep. */
export function saferAdvice(language: Language = interfaceLanguage()): SaferAdvice {
  return safetyPlanWords(language).saferAdvice;
}
