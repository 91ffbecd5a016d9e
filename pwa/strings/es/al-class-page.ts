// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'hcb08acc7632d2e0c': html`Hoja de la semana ${0}<span class="visually-hidden">, reunión ${1}</span>`,
  's081a8a6a847ec9a9': `Próxima reunión`,
  's0a3035cbe7cccfe5': str`Unos ${0} minutos`,
  's11316dc68f26db0b': `reuniones`,
  's1e249e575170fedb': str`Semana ${0}`,
  's223ea598bbd2fbc0': `Sí, salir del grupo`,
  's3d674f8866baa53a': `reunión`,
  's4384a4a8aa55bdf8': str`De tu grupo: ${0}`,
  's43d73b8c5238056c': `Si dejas de ir, puedes salir del grupo aquí. Todo lo que escribiste se queda en este dispositivo.`,
  's508922870e7d6590': `Sitio web:`,
  's5a8f3be073fa8e2d': `Coordino un grupo`,
  's5f03f35ef88bfd4f': `Teléfono:`,
  's60650e11fae50fb8': `Saliste del grupo. Tus notas, tus reflexiones y tu progreso siguen aquí, y las semanas vuelven a abrirse a tu ritmo.`,
  's69fac5393321f045': `Agregar a mi calendario`,
  's6ebd1e32d318f8b3': `Quien coordina tu grupo todavía no ha agregado ninguno.`,
  's6ecc2c401a480600': `Compartir algo con el grupo`,
  's7d96d947b93021eb': `Salir del grupo`,
  's8521ea47e04b32c2': `Quien coordina tu grupo te lo dirá.`,
  's8a49a96aa68d843f': str`¿Salir de ${0}?`,
  's8b41d6e58d0e17d3': `Mi grupo`,
  's97b8631c67fe9ddd': str`Dirección: ${0}`,
  's99e6b31160297982': `Tus notas, tus reflexiones y tu progreso se quedan. Las semanas vuelven a abrirse a tu ritmo.`,
  's9c8752daa22d1174': `Seguir en el grupo`,
  's9f863b7adbf99638': `Abriendo tu grupo…`,
  'sc2db55c8701e75f9': str`Te uniste a ${0}. La semana 1 ya está abierta; cada semana siguiente se abre en la fecha de su reunión.`,
  'sc746bee30bd87696': str`Los horarios están en la zona horaria ${0}.`,
  'scb4888579450fe06': `Salir de este grupo…`,
  'scd2d8e10b6e84e51': `Coordina`,
  'sd58f69d2fb6c7f07': `Tu grupo está al día. Tus notas siguen tal como estaban.`,
  'sd9b3bb9144fcbe29': `Cada reunión`,
  'se7665281799eb4e5': str`Los comparte ${0}, que coordina tu grupo. Alongside no los ha revisado. Si alguien está en peligro, usa primero las líneas de crisis y el número de emergencias.`,
  'seaf03c58bd51b312': `Grupos nacionales para familias`,
  'see2ca4799ac4804a': `Algunas personas hacen el curso en grupo. Si quien coordina tu grupo te mandó un enlace, ábrelo en este dispositivo. También puedes abrir un archivo del grupo.`,
  'sf3f752ef031b25d8': `Dónde`,
  'sff6f98ea031f8c8d': `No estás en ningún grupo`,
};
