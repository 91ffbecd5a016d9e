// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { str } from '@lit/localize';

export const templates = {
  's04f9fd83eca490d0': `Ocultar la respuesta`,
  's0fa13301a74981e5': `Tus frases`,
  's1a1a14b5a7cf3ad2': `Practicaste cada frase. Salga como salga la charla, te preparaste con cuidado.`,
  's1e26d6e183af2421': `Ver una forma de responder`,
  's1f623a7587fbd1d2': `Puede que se haya eliminado.`,
  's25b6aeb0af584a61': str`${0}: podría decirte`,
  's28be2b11d61af440': str`Ensayar: ${0}`,
  's2eb188652fdb59a1': ` Lo que tú crees que podría decirte va primero.`,
  's2f1a617b93256506': str`Leer en voz alta: ${0}`,
  's2fdeb024e1b337f4': `Este plan todavía no tiene frases tuyas para practicar. Primero agrega al plan una frase para empezar, puntos clave o una frase para salir.`,
  's328047e19fca99f3': str`${0} de ${1} practicadas`,
  's3706f46a683eebef': `No encontramos este plan`,
  's3ac96eacc537380c': str`Ocultar la respuesta: ${0}`,
  's51da8626c13c5649': `Cargando tu plan…`,
  's561c88cc73db5aa8': str`Ya lo practiqué: ${0}`,
  's575e795c45e2d97e': `Volver`,
  's587dbd0769c53bac': `Ya lo practiqué`,
  's5bc98d6c14b1d2c6': `Leer en voz alta`,
  's5c03460b564bee5b': `Lo que podría decirte`,
  's6cd8ec8c6a1a996e': `No hay una respuesta fija. Primero escucha, y di con tus palabras lo que oíste. Luego responde con calma, en pocas palabras y a tu manera.`,
  's809de1d72d7e2480': `Primero prueba una respuesta en voz alta. Luego mira una forma de responder y compara.`,
  'sc74e68372045decf': `Di cada frase en voz alta, despacio, con tu propia voz. Cambia las palabras hasta que las sientas tuyas. Puedes practicar a solas, o pedirle a alguien de confianza que haga de la otra persona.`,
  'sc8c84f90644603b3': `Volver al plan`,
  'sca6ab8e97c60d4d2': str`${0}: podría decirte (lo que tú crees)`,
  'scd3a347ad767fd84': `Di las palabras entre [corchetes] a tu manera, o complétalas en el plan.`,
  'sdf1a7b4a34a079d7': `Podrías responder`,
  'sec710be4bbd078b7': str`Ver una forma de responder: ${0}`,
  'sf8bee7b1e218fdc1': str`Respuesta ${0}`,
};
