/**
 * The Spanish words for a storage failure, with the same keys and the same facts as
 * storage-problems-en.ts: what happened to what the person wrote, and what they can do.
 * Chosen by the interface's language in shared/ui/base/problem.ts.
 */
import type { StorageProblemWords } from '../domain/storage-problems.ts';

/** Spanish words for every storage failure. */
export const STORAGE_PROBLEM_WORDS_ES: StorageProblemWords = {
  quota:
    'Tu dispositivo no tiene espacio para Alongside, así que este último cambio no se guardó. Todo lo que guardaste antes está a salvo. Puede ayudar liberar espacio en el dispositivo o guardar una copia de seguridad.',
  blocked:
    'Alongside está abierto en otra pestaña o ventana con una versión anterior. Cierra las otras pestañas y vuelve a cargar esta. No se perdió nada de lo que guardaste.',
  unavailable:
    'Este navegador no deja que Alongside guarde nada en este momento. Suele pasar en una ventana privada o de incógnito. Puedes seguir leyendo, pero lo que escribas no se guardará.',
  version:
    'Esta copia de Alongside es más antigua que los datos guardados en este dispositivo. Vuelve a cargar la página para tener la versión más nueva. No se perdió nada de lo que guardaste.',
  'not-found': 'No encontramos eso. Puede que se haya borrado en otra pestaña.',
  locked: 'Alongside está bloqueado. Escribe tu código de acceso para abrir lo que escribiste. No se cambió nada.',
  'wrong-passcode': 'Ese código de acceso no coincide. Vuelve a intentarlo con calma. No se cambió nada.',
  'changed-elsewhere': 'Esta entrada cambió en otra pestaña. Conserva esta versión, la otra o las dos.',
  unknown: 'Algo falló al guardar, así que este cambio no se guardó. Todo lo que guardaste antes está a salvo. Vuelve a intentarlo.',
};
