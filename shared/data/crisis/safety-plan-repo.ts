import { SAFETY_PLAN_ID, type AfraidAnswer, type SafetyAnswer, type SafetyPlan } from '../../domain/crisis/safety-plan.ts';
import { readLockConfig } from '../trust/lock-config.ts';
import { oneAtATime } from '../one-at-a-time.ts';
import { recordStore } from '../record-store.ts';

const store = recordStore('safetyPlan');

/** Where the answer to the safety question is kept: the components that ask it take one. */
export interface SafetyAnswerStore {
  /** The answer given, if any. */
  answer(): Promise<SafetyAnswer | undefined>;
  /** Keeps a new answer (the newest one counts) and returns it. */
  setAnswer(answer: AfraidAnswer): Promise<SafetyAnswer>;
}

/** The private safety plan: one record, changed a field at a time, sealed under the app lock like the crisis plan. */
export const safetyPlanRepo: SafetyAnswerStore & {
  get(): Promise<SafetyPlan | undefined>;
  update(change: { fields?: Record<string, string>; afraid?: SafetyAnswer }): Promise<SafetyPlan>;
} = {
  /** The plan, or undefined before anything was written. */
  async get(): Promise<SafetyPlan | undefined> {
    return store.get(SAFETY_PLAN_ID);
  },
  /** Saves a change to the plan, keeping every other field as stored. */
  update: oneAtATime(write),
  /** The answer to the safety question, if given. */
  async answer(): Promise<SafetyAnswer | undefined> {
    return (await store.get(SAFETY_PLAN_ID))?.afraid;
  },
  /** Keeps the answer to the safety question, inside the plan. */
  async setAnswer(answer: AfraidAnswer): Promise<SafetyAnswer> {
    const plan = await safetyPlanRepo.update({ afraid: { answer, at: Date.now() } });
    return plan.afraid!;
  },
};

/** Reads the plan as stored and saves it with one change on top. */
async function write(change: { fields?: Record<string, string>; afraid?: SafetyAnswer }): Promise<SafetyPlan> {
  const current = (await store.get(SAFETY_PLAN_ID)) ?? { id: SAFETY_PLAN_ID, fields: {}, createdAt: 0, updatedAt: 0 };
  return store.save({ ...current, ...change, fields: { ...current.fields, ...change.fields } });
}

/**
 * The answer as the extension's popup keeps it. The extension's database follows the
 * course's lock (`link-answer.ts`), but only for the toolkit it is sent: a record the popup
 * sealed itself could never be opened again once the course changed its passcode, and
 * would keep the extension locked after the course turned its lock off. So the answer is
 * stored only while there is no lock; with the lock on it lives in this page's memory (and
 * is asked again in a later popup), and an answer stored before the lock came on is deleted,
 * so nothing about it stays readable.
 */
export function safetyAnswerWithoutLock(): SafetyAnswerStore {
  let here: SafetyAnswer | undefined;
  return {
    async answer() {
      if (here) return here;
      if (!(await readLockConfig())) return safetyPlanRepo.answer();
      await store.remove(SAFETY_PLAN_ID).catch(() => undefined);
      return undefined;
    },
    async setAnswer(answer) {
      here = { answer, at: Date.now() };
      if (!(await readLockConfig())) here = await safetyPlanRepo.setAnswer(answer);
      return here;
    },
  };
}

/** The extension popup's one answer store, shared by the 60-second prep and the quick boundary form. */
export const safetyAnswerInExtension: SafetyAnswerStore = safetyAnswerWithoutLock();
