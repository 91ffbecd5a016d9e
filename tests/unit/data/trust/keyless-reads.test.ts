/**
 * The extension's background never holds the key. With the lock on it must still set
 * reminders (from the clear `scheduledAt`), offer library prompts beside a message, and never
 * throw or show a name.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { lockedPlanNotice } from '../../../../extension/background/reminders.ts';
import { pickPrompts } from '../../../../extension/background/pick-prompts.ts';
import { PROMPTS_EN } from '../../../../shared/content/prompts/prompts-en.ts';
import { boundariesRepo } from '../../../../shared/data/toolkit/boundaries-repo.ts';
import { destroyDb, getDb } from '../../../../shared/data/db.ts';
import { enableLock, resetLock } from '../../../../shared/data/trust/lock.ts';
import { getPlanTime, listPlanTimes } from '../../../../shared/data/toolkit/plan-times.ts';
import { plansRepo } from '../../../../shared/data/toolkit/toolkit-repos.ts';
import { emptyPlan } from '../../../../shared/domain/toolkit/conversation-plan.ts';
import type { Boundary } from '../../../../shared/domain/toolkit/boundary.ts';

const TALK = Date.UTC(2030, 4, 12, 17, 30);

afterEach(async () => {
  await resetLock();
  await destroyDb();
});

describe('reading without the key', () => {
  it('reminders get a sealed plan’s time but not its words; with the key, the plan too', async () => {
    const plan = await plansRepo.save({ ...emptyPlan(), who: 'Sam', about: 'the car', goal: 'agree on a plan', scheduledAt: TALK });
    await enableLock('first passcode');
    expect((await getPlanTime(plan.id))?.plan?.who).toBe('Sam');
    await resetLock();
    const [time] = await listPlanTimes();
    expect(time).toEqual({ id: plan.id, updatedAt: plan.updatedAt, scheduledAt: TALK });
    const notice = lockedPlanNotice(TALK);
    expect(`${notice.title} ${notice.message}`).not.toMatch(/Sam|car|agree/);
    expect(notice.title).toMatch(/A conversation you planned, at /);
  });

  it('without the key, readable lists leave sealed records out instead of failing; writes still refuse', async () => {
    await boundariesRepo.save({ situation: 'they shout', action: 'leave the room', reason: 'calm' });
    await enableLock('first passcode');
    await resetLock();
    // A plain one arrives later (as from a course whose lock was off before): still offered.
    const db = await getDb();
    await db.put('boundaries', { id: 'plain', createdAt: 1, updatedAt: 1, situation: 'they call late', action: 'call back tomorrow', reason: 'sleep' });

    await expect(boundariesRepo.list()).rejects.toMatchObject({ kind: 'locked' }); // a page says so, and shows the lock
    // What the background offers beside a message, which never holds the key.
    expect((await boundariesRepo.listReadable()).map((b) => b.id)).toEqual(['plain']);
    await expect(boundariesRepo.save({ situation: 'x', action: 'y', reason: 'z' })).rejects.toMatchObject({ kind: 'locked' });
  });

  it('pickPrompts skips a sealed boundary or own prompt, and still offers library prompts', () => {
    const sealed = { id: 'b1', createdAt: 1, updatedAt: 2, sealed: { iv: new Uint8Array(12), data: new Uint8Array(40) } } as unknown as Boundary;
    const picked = pickPrompts(['ultimatum', 'shouting'], { boundaries: [sealed], own: [sealed as never], favourites: new Set(['b1']), library: PROMPTS_EN });
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.every((p) => p.source === 'library')).toBe(true);
  });
});
