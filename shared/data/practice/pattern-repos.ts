import type { PatternEntry, RewardingActivity } from '../../domain/practice/pattern-log.ts';
import { recordStore } from '../record-store.ts';

/** The pattern log: before, what happened, after. */
export const patternsRepo = recordStore<'patterns', PatternEntry>('patterns', 'by-updated');

/** The rewarding-activities list. */
export const activitiesRepo = recordStore<'activities', RewardingActivity>('activities');
