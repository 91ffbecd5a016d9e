import type { Week } from '../course-types.ts';
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

/** The week key a URL part names, or 0 when it names no week of the course. */
export function weekFromParam(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && weekPosition(n) > 0 ? n : 0;
}
