// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).

export const templates = {
  's2a8d3f173526f216': `Sin fecha`,
  's4a645e36221de73d': ` · Escribiste cómo te fue`,
  's63d040e37887f17e': `Hoy`,
  's99a48f126d2a251b': `Todavía no tienes planes. Cuando prepares una charla, se guardará aquí, solo en este dispositivo.`,
  'sc4fb17142e1a5942': `Tus planes`,
  'sdf40c5a6e9a6fca8': `Empezar con una plantilla`,
  'se6b570d9fdeaec3c': `Cargando tus planes…`,
  'sed6fc57f33049b0e': `Preparar una conversación nueva`,
  'sf5e7d053b5a5204c': `Unos minutos de preparación pueden hacer más tranquila una charla difícil. Piensa en tu meta, en una forma suave de empezar y en cómo harás una pausa si la charla se pone tensa.`,
  'sf7c74b1decca0270': `Una plantilla llena cada parte con ideas. Tú las cambias para decirlas con tus propias palabras.`,
  'sfecfe9d992ff0b5e': `Planes de conversación`,
};
