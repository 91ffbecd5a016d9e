/**
 * Why a class pack can't be used, in Spanish (the English is pack-problems-en.ts, with the same
 * keys). A member reads these when a link or file won't open, and the person who coordinates a
 * group when a class isn't ready to share, so each says what is wrong and what to do.
 */
import { counted, formatCount, interfaceLanguage } from '../locale.ts';
import { packProblemWording, type PackProblem, type PackProblemWords, type PackTextField, type ResourceProblem } from '../../domain/classes/pack-problems.ts';
import { PACK_PROBLEM_WORDS_EN } from './pack-problems-en.ts';

/** A number in a sentence: "la reunión 4", "1000 caracteres". */
const number = (n: number) => formatCount(n, { grouping: false });
/** "80 caracteres", "1 hora". */
const count = (n: number, one: string, other: string) => counted(n, { one, other }, { grouping: false });

/** What each text field is called at the start of a sentence, and whether it is feminine (for "falta", "es demasiado largo/a"). */
const FIELD: Readonly<Record<PackTextField, { name: string; feminine: boolean }>> = {
  name: { name: 'El nombre del grupo', feminine: false },
  'facilitator-name': { name: 'El nombre de quien coordina', feminine: false },
  'facilitator-contact': { name: 'El contacto de quien coordina', feminine: false },
  venue: { name: 'El lugar o el enlace de la videollamada', feminine: false },
  agreement: { name: 'Un acuerdo del grupo', feminine: false },
  'resource-name': { name: 'El nombre de un recurso local', feminine: false },
  'resource-offer': { name: 'Lo que ofrece un recurso local', feminine: false },
  'resource-phone': { name: 'El teléfono de un recurso local', feminine: false },
  'resource-site': { name: 'El sitio web de un recurso local', feminine: false },
  'resource-address': { name: 'La dirección de un recurso local', feminine: true },
  note: { name: 'Una nota semanal', feminine: true },
};
/** …and inside one. */
const inSentence = (field: PackTextField) => FIELD[field].name.charAt(0).toLowerCase() + FIELD[field].name.slice(1);
const longWord = (field: PackTextField) => (FIELD[field].feminine ? 'demasiado larga' : 'demasiado largo');

const WEEK_OF = { meeting: 'Cada reunión', note: 'Cada nota semanal' } as const;

const MISSING: Readonly<Record<Extract<PackProblem, { kind: 'missing' }>['part'], string>> = {
  id: 'El paquete del grupo no tiene identificador, así que puede estar dañado.',
  updatedAt: 'El paquete del grupo no tiene fecha, así que puede estar dañado.',
  name: 'Falta el nombre del grupo.',
  facilitator: 'El grupo necesita el nombre de quien lo coordina.',
  timeZone: 'El grupo no tiene zona horaria.',
  meetings: 'El grupo no tiene reuniones.',
  week: 'A una reunión o a una nota le falta la semana.',
  date: 'A una reunión le falta la fecha.',
  time: 'A una reunión le falta la hora.',
  text: 'A una nota semanal le falta el texto.',
  part: 'Falta una parte del paquete del grupo, así que puede estar dañado.',
};

const TOO_MANY = {
  meetings: (n: string) => `Un grupo puede tener ${n} reuniones como máximo.`,
  agreements: (n: string) => `Un grupo puede tener ${n} acuerdos como máximo.`,
  resources: (n: string) => `Un grupo puede tener ${n} recursos locales como máximo.`,
} as const;

// The phone or website of a resource: which one, what is wrong, and what the coordinator can do.
const phoneOf = (p: ResourceProblem) => `El teléfono de “${p.name || 'un recurso local'}”`;
const siteOf = (p: ResourceProblem) => `El sitio web de “${p.name || 'un recurso local'}”`;
const DIGITS_ONLY = 'Si tú creaste este grupo, escribe el número solo con cifras.';
const SIGNS = 'Un teléfono solo puede tener cifras, espacios, los signos + ( ) - y el punto';

/** Spanish words for every pack problem. */
export const PACK_PROBLEM_WORDS_ES: PackProblemWords = {
  'not-a-pack': () => 'Esto no es un grupo de Alongside. Puede ser de otra app, o puede que el enlace esté incompleto.',
  'wrong-app': () => 'Esto no es un grupo de Alongside.',
  'no-version': () => 'Este paquete del grupo no tiene una versión que podamos leer, así que puede estar dañado.',
  'newer-version': () => 'Este grupo se hizo con una versión más nueva de Alongside. Vuelve a cargar Alongside para actualizarlo y luego abre el grupo otra vez.',
  'wrong-version': () => 'Este paquete del grupo tiene una versión que no podemos leer.',
  'damaged-link': () => 'Este enlace del grupo parece dañado: puede que le falte una parte o que haya cambiado. Pide otra vez el enlace, o el archivo del grupo, a quien lo coordina.',
  'too-large': (p) => `Este paquete del grupo es demasiado grande para abrirlo (más de ${number(p.maxBytes / 1024)} KB). Pide uno más pequeño a quien coordina el grupo.`,
  'not-json': () => 'Este archivo no es un paquete del grupo: no se pudo leer como tal. Pide otra vez el archivo del grupo a quien lo coordina.',
  'unreadable-file': () => 'No se pudo leer este archivo. Pide otra vez el archivo del grupo a quien lo coordina.',
  missing: (p) => MISSING[p.part],
  'not-text': (p) => `${FIELD[p.field].name}: tiene que ser texto.`,
  'too-long': (p) => `${FIELD[p.field].name} es ${longWord(p.field)} (${count(p.max, 'carácter', 'caracteres')} como máximo).`,
  empty: (p) => `Falta ${inSentence(p.field)}.`,
  code: (p) =>
    `Este paquete del grupo tiene código (en ${inSentence(p.field)}). Un grupo solo necesita palabras, así que no se puede usar. Si tú lo creaste, quita cualquier <etiqueta> o enlace a un script.`,
  'id-not-text': () => 'El identificador del grupo tiene que ser texto.',
  'id-not-valid': () => 'El identificador del grupo no es válido.',
  'date-of-pack-not-number': () => 'La fecha del paquete tiene que ser un número.',
  'date-of-pack-not-valid': () => 'La fecha del paquete no es válida.',
  'facilitator-needed': () => 'El grupo necesita el nombre de quien lo coordina.',
  'time-zone-not-text': () => 'La zona horaria tiene que ser texto.',
  'time-zone-unknown': () => 'No conocemos esa zona horaria.',
  'language-unknown': () => 'El grupo está en un idioma que esta versión de Alongside no conoce. Vuelve a cargar Alongside para actualizarlo y luego abre el grupo otra vez.',
  'length-not-number': () => 'La duración de las reuniones tiene que ser un número.',
  'length-not-whole': () => 'La duración de las reuniones tiene que ser en minutos enteros.',
  'length-too-short': (p) => `Las reuniones tienen que durar al menos ${count(p.min, 'minuto', 'minutos')}.`,
  'length-too-long': (p) => `Las reuniones pueden durar ${count(p.max / 60, 'hora', 'horas')} como máximo.`,
  'meetings-not-list': () => 'El grupo necesita una lista de reuniones.',
  'no-meetings': () => 'El grupo no tiene reuniones.',
  'too-many': (p) => TOO_MANY[p.of](number(p.max)),
  'meeting-incomplete': () => 'Cada reunión necesita una semana, una fecha y una hora.',
  'meeting-date-not-text': () => 'La fecha de una reunión tiene que ser texto.',
  'meeting-date-not-real': () => 'La fecha de una reunión no es una fecha real.',
  'meeting-date-out-of-range': () => 'La fecha de una reunión está fuera del rango permitido.',
  'meeting-time-not-text': () => 'La hora de una reunión tiene que ser texto.',
  'meeting-time-not-real': () => 'La hora de una reunión no es una hora del día.',
  'meeting-not-after': (p) => `La reunión ${number(p.meeting)} no va después de la reunión ${number(p.meeting - 1)}. Las reuniones tienen que ir en orden de fecha.`,
  'week-before': (p) =>
    `La reunión ${number(p.meeting)} es de la semana ${number(p.week)}, que va antes de la semana de la reunión ${number(p.meeting - 1)}. Las semanas tienen que ir en orden.`,
  'week-not-number': (p) => `${WEEK_OF[p.of]} tiene que indicar un número de semana.`,
  'week-not-whole': (p) => `${WEEK_OF[p.of]} tiene que indicar un número de semana entero.`,
  'week-out-of-range': (p) => `${WEEK_OF[p.of]} tiene que indicar una semana del 1 al ${number(p.max)}.`,
  'agreements-not-list': () => 'Los acuerdos del grupo tienen que ser una lista.',
  'resources-not-list': () => 'Los recursos locales tienen que ser una lista.',
  'resource-incomplete': () => 'Cada recurso local necesita al menos un nombre.',
  'notes-not-list': () => 'Las notas semanales tienen que ser una lista.',
  'one-note-per-week': () => 'Solo puede haber una nota por semana.',
  'note-incomplete': () => 'Una nota semanal necesita una semana y su texto.',
  'phone-letters': (p) =>
    `${phoneOf(p)} tiene letras (${p.phone}), así que no se puede usar.${p.lookAlike ? ' Una letra O o I puede verse igual que un 0 o un 1.' : ''} ${SIGNS}, para que marque justo el número que ves. ${DIGITS_ONLY}`,
  'phone-not-digits': (p) => `${phoneOf(p)} tiene algo que no es una cifra (${p.phone}), así que no se puede usar. ${SIGNS}, con el + solo al principio, para que marque justo el número que ves. ${DIGITS_ONLY}`,
  'phone-too-short': (p) => `${phoneOf(p)} es demasiado corto para llamar (${p.phone}). ${DIGITS_ONLY}`,
  'site-credentials': (p) =>
    `${siteOf(p)} tiene un nombre o una contraseña antes de un signo @ (${p.site}). Eso puede hacer que un sitio web parezca otro, así que este grupo no se puede usar. Si tú lo creaste, usa la dirección simple del sitio, como https://example.org/ayuda.`,
  'site-not-web': (p) => `${siteOf(p)} tiene que ser una dirección web que empiece por https:// o http://, como https://example.org/ayuda. Si tú creaste este grupo, revísala.`,
};

/** A pack problem in the interface's language. */
export function packProblemTextIn(problem: PackProblem): string {
  return packProblemWording(problem, interfaceLanguage() === 'es' ? PACK_PROBLEM_WORDS_ES : PACK_PROBLEM_WORDS_EN);
}
