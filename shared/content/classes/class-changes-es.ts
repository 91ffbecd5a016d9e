/**
 * What an updated class pack changes, in Spanish (the English is class-changes-en.ts, with the
 * same keys). "Quien coordina" names the facilitator without guessing their gender, as the
 * rest of the Spanish interface does.
 */
import { formatMeeting, type ClassChange, type MeetingIn } from '../../domain/classes/class-meetings.ts';
import { counted, formatCount, interfaceLanguage, uiLocale } from '../locale.ts';
import { CLASS_CHANGE_WORDS_EN, type ClassChangeWords } from './class-changes-en.ts';

const when = (at: MeetingIn, locale: string | undefined) => formatMeeting(at, at.meeting, locale);

/** Spanish words for every change. */
export const CLASS_CHANGE_WORDS_ES: ClassChangeWords = {
  renamed: (c) => `Ahora el grupo se llama “${c.name}”.`,
  facilitator: () => 'Cambiaron los datos de quien coordina el grupo.',
  'time-zone': (c) => `Ahora los horarios están en la zona horaria ${c.timeZone}.`,
  length: (c) => `Ahora las reuniones duran ${counted(c.minutes, { one: 'minuto', other: 'minutos' })}.`,
  moved: (c, locale) => `La reunión de la semana ${formatCount(c.week)} pasó del ${when(c.from, locale)} al ${when(c.to, locale)}.`,
  covers: (c, locale) => `La reunión del ${when(c.at, locale)} ahora es de la semana ${formatCount(c.week)}.`,
  'meetings-added': (c) => `Se ${c.count === 1 ? 'agregó' : 'agregaron'} ${counted(c.count, { one: 'reunión', other: 'reuniones' })}.`,
  'meetings-removed': (c) => `Se ${c.count === 1 ? 'quitó' : 'quitaron'} ${counted(c.count, { one: 'reunión', other: 'reuniones' })}.`,
  venue: () => 'Cambió el lugar o el enlace de la videollamada.',
  agreements: () => 'Cambiaron los acuerdos del grupo.',
  resources: () => 'Cambiaron los recursos locales.',
  notes: () => 'Cambiaron las notas de quien coordina el grupo.',
};

/**
 * A change in the interface's language, its dates and times written the same way (the
 * browser's own when `locale` is left out in English, as before).
 */
export function classChangeTextIn(change: ClassChange, locale?: string): string {
  const spanish = interfaceLanguage() === 'es';
  const words = spanish ? CLASS_CHANGE_WORDS_ES : CLASS_CHANGE_WORDS_EN;
  return (words[change.kind] as (c: ClassChange, l: string | undefined) => string)(change, locale ?? (spanish ? uiLocale() : undefined));
}
