/**
 * The Spanish words for why a backup file was refused, with the same keys as
 * backup-problems-en.ts. Each says that nothing was changed and what to try. Chosen by the
 * interface's language in shared/ui/base/problem.ts.
 */
import type { BackupDamage, BackupProblemWords } from '../../domain/trust/backup-problems.ts';
import type { BackupStoreName } from '../../domain/trust/record-schemas.ts';

/** One record of each store, as a damaged file's place names it ("entrada del diario 3"). */
const RECORD_NAMES: Readonly<Record<BackupStoreName, string>> = {
  boundaries: 'límite',
  settings: 'ajuste',
  progress: 'semana del curso',
  journal: 'entrada del diario',
  checkins: 'revisión semanal',
  star: 'estrella de apoyo',
  plans: 'plan de conversación',
  ownPrompts: 'frase propia',
  favourites: 'favorita',
  crisisPlan: 'plan de crisis',
  tombstones: 'elemento borrado',
  safetyPlan: 'plan de seguridad',
  patterns: 'entrada del registro de patrones',
  activities: 'actividad gratificante',
};

const PARTS = { format: 'formato', protection: 'protección', version: 'versión', date: 'fecha', contents: 'contenido', 'unknown-store': 'un tipo de elemento desconocido' } as const;

/** Where a file is damaged, in a few words. */
function place(where: BackupDamage): string {
  switch (where.part) {
    case 'list-missing':
      return `falta la lista de: ${RECORD_NAMES[where.store]}`;
    case 'list':
      return `lista de: ${RECORD_NAMES[where.store]}`;
    case 'item':
      return `${RECORD_NAMES[where.store]} ${where.item}`;
    default:
      return PARTS[where.part];
  }
}

/** Spanish words for every refused file. */
export const BACKUP_PROBLEM_WORDS_ES: BackupProblemWords = {
  'too-big': () => 'Este archivo es demasiado grande para ser una copia de seguridad de Alongside, así que no se cambió nada. Elige el archivo que Alongside guardó para ti.',
  'not-backup': () => 'Este archivo no es una copia de seguridad de Alongside, así que no se cambió nada. Los archivos que guarda Alongside tienen un nombre que empieza con “alongside-backup”.',
  damaged: (where) => `Esta copia de seguridad parece dañada${where ? ` (${place(where)})` : ''}, así que no se cambió nada. Si tienes otra copia, prueba con esa.`,
  newer: () => 'Esta copia de seguridad se hizo con una versión más nueva de Alongside, así que no se cambió nada. Vuelve a cargar Alongside para tener la versión más nueva y prueba otra vez.',
  'needs-passphrase': () => 'Esta copia de seguridad está protegida con una frase clave. Escribe la frase clave para abrirla.',
  'wrong-passphrase': () => 'Esa frase clave no abrió la copia de seguridad, así que no se cambió nada. Revísala y prueba otra vez.',
};
