// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { html } from 'lit';
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'he3680bbd577ca648': html`Esto borra todo lo que Alongside guarda en este navegador: todo lo que escribiste, tu avance y tus ajustes, y la copia de la app para usar sin conexión. No se puede deshacer. Si quizá lo quieras más adelante, primero <a href="/backup">guarda una copia de seguridad</a>.`,
  's072844f26e1fe06b': `¿Borrar todo lo que hay en este dispositivo?`,
  's15cc1da731105ec5': `Dónde vas en el curso, tu estrella de apoyo, tus favoritas y tus ajustes.`,
  's1cc8b458ce9dc930': `Listo. Tu navegador conservará lo que Alongside guarda.`,
  's30e18c708ad08cb7': `Borrar todos mis datos`,
  's393cb054410a1a87': `El bloqueo está activado: tus propias palabras se guardan cifradas.`,
  's3e2428a986494333': `Sí. Tu navegador prometió conservar lo que Alongside guarda, aunque quede poco espacio.`,
  's45c72d6010cdb0d8': `Todavía no lo ha prometido. Si al dispositivo le queda poco espacio, el navegador podría borrarlo.`,
  's4a41657443c9e54f': `Todo lo que escribiste, tu avance y tus ajustes en Alongside desaparecerán de este navegador. Nadie podrá recuperarlos, a menos que hayas guardado una copia de seguridad.`,
  's5171f18c8683a04c': str`Aproximadamente ${0}`,
  's5eb2fae4eef77b07': `Tu navegador dijo que ahora no. Los navegadores suelen decidir esto por su cuenta, por ejemplo cuando un sitio está instalado o se usa a menudo. De todos modos, una copia de seguridad te protege.`,
  's61a03b88adc11244': `Pedir al navegador que lo conserve`,
  's61cde1d73b952f1b': `Qué se guarda aquí`,
  's7087e6368c5a5931': `Entiendo que esto borra todo y no se puede deshacer.`,
  's74a3ce9021f2c604': `Un código de acceso puede mantener en privado lo que escribes si otras personas usan este dispositivo.`,
  's760306ef7bfd54aa': `No se envía nada a ningún lugar. Alongside no hace solicitudes a otros sitios web.`,
  's76cc60ab2475f0e9': `Puedes pedirle a tu navegador que lo conserve. Algunos navegadores te preguntan; otros deciden por su cuenta.`,
  's787a8ef9eb357fdc': `Ajustes del bloqueo de la app`,
  's7a3b54d53a430ddb': `Tu diario, tus límites, tus planes de conversación, tu plan de crisis, tus revisiones semanales y tus frases propias.`,
  's8588b353d127a6db': `Guarda todo en un archivo que conservas tú, o recupera un archivo.`,
  's90f20862cef246d7': `Borrar todo`,
  'sab0752a788606876': `Espacio usado`,
  'sae3da1fd79c2e337': `Privacidad y almacenamiento`,
  'saf7b6785c8312e71': `Borrando…`,
  'sbae8a5258a6c1f75': `Una copia de la propia app, para que funcione sin conexión.`,
  'sc8a71ca16c20336a': `El bloqueo está desactivado.`,
  'sce93b1478488bf7c': `Alongside no tiene cuentas ni servidor. Lo que escribes se queda en este navegador, en este dispositivo, a menos que tú guardes una copia de seguridad.`,
  'sdfee343be0953a63': `Borrar todos mis datos…`,
  'se0a622c78bad80f9': `Tu navegador no lo dice.`,
  'se55a1734d0bb7049': `El curso está vinculado con la extensión de Alongside en este navegador, así que también se borrará la copia de la extensión: tus límites, planes y frases que hay ahí, y sus ajustes y avisos.`,
  'seace6140f1bc5be6': `A salvo`,
  'sf62138b53ab5a555': `Almacenamiento en este dispositivo`,
};
