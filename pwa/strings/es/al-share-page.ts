// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';

export const templates = {
  'hb55b86a01c395570': html`Todavía no tienes límites. <a href="/boundaries">Escribe uno en Mis límites</a>.`,
  'hf89d2c8a91ed8b11': html`<strong>No se comparte nada salvo que tú decidas mostrarlo. Alongside no tiene servidor.</strong> Elige una cosa y muéstrala en tu propia pantalla, guárdala como imagen o imprímela.`,
  's09288f1cdf324312': `Guardar como imagen`,
  's1f02b3427363a755': `Imprimirla`,
  's2c921af80919919b': `La imagen está en tus descargas. Se queda en este dispositivo, salvo que se la envíes a alguien.`,
  's58ee398b983b98ca': `Un límite`,
  's5e8250fb85d64c23': `Cerrar`,
  's8aec94c87bb05cec': `Tu tarjeta`,
  's99a583c84fbd49bd': `Un pequeño logro`,
  'sa17ddc49d8af2b96': `Un límite que mantengo`,
  'saf8fc2f9187bde90': `Compartir una cosa`,
  'sb6410b68f7968210': `Tu pequeño logro, en pocas palabras`,
  'sb947b5acc14a01e3': `¿Qué te gustaría mostrar?`,
  'sd29508a51bb989a3': `¿Cuál?`,
  'sd524a840388b16c9': `Una reflexión`,
  'seabd57cc194b6296': `Mostrarla en grande en mi pantalla`,
  'sf0a6425057796caa': `Tu tarjeta, en grande`,
  'sfda42a1bb9d9d98b': `Todavía no tienes reflexiones. Aparecen aquí cuando respondes una en alguna semana del curso.`,
};
