/**
 * The Spanish words for why a form can't be saved yet, with the same keys as
 * field-problems-en.ts. Each asks for what is missing, kindly, and never scolds. Chosen by the
 * interface's language in shared/ui/base/problem.ts.
 */
import type { FieldProblemWords, LengthOf, NeededField } from '../domain/field-problems.ts';
import { counted } from './locale.ts';

const NEEDED: Readonly<Record<NeededField, string>> = {
  'prompt-words': 'Escribe las palabras que te gustaría decir.',
  'plan-about': 'Escribe en pocas palabras de qué trata la conversación.',
  'boundary-situation': 'Escribe en pocas palabras cuándo se aplica este límite.',
  'boundary-action': 'Escribe lo que vas a hacer tú. Un límite trata de tus propias acciones.',
  'pattern-day': 'Elige el día en que pasó.',
  'pattern-happened': 'Escribe unas palabras sobre lo que pasó. Lo demás puede esperar.',
  activity: 'Primero escribe la actividad en pocas palabras.',
};

/** "600 caracteres": limits are said without a thousands separator, as in English. */
const characters = (n: number) => counted(n, { one: 'carácter', other: 'caracteres' }, { grouping: false });

const TOO_LONG: Readonly<Record<LengthOf, (max: string) => string>> = {
  field: (max) => `Intenta que tenga menos de ${max}.`,
  point: (max) => `Intenta que cada punto tenga menos de ${max}.`,
  line: (max) => `Intenta que cada línea tenga menos de ${max}.`,
  item: (max) => `Intenta que cada elemento tenga menos de ${max}.`,
  'pattern-field': (max) => `Intenta que tenga menos de ${max}. Unas pocas líneas bastan.`,
  activity: (max) => `Intenta que tenga menos de ${max}. Si es corto, es más fácil de usar.`,
};

/** Spanish words for every form problem. */
export const FIELD_PROBLEM_WORDS_ES: FieldProblemWords = {
  needed: (p) => NEEDED[p.field],
  'too-long': (p) => TOO_LONG[p.of](characters(p.max)),
  'passcode-too-short': (p) => `Usa por lo menos ${characters(p.min)}. Una frase corta es fácil de recordar y difícil de adivinar.`,
  'not-one-line': () => 'Intenta que sea una sola línea corta.',
  'blank-unfinished': () => 'Un espacio para completar va entre corchetes, como [nombre]. Uno de ellos parece sin terminar.',
  'day-ahead': () => 'Ese día todavía no ha llegado. Elige hoy o un día anterior.',
  'passcodes-differ': () => 'Los dos códigos de acceso no son iguales. Vuelve a escribirlos.',
};
