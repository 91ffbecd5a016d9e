// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { str } from '@lit/localize';

export const templates = {
  's1304af08f6f6c036': str`Habilidad: ${0}`,
  's195a6a2b1ba1c4f9': `Ocultar las respuestas`,
  's2c81b5af1ec2ebed': `Decir las palabras en voz alta antes de una conversación difícil hace que te salgan más fácil cuando importa. No hay una forma equivocada de practicar.`,
  's2f1a617b93256506': str`Leer en voz alta: ${0}`,
  's37159cd5c147a2ad': `Ver formas de responder`,
  's5bc98d6c14b1d2c6': `Leer en voz alta`,
  's5d51a1e588c6c7c0': `Practicar`,
  's5f74744f9037bf9a': `Lee en voz alta lo que dice la otra persona. Responde con tus palabras. Luego mira las ideas y compara.`,
  's7055aa38b7efa230': `Con alguien de confianza`,
  's87d744b66fa4b6c1': `Tarjetas de situaciones`,
  's912b7b34bdf261e3': `Una persona lee lo que dice la tarjeta. La otra responde. Después se cambian los papeles. Con calma: es una práctica, no un examen.`,
  's922cadbb40c8d563': str`Ver formas de responder: ${0}`,
  'sc31da446093c7e9b': `A solas`,
  'scb1f00374184a9a8': `Te dice`,
  'sd4c181418e9927ff': str`Ocultar las respuestas: ${0}`,
  'sdf1a7b4a34a079d7': `Podrías responder`,
};
