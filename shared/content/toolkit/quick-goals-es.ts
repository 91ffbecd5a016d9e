/**
 * The goals the 60-second prep offers, in Spanish: the same ids and order as
 * `quick-goals-en.ts`, written as the reader would put them to themselves (no gender).
 */
import type { Language } from '../locale.ts';
import { QUICK_GOALS_EN, type QuickGoal } from './quick-goals-en.ts';

/** Goals offered in the flow, in order; the person can also write their own. */
export const QUICK_GOALS_ES: readonly QuickGoal[] = [
  { id: 'listen', label: 'Escuchar y entender cómo lo ve' },
  { id: 'boundary', label: 'Decir un límite, con calma' },
  { id: 'connect', label: 'Seguir cerca, aunque no pensemos igual' },
  { id: 'next-step', label: 'Acordar un siguiente paso, pequeño' },
];

/** The goals in `language`, picked at render time. */
export function quickGoalsIn(language: Language): readonly QuickGoal[] {
  return language === 'es' ? QUICK_GOALS_ES : QUICK_GOALS_EN;
}
