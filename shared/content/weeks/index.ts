import type { Week } from '../course-types.ts';
import type { Language } from '../locale.ts';
import { WEEK_COUNT, weekPosition } from './course-order.ts';

export { WEEK_COUNT };

/** Every week's content, loaded on demand so the first screen stays small. */
export const WEEK_LOADERS: Record<number, () => Promise<Week>> = {
  1: () => import('./week-1.ts').then((m) => m.week),
  2: () => import('./week-2.ts').then((m) => m.week),
  3: () => import('./week-3.ts').then((m) => m.week),
  4: () => import('./week-4.ts').then((m) => m.week),
  5: () => import('./week-5.ts').then((m) => m.week),
  6: () => import('./week-6.ts').then((m) => m.week),
  7: () => import('./week-7.ts').then((m) => m.week),
  8: () => import('./week-8.ts').then((m) => m.week),
  9: () => import('./week-treatments.ts').then((m) => m.week),
};

/** Every week in Spanish (issue #17); also on demand, so English readers never download them. */
const SPANISH_WEEK_LOADERS: Record<number, () => Promise<Week>> = {
  1: () => import('./week-1-es.ts').then((m) => m.week),
  2: () => import('./week-2-es.ts').then((m) => m.week),
  3: () => import('./week-3-es.ts').then((m) => m.week),
  4: () => import('./week-4-es.ts').then((m) => m.week),
  5: () => import('./week-5-es.ts').then((m) => m.week),
  6: () => import('./week-6-es.ts').then((m) => m.week),
  7: () => import('./week-7-es.ts').then((m) => m.week),
  8: () => import('./week-8-es.ts').then((m) => m.week),
  9: () => import('./week-treatments-es.ts').then((m) => m.week),
};

/** A week and the language its text is in, which is what fills in the reader's words (`personalise`). */
export interface WeekInLanguage {
  week: Week;
  language: Language;
}

/**
 * Week `n` in `language` where it is written, else in English (a week added to the course
 * before its Spanish is written). It says which it gave, since English text must be filled in
 * with English words ("your son", not "tu hijo").
 */
export async function weekIn(n: number, language: Language): Promise<WeekInLanguage> {
  const spanish = language === 'es' ? SPANISH_WEEK_LOADERS[n] : undefined;
  if (spanish) return { week: await spanish(), language: 'es' };
  const english = WEEK_LOADERS[n];
  if (!english) throw new Error(`No week ${n} in the course`);
  return { week: await english(), language: 'en' };
}

/** The week key a URL part names, or 0 when it names no week of the course. */
export function weekFromParam(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && weekPosition(n) > 0 ? n : 0;
}
