import type { Week } from '../course-types.ts';

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
};

/** How many weeks the course has. */
export const WEEK_COUNT = 8;
