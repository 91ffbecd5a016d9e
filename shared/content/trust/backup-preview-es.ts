/**
 * The Spanish words of the restore preview, with the same keys as backup-preview-en.ts: how
 * many of each kind of item a backup holds ("12 entradas del diario"), and what a setting from
 * the file became to fit this device's screens.
 */
import type { BackupStoreName } from '../../domain/trust/record-schemas.ts';
import type { SettingChange } from '../../domain/settings.ts';
import { counted, formatCount, type Language, type WordForms } from '../locale.ts';
import { SETTING_CHANGE_WORDS_EN, STORE_COUNT_WORDS_EN } from './backup-preview-en.ts';

/** Each kind of item, counted. */
export const STORE_COUNT_WORDS_ES: Readonly<Record<BackupStoreName, WordForms>> = {
  journal: { one: 'entrada del diario', other: 'entradas del diario' },
  boundaries: { one: 'límite', other: 'límites' },
  plans: { one: 'plan de conversación', other: 'planes de conversación' },
  crisisPlan: { one: 'plan de crisis familiar', other: 'planes de crisis familiares' },
  safetyPlan: { one: 'plan de seguridad privado', other: 'planes de seguridad privados' },
  patterns: { one: 'entrada del registro de patrones', other: 'entradas del registro de patrones' },
  activities: { one: 'actividad gratificante', other: 'actividades gratificantes' },
  checkins: { one: 'revisión semanal', other: 'revisiones semanales' },
  star: { one: 'estrella de apoyo', other: 'estrellas de apoyo' },
  ownPrompts: { one: 'frase que escribiste', other: 'frases que escribiste' },
  favourites: { one: 'frase favorita', other: 'frases favoritas' },
  progress: { one: 'semana de avance en el curso', other: 'semanas de avance en el curso' },
  settings: { one: 'ajuste', other: 'ajustes' },
  tombstones: { one: 'elemento borrado que se recuerda', other: 'elementos borrados que se recuerdan' },
};

const minutes = (n: number) => counted(n, { one: 'minuto', other: 'minutos' }, { grouping: false });
const plain = (n: number) => formatCount(n, { grouping: false });

/** Spanish words for what a restored setting became. */
export const SETTING_CHANGE_WORDS_ES: typeof SETTING_CHANGE_WORDS_EN = {
  'lock-idle': (c) =>
    `El archivo bloqueaba Alongside después de ${minutes(c.asked)} sin uso; aquí la opción más larga es ${plain(c.longest)}, así que se bloqueará después de ${minutes(c.now)}.`,
  'reminder-lead': (c) =>
    `El archivo te avisaba ${minutes(c.asked)} antes de una conversación planeada; aquí los avisos llegan de ${plain(c.min)} a ${minutes(c.max)} antes, así que llegará ${minutes(c.now)} antes.`,
};

/** The restore preview's words in one language. */
export interface BackupPreviewWords {
  /** "12 journal entries". */
  storeCount: (store: BackupStoreName, count: number) => string;
  /** What a restored setting became. */
  settingChange: (change: SettingChange) => string;
}

function previewWords(counts: typeof STORE_COUNT_WORDS_EN, changes: typeof SETTING_CHANGE_WORDS_EN): BackupPreviewWords {
  return {
    storeCount: (store, count) => counted(count, counts[store]),
    settingChange: (change) => (changes[change.kind] as (c: SettingChange) => string)(change),
  };
}

const PREVIEW_EN = previewWords(STORE_COUNT_WORDS_EN, SETTING_CHANGE_WORDS_EN);
const PREVIEW_ES = previewWords(STORE_COUNT_WORDS_ES, SETTING_CHANGE_WORDS_ES);

/** The restore preview's words in `language`, picked when the screen renders. */
export function backupPreviewIn(language: Language): BackupPreviewWords {
  return language === 'es' ? PREVIEW_ES : PREVIEW_EN;
}
