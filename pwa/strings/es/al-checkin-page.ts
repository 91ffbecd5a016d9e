// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's02c40410f2de4082': str`El estrés pasó de ${0} a ${1}.`,
  's0750fcbffae96a78': str`La esperanza pasó de ${0} a ${1}.`,
  's09382807b5c9ab78': str`S${0}`,
  's0e8d0ed8a0d49f29': `¿Cuánta esperanza siento ahora?`,
  's1ee0eec7a15cfb1c': `Guardar revisión`,
  's249a44fe006a2093': `Una frase sobre mi semana`,
  's2874cb8732f229b0': str`Gráfico de ${0} registros, de la semana ${1} a la semana ${2}.`,
  's2fb44d0edce4da19': `Semana a semana`,
  's380213ecc2f36125': `Estrés`,
  's38f914471055fe10': `Un minuto para fijarte en cómo estás. No hay respuestas correctas ni incorrectas, y solo tú puedes verlas.`,
  's49106428537abe35': `Todavía no hay revisiones.`,
  's531e2838f6d06997': `1 mucha calma, 5 mucho estrés`,
  's658dd50e95be5675': str`Para la semana ${0} del curso`,
  's680f01021b5e339d': `Semana`,
  's69aac30acc694430': `Si quieres. Lo que ayudó, lo que costó, o algo que quieras recordar.`,
  's69c4a0409c2899c4': `1 muy poca, 5 mucha esperanza`,
  's6a0437b1431b7aca': `Elige cuánta esperanza sientes.`,
  's6afaf8d88015b817': `Esperanza`,
  's8a20340cfcd9d9c3': str`Gráfico de un registro, en la semana ${0}: estrés ${1}, esperanza ${2}.`,
  's9b7344ae1c3054c9': `¿Cuánto estrés he sentido esta semana?`,
  'sac8252732f2edb19': `Fecha`,
  'sae87faace8e2e401': `Todas las revisiones están en la tabla de abajo.`,
  'sbab3a26c1847fe8b': `Tus revisiones`,
  'sc7af3f7d0a0d5627': `Cargando tus revisiones…`,
  'sdd6d454efd681c06': `Elige cuánto estrés sientes.`,
  'se49ae6b7970c1bee': `¿Cómo estoy?`,
  'see6613da872b59c0': `Tus revisiones aparecerán aquí, semana a semana. Con el tiempo puede que notes patrones, y pequeños cambios de los que sentir orgullo.`,
  'sf0abe46e2ba84a9b': `Se guardó tu revisión semanal. Gracias por dedicarte un momento.`,
};
