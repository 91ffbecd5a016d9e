/**
 * Conversation plans as reminders see them. With the app lock on, a plan is sealed and the
 * extension's background never has the key; but when the talk is (`scheduledAt`) and when
 * the plan last changed stay in clear, so reminders keep working without the person's words.
 */
import type { ConversationPlan } from '../../domain/toolkit/conversation-plan.ts';
import { getDb } from '../db.ts';
import { heldKey } from '../trust/lock-state.ts';
import { isSealedRecord, openStored } from '../trust/sealed-records.ts';
import { guarded } from '../record-store.ts';
import type { Stored } from '../schema.ts';

/** A plan's times, and the plan itself when it can be read here. */
export interface PlanTime {
  id: string;
  scheduledAt?: number;
  updatedAt: number;
  /** Undefined for a sealed plan this context holds no key for. */
  plan?: ConversationPlan;
}

async function toPlanTime(raw: Stored<ConversationPlan>): Promise<PlanTime> {
  const scheduledAt = typeof raw.scheduledAt === 'number' ? raw.scheduledAt : undefined;
  const key = heldKey();
  const plan = !isSealedRecord(raw) ? raw : key ? await openStored('plans', raw, key).catch(() => undefined) : undefined;
  return { id: raw.id, updatedAt: raw.updatedAt, ...(scheduledAt !== undefined ? { scheduledAt } : {}), ...(plan ? { plan } : {}) };
}

/** Every plan's times (and the plan where readable). */
export function listPlanTimes(): Promise<PlanTime[]> {
  return guarded(async () => Promise.all((await (await getDb()).getAll('plans')).map(toPlanTime)));
}

/** One plan's times (and the plan where readable), or undefined. */
export function getPlanTime(id: string): Promise<PlanTime | undefined> {
  return guarded(async () => {
    const raw = await (await getDb()).get('plans', id);
    return raw ? toPlanTime(raw) : undefined;
  });
}
