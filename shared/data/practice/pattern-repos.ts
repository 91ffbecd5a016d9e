import { recordStore } from '../record-store.ts';

/** The pattern log: before, what happened, after. */
export const patternsRepo = recordStore('patterns', 'by-updated');

/** The rewarding-activities list. */
export const activitiesRepo = recordStore('activities');
