import { CRISIS_PLAN_ID, type CrisisPlan } from '../domain/crisis-plan.ts';
import { recordStore } from './record-store.ts';

const store = recordStore<'crisisPlan', CrisisPlan>('crisisPlan');

/** Changes run one after another, so two fields saved together never overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();

/** The family crisis plan: one record, changed a field at a time. */
export const crisisPlanRepo = {
  /** The plan, or an empty one. */
  async get(): Promise<CrisisPlan | undefined> {
    return store.get(CRISIS_PLAN_ID);
  },
  /** Saves a change to the plan, keeping every other field as stored. */
  update(change: Partial<Pick<CrisisPlan, 'theirWishes' | 'theyDeclined'>> & { fields?: Record<string, string> }): Promise<CrisisPlan> {
    const run = queue.then(() => write(change));
    queue = run.catch(() => undefined);
    return run;
  },
};

async function write(change: Partial<Pick<CrisisPlan, 'theirWishes' | 'theyDeclined'>> & { fields?: Record<string, string> }): Promise<CrisisPlan> {
  const current = (await store.get(CRISIS_PLAN_ID)) ?? { id: CRISIS_PLAN_ID, fields: {}, theirWishes: '', theyDeclined: false, createdAt: 0, updatedAt: 0 };
  return store.save({ ...current, ...change, fields: { ...current.fields, ...change.fields } });
}
