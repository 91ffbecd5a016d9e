// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'h91498a6fe36694dd': html`La habilidad de esta semana: <strong>${0}</strong>.`,
  's05b7c3b8f02eed20': str`${0}: quedan ${1}`,
  's061cc20e3432dead': `Pausar`,
  's0b8e166ce9dbd323': `Abrir la vista de presentación`,
  's1304af08f6f6c036': str`Habilidad: ${0}`,
  's195a6a2b1ba1c4f9': `Ocultar las respuestas`,
  's1e249e575170fedb': str`Semana ${0}`,
  's237fb4a0f4071906': str`Una reunión de unos ${0} minutos. Los tiempos son una guía: sigue al grupo, no al reloj.`,
  's255857544a9d5ec0': `Reiniciar`,
  's2f5d3e06c2e3a346': `Hoja para imprimir`,
  's37159cd5c147a2ad': `Ver formas de responder`,
  's3db9725958616e2f': str`Guía de la reunión · ${0} de ${1}`,
  's415eb01ae1e86be6': `Tu grupo todavía no tiene acuerdos. Puedes agregarlos en “Coordinar un grupo”.`,
  's4ee6d4755c568c95': str` temporizador de ${0}`,
  's61ac4897df0bff99': `Preguntas para el grupo`,
  's72c01e788506519f': `← Coordinar un grupo`,
  's7c62ced7a0aa63bc': `Otras semanas`,
  's89118d3a7be870ca': `Continuar`,
  's922cadbb40c8d563': str`Ver formas de responder: ${0}`,
  's949f9eca807568ce': `esta parte`,
  'sa11dea14e5cc737c': str`Una reunión de unos ${0} minutos, ajustada a tu grupo. Los tiempos son una guía: sigue al grupo, no al reloj.`,
  'sa150ec9954af66c1': str`Guía de la reunión, semana ${0}`,
  'sae1c7f13b7c0c47f': `Empezar`,
  'sc2ea203010cdd506': `Abriendo la guía…`,
  'sc5ffb31639d5c535': str`Se acabó el tiempo de ${0}. Termina la idea que estás diciendo y pasa a lo siguiente cuando el grupo esté listo.`,
  'scb1f00374184a9a8': `Te dice`,
  'sd4c181418e9927ff': str`Ocultar las respuestas: ${0}`,
  'se9ba3fb8bd6b84eb': `Volver a coordinar un grupo`,
  'sf65cd54842f1aaa2': str`Guía de la reunión, semana ${0} · Alongside`,
  'sf7d87f0549046c0a': str`Quedan ${0}`,
};
