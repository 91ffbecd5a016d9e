// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';
import { str } from '@lit/localize';

export const templates = {
  'h82361d1d2f5ab2c1': html`Si alguien puede estar en peligro ahora mismo, ve a <a href="/help">¿Necesitas ayuda ahora?</a> para ver las líneas de crisis y el número de emergencias.`,
  's10375985673ddd4d': `Elige un país`,
  's138747394cbb53f8': `Se guardó en este dispositivo, para aquí y para "¿Necesitas ayuda ahora?".`,
  's215f21914299bf2f': `Si tu país está en esta lista, elígelo para ver sus líneas gratuitas.`,
  's4384a4a8aa55bdf8': str`De tu grupo: ${0}`,
  's508922870e7d6590': `Sitio web:`,
  's5f03f35ef88bfd4f': `Teléfono:`,
  's6878c78aeecfdd75': `En otro lugar`,
  's6ebd1e32d318f8b3': `Quien coordina tu grupo todavía no ha agregado ninguno.`,
  's794f451615419f9d': `Buscar apoyo`,
  's84a0f8852273c153': `No se pudo guardar esta elección en este dispositivo, pero las líneas de abajo sirven por ahora.`,
  's890ff5db6d05bcfa': str`${0} en ${1}`,
  's90d91675b383cc87': str`Revisado el ${0} en las páginas públicas de cada organización. Los datos cambian: si alguno no está al día, su sitio web tendrá lo más reciente.`,
  's933b64070b031f9f': `Elige tu país para ver organizaciones nacionales para familias.`,
  's97b8631c67fe9ddd': str`Dirección: ${0}`,
  'sb21f2a1904158d1a': `No se pudo guardar esta elección en este dispositivo, pero la lista de abajo sirve por ahora.`,
  'sb7af48165907884c': `Tu país`,
  'sb7dfaf7eacd2e18a': `Qué decir cuando llames`,
  'sbba8d61b64c3d615': `No tienes que pasar por esto a solas. Estos grupos son para familias y amistades: para aprender, conocer a personas que entienden lo que vives y recibir orientación sobre dinero, vivienda y trabajo.`,
  'sccee9acdba647555': str`En ${0}, el número es ${1}.`,
  'scd542681e545130e': str`Todavía no tenemos una lista de organizaciones para familias en ${0}.`,
  'sd612ef477c69c416': `No necesitas las palabras justas. Basta con decir "Me preocupa alguien y no sé qué hacer" para empezar.`,
  'sdf86413004790f79': `Solo incluimos los países que hemos revisado. Para encontrar grupos para familias cerca de ti, pregunta a un médico o al equipo que atiende a la persona, a una organización nacional de salud mental o de adicciones, o en tu municipio o la biblioteca. Al-Anon y Nar-Anon tienen grupos para familias en muchos países.`,
  'se293c4cdf1bf14fa': `¿Dónde estás?`,
  'se7665281799eb4e5': str`Los comparte ${0}, que coordina tu grupo. Alongside no los ha revisado. Si alguien está en peligro, usa primero las líneas de crisis y el número de emergencias.`,
  'sf4bcb38919cea7cd': `Se guardó en este dispositivo para la próxima vez.`,
};
