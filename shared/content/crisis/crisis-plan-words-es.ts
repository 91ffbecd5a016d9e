import { interfaceLanguage, type Language } from '../locale.ts';
import { CRISIS_PLAN_WORDS_EN, type CrisisPlanWords } from './crisis-plan-words-en.ts';

/**
 * The family crisis plan's sections in Spanish, with exactly the meaning of the English (see
 * crisis-plan-words-en.ts). "Es una persona…" rather than an adjective, so the label gives no
 * one a gender; the family fills in the rest.
 */
export const CRISIS_PLAN_WORDS_ES: CrisisPlanWords = {
  well: { label: 'Cuando las cosas van bien, es una persona…', hint: 'Unas palabras sobre cómo es en su mejor momento. Ayuda a que otras personas noten el cambio.' },
  signs: { label: 'Señales de alerta que hemos notado', hint: 'Por ejemplo: duerme muy poco, se queda en su habitación, habla más rápido, bebe a solas.' },
  who: { label: 'A quién llamar, en orden', hint: 'Nombres y números: un familiar de confianza, su médico o su equipo de atención, una línea de crisis.' },
  numbers: {
    label: 'Números de emergencia y de crisis donde vivimos',
    hint: 'Nuestro número local de emergencias, una línea de crisis y una línea contra la violencia en casa. “¿Necesitas ayuda ahora?” los muestra para tu país.',
  },
  helps: { label: 'Lo que le ayuda cuando las cosas se ponen difíciles', hint: 'Por ejemplo: un lugar tranquilo, una sola persona que mantenga la calma, un paseo, su música.' },
  worse: { label: 'Lo que empeora las cosas', hint: 'Por ejemplo: mucha gente hablando a la vez, discutir sobre el diagnóstico, levantar la voz.' },
  'safer-home': {
    label: 'Hacer la casa más segura',
    hint: 'Dónde se guardan los medicamentos bajo llave. Dónde se guarda cualquier arma de fuego, fuera de casa o bajo llave. Dónde está la naloxona, si tienes.',
  },
  practical: {
    label: 'Detalles prácticos',
    hint: 'Su equipo de atención o su clínica, el tratamiento del que te ha hablado, quién cuida de los niños o de las mascotas, las llaves, los pagos.',
  },
  'advance-statement': {
    label: 'Voluntades anticipadas: dónde se guardan',
    hint: 'Si ha escrito un documento de voluntades anticipadas (en algunos lugares se llama directiva anticipada): dónde está la copia firmada y quién más tiene una copia.',
  },
  me: {
    label: 'Lo que haré yo para mantenerme a salvo y con calma',
    hint: 'A quién llamaré para mí, adónde puedo ir, qué necesito después. Si alguna vez tengo miedo en casa: mi plan de seguridad privado.',
  },
};

/** The plan's sections in the interface's language (read at render time). */
export function crisisPlanWords(language: Language = interfaceLanguage()): CrisisPlanWords {
  return language === 'es' ? CRISIS_PLAN_WORDS_ES : CRISIS_PLAN_WORDS_EN;
}
