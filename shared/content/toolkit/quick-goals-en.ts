/**
 * The goals the 60-second prep offers, in English. The ids are keys (a prep in progress
 * keeps the id picked, and the boundary goal puts boundary words first), the same in every
 * language; the Spanish words are in `quick-goals-es.ts`.
 */

/** The goals, by id. */
export const QUICK_GOAL_IDS = ['listen', 'boundary', 'connect', 'next-step'] as const;
export type QuickGoalId = (typeof QUICK_GOAL_IDS)[number];

/** A goal to hold on to during the talk. */
export interface QuickGoal {
  id: QuickGoalId;
  label: string;
}

/** Goals offered in the flow, in order; the person can also write their own. */
export const QUICK_GOALS_EN: readonly QuickGoal[] = [
  { id: 'listen', label: 'Listen, and understand how they see it' },
  { id: 'boundary', label: 'Say one boundary, calmly' },
  { id: 'connect', label: 'Stay close, even if we don’t agree' },
  { id: 'next-step', label: 'Agree on one small next step' },
];
