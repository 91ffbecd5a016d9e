// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { str } from '@lit/localize';

export const templates = {
  's0fbf6dc6a1966408': `Siguiente`,
  's1841fa1368ebecbb': `No encontramos esa semana`,
  's19bee21a859fbea0': `Salir`,
  's1e249e575170fedb': str`Semana ${0}`,
  's221807349a3b3e05': str`Presentando la semana ${0} · Alongside`,
  's2de4786ad86ef2eb': str`Diapositiva ${0} de ${1}`,
  's866acc39c1e6d752': `Usa las flechas o la barra espaciadora para avanzar. Escape para salir.`,
  'sa3d326f1be347f60': `Pantalla completa`,
  'sbb83fa70ec5b943e': `Abriendo la presentación…`,
  'scd18130505420be5': str`Diapositiva ${0} de ${1}: ${2}`,
  'se9ba3fb8bd6b84eb': `Volver a coordinar un grupo`,
  'sf3ff78cc329d3528': `Anterior`,
};
