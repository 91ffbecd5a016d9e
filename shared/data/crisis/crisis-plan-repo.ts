import { CRISIS_PLAN_ID, type CrisisPlan } from '../../domain/crisis/crisis-plan.ts';
import { mergedOneAtATime } from '../one-at-a-time.ts';
import { recordStore } from '../record-store.ts';

const store = recordStore('crisisPlan');

/** The family crisis plan: one record, changed a field at a time. */
export const crisisPlanRepo = {
  /** The plan, or an empty one. */
  async get(): Promise<CrisisPlan | undefined> {
    return store.get(CRISIS_PLAN_ID);
  },
  /**
   * Saves a change to the plan, keeping every other field as stored. Changes made while a save
   * runs go together in the next one, so a tick never queues behind every keystroke's save.
   */
  update: mergedOneAtATime(write, (a: PlanChange, b: PlanChange): PlanChange => ({ ...a, ...b, fields: { ...a.fields, ...b.fields } })),
};

/** One change to the plan: any of its parts. */
type PlanChange = Partial<Pick<CrisisPlan, 'theirWishes' | 'theyDeclined'>> & { fields?: Record<string, string> };

/** Reads the plan as stored and saves it with one change on top. */
async function write(change: PlanChange): Promise<CrisisPlan> {
  const current = (await store.get(CRISIS_PLAN_ID)) ?? { id: CRISIS_PLAN_ID, fields: {}, theirWishes: '', theyDeclined: false, createdAt: 0, updatedAt: 0 };
  return store.save({ ...current, ...change, fields: { ...current.fields, ...change.fields } });
}
