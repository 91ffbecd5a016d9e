// Do not modify this file by hand!
// Re-generate it with npm run localize (scripts/split-strings.ts).
import { str } from '@lit/localize';

export const templates = {
  's0379fc73608ab971': `Hecha`,
  's07549a8a99212ca7': str`${0} de ${1} semanas hechas`,
  's0a3035cbe7cccfe5': str`Unos ${0} minutos`,
  's1e249e575170fedb': str`Semana ${0}`,
  's2e3b297baaf6a84e': str`Terminaste la semana ${0}. Te llevó tiempo y cariño. Puedes sentir orgullo por eso.`,
  's30c043bc757a6021': `Todas las semanas están abiertas.`,
  's3d95eb790cf28f99': `Abierta siempre: para cuando las cosas se ponen difíciles.`,
  's4af03216333fc7bf': `Cada semana se abre cuando terminas la anterior.`,
  's5f7ac5fe6239a71f': `Las semanas se abren en las fechas de tu grupo.`,
  's6b59e3724cb03cff': `Nueve semanas, una a una. Cada una lleva una media hora, y puedes parar y volver cuando lo necesites.`,
  's71f6020f8953cda7': `Cambiar esto`,
  's74359cde9ae78760': `Todavía no está abierta`,
  's7d7ca36ecef354a5': `En curso`,
  's8f5f41272268128f': `Sin empezar`,
  's9037ce29ad0eb571': `El curso`,
};
