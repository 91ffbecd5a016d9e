// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'h6b7fee7875556a27': html`Así que <a href="/backup">guarda una copia de seguridad</a> antes de activarlo, y tenla en un lugar seguro.`,
  'h8d7c32d999b45fe7': html`<strong>Lee esto primero.</strong> Si olvidas el código de acceso, nadie puede recuperar lo que escribiste: ni nosotros ni nadie. No hay forma de restablecerlo.`,
  's0ac61b89cf0ad6b3': `Si otras personas usan este dispositivo, un código de acceso mantiene en privado lo que escribes. Tú decides: mucha gente no lo necesita.`,
  's0aca5c8bcab40dbe': `Tu código de acceso`,
  's1fc539d1fa1307da': `Tu código de acceso actual`,
  's317ee5c117102c3e': str`${0} sin uso`,
  's36432438a3286d40': `Desbloqueando lo que escribiste…`,
  's3c444f834ba222a7': `Cambiar el código de acceso`,
  's457c4001072c483d': str`Por lo menos ${0} caracteres.`,
  's5b607430d33c24d9': `Bloqueando lo que escribiste…`,
  's5bb2f9bdf2fad1e9': `minuto`,
  's6e3142a2c084a227': `Tu código de acceso cambió. Usa el nuevo a partir de ahora.`,
  's750297b2c30ca70d': str`Por lo menos ${0} caracteres. Una frase corta es fácil de recordar y difícil de adivinar.`,
  's755a531d75dbae66': `Escríbelo otra vez`,
  's869c1a9b667eac03': str`El bloqueo está activado. Alongside te pedirá tu código de acceso después de ${0} sin uso, y cada vez que se abra.`,
  's8a76f8711baead57': `Desactivar el bloqueo`,
  's8ae9d60ec38992a5': `Alongside pide el código de acceso cada vez que se abre, y después de unos minutos sin uso.`,
  's914d89c240bfcb7b': `Activar el bloqueo`,
  's957221873d997803': `Cambiando tu código de acceso…`,
  's9c14f977bdf8a365': str`Alongside se bloqueará después de ${0} sin uso.`,
  'sa8a27b8ba96858ff': `Lo que escribiste se queda, guardado en este dispositivo sin código de acceso.`,
  'sb96707d0625da4e4': `El bloqueo está desactivado. Lo que escribes se guarda en este dispositivo sin código de acceso.`,
  'sc65e9fbe853c276a': `Marca la casilla para decir que entiendes que un código de acceso perdido no se puede recuperar.`,
  'sc685fa07304f5ba0': `← Configuración`,
  'scbeff7c3e03228ae': `minutos`,
  'scd1ffcefbf329be4': `Cambia tu código de acceso`,
  'sdbd27d8f41d73c3c': `Escribe otra vez el código de acceso nuevo`,
  'sdfc94682c64626cc': `Bloquear después de`,
  'sdfff2149eb24b0be': `El bloqueo está activado`,
  'se30a2f64380ccddb': `Código de acceso nuevo`,
  'se426eac0bfd3a5c6': `Bloquear ahora`,
  'sf499ff83f4303f93': `Entiendo que si olvido mi código de acceso, lo que escribí no se puede recuperar.`,
  'sff8cf7db8b9b2559': `Elige un código de acceso`,
};
