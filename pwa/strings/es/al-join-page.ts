// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'hcb08acc7632d2e0c': html`Hoja de la semana ${0}<span class="visually-hidden">, reunión ${1}</span>`,
  's004d45663d7fb3fe': `Si quien coordina tu grupo te mandó un enlace o te mostró un código QR, ábrelo en este dispositivo y el grupo aparecerá aquí.`,
  's05749a489a97985e': `Abriendo el grupo…`,
  's081a8a6a847ec9a9': `Próxima reunión`,
  's0a3035cbe7cccfe5': str`Unos ${0} minutos`,
  's11316dc68f26db0b': `reuniones`,
  's1e249e575170fedb': str`Semana ${0}`,
  's30e19a0995c13573': `Unirme a este grupo`,
  's32f00106946e6483': `Al unirte, el grupo se guarda solo en este dispositivo. Cada semana del curso se abre en la fecha de su reunión, y siempre puedes ponerte al día con las semanas anteriores.`,
  's35eb1e6b224925b4': `Este enlace es más antiguo que el que abriste antes.`,
  's3d674f8866baa53a': `reunión`,
  's4f409a0654b643aa': `Abrir un grupo`,
  's50e58dcd75cd8a1b': `Una actualización de tu grupo`,
  's7d9491c56683ad95': `Ya estás en este grupo, y no ha cambiado nada.`,
  's829963bc900f81f6': `Tus notas, tus reflexiones y tu progreso se quedan tal como están.`,
  's8521ea47e04b32c2': `Quien coordina tu grupo te lo dirá.`,
  's8774d943657400c9': `Te invitan a un grupo`,
  's87f98cbcf272b204': `O abre un archivo del grupo (.json)`,
  's8d7b2d0616e8c515': str`Ahora estás en otro grupo, “${0}”. Si te unes a este, ocupa su lugar. Tus notas se quedan.`,
  's9100ffde10b417da': `Actualizar mi grupo`,
  's9e358a36bca0248d': `No pudimos abrir este grupo`,
  'sa11f106cbca48757': `En un grupo, haces el curso junto con otras personas y alguien que coordina. Todo lo que escribes se queda en este dispositivo; el grupo nunca lo ve, salvo que decidas compartirlo.`,
  'sbb2acaa6ddfe2020': `Esto actualiza tu grupo:`,
  'sbe40f45cb26e6cc2': `No se cambió nada en este dispositivo.`,
  'sc746bee30bd87696': str`Los horarios están en la zona horaria ${0}.`,
  'scd2d8e10b6e84e51': `Coordina`,
  'sd95816d85baf9281': `Este grupo se hace en español. Ver el curso en español`,
  'sd9b3bb9144fcbe29': `Cada reunión`,
  'sf3f752ef031b25d8': `Dónde`,
  'sf7092b3d9a3ec67c': `Puede que quien coordina tu grupo haya mandado uno más nuevo; si es así, abre ese.`,
};
