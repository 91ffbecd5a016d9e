import { afterEach, describe, expect, it } from 'vitest';
import { destroyDb, getDb } from '../../../shared/data/db.ts';
import { STORE_NAMES, type StoreName } from '../../../shared/data/schema.ts';
import { classRepo, importClassPack } from '../../../shared/data/class-repo.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { journalRepo } from '../../../shared/data/course-repos.ts';
import { CLASS_PACK_APP, CLASS_PACK_MAX_BYTES, generateMeetings, type ClassPack } from '../../../shared/domain/class-pack.ts';
import { encodeClassPack } from '../../../shared/domain/class-pack-codec.ts';
import { zonedToEpoch } from '../../../shared/domain/zoned-time.ts';
import { v3Fill } from '../../fixtures/db-v3.ts';

afterEach(() => destroyDb());

const pack: ClassPack = {
  app: CLASS_PACK_APP,
  version: 1,
  id: 'class-repo-test-01',
  updatedAt: Date.UTC(2026, 1, 1),
  name: 'Thursday group',
  facilitator: { name: 'Lee', contact: '' },
  timeZone: 'America/Chicago',
  minutes: 90,
  meetings: generateMeetings({ from: '2026-03-05', weekday: 4, time: '19:00' }),
  venue: 'Library, room B',
  agreements: ['It is fine to pass.'],
  resources: [{ name: 'Family line', offer: 'Someone to talk to.', phone: '555 0100', site: '', address: '' }],
  notes: [],
};

/** Every record of every store, exactly as stored. */
async function dumpAll(): Promise<Record<string, unknown[]>> {
  const db = await getDb();
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const out: Record<string, unknown[]> = {};
  for (const name of STORE_NAMES) out[name] = await tx.objectStore(name).getAll();
  await tx.done;
  return out;
}

/** A database with the person's own records in every store, and a class joined. */
async function fillEverything(): Promise<void> {
  const db = await getDb();
  const names = Object.keys(v3Fill) as StoreName[];
  const stores: StoreName[] = [...names, 'crisisPlan'];
  const tx = db.transaction(stores, 'readwrite');
  for (const name of names) for (const record of v3Fill[name as keyof typeof v3Fill]) await tx.objectStore(name).put(record as never);
  await tx.objectStore('crisisPlan').put({ id: 'family', fields: { who: 'Aunt Jo' }, theirWishes: '', theyDeclined: false, createdAt: 1, updatedAt: 1 });
  await tx.done;
  await classRepo.join(pack);
}

describe('classRepo', () => {
  it('joins: stores the class and opens each week on its meeting date, in the class’s time zone', async () => {
    await settingsRepo.set('pacing', { mode: 'self', allOpen: true });
    await classRepo.join(pack);
    expect(await classRepo.get()).toEqual(pack);
    const pacing = await settingsRepo.get('pacing', { mode: 'self', allOpen: false });
    expect(pacing.mode).toBe('class');
    expect(pacing.allOpen).toBe(true);
    expect(pacing.opensAt?.[3]).toBe(zonedToEpoch('2026-03-19', '00:00', 'America/Chicago'));
    expect(Object.keys(pacing.opensAt ?? {})).toHaveLength(8);
  });

  it('updates the class from a newer pack without touching the person’s notes', async () => {
    await fillEverything();
    const before = await dumpAll();
    const moved = structuredClone(pack);
    moved.meetings[2]!.date = '2026-03-20';
    moved.updatedAt += 1000;
    await classRepo.join(moved);
    const after = await dumpAll();
    for (const name of STORE_NAMES) if (name !== 'settings') expect(after[name], name).toEqual(before[name]);
    expect((await classRepo.get())?.meetings[2]!.date).toBe('2026-03-20');
    expect((await settingsRepo.get('pacing', { mode: 'self', allOpen: false })).opensAt?.[3]).toBe(zonedToEpoch('2026-03-20', '00:00', 'America/Chicago'));
  });

  it('leaves: forgets the class, pacing back to self, every note kept', async () => {
    await fillEverything();
    const journal = await journalRepo.list();
    await classRepo.leave();
    expect(await classRepo.get()).toBeUndefined();
    expect(await settingsRepo.get('pacing', { mode: 'class', allOpen: true })).toEqual({ mode: 'self', allOpen: false });
    expect(await journalRepo.list()).toEqual(journal);
  });

  it('refuses to store a pack that does not pass the checks', async () => {
    await expect(classRepo.join({ ...pack, name: '' })).rejects.toThrow('The class name is missing.');
    expect(await classRepo.get()).toBeUndefined();
  });

  it('treats a damaged stored class as no class', async () => {
    await settingsRepo.set('classPack', { ...pack, meetings: 'gone' } as unknown as ClassPack);
    expect(await classRepo.get()).toBeUndefined();
  });

  it('keeps the facilitator’s draft, and reads a damaged one leniently', async () => {
    const fresh = { ...pack, name: '' };
    expect(await classRepo.draft(fresh)).toEqual(fresh);
    await classRepo.saveDraft({ ...fresh, name: 'Draft class' });
    expect((await classRepo.draft(fresh)).name).toBe('Draft class');
  });
});

describe('importing a bad pack', () => {
  const BAD_SOURCES: readonly [string, () => Promise<{ code: string } | { json: string }>][] = [
    ['a link that is not base64', async () => ({ code: '%%%not-a-pack%%%' })],
    ['a link cut short', async () => ({ code: (await encodeClassPack(pack)).slice(0, 120) })],
    ['a future version', async () => ({ json: JSON.stringify({ ...pack, version: 9 }) })],
    ['another app’s file', async () => ({ json: JSON.stringify({ app: 'other', version: 1 }) })],
    ['a file over 64 KB', async () => ({ json: JSON.stringify({ ...pack, padding: 'x'.repeat(CLASS_PACK_MAX_BYTES) }) })],
    ['a pack with meetings out of order', async () => ({ json: JSON.stringify({ ...pack, meetings: [...pack.meetings].reverse() }) })],
    ['a prototype attack', async () => ({ json: `{"__proto__":{"app":"${CLASS_PACK_APP}","version":1}}` })],
  ];

  for (const [what, source] of BAD_SOURCES) {
    it(`changes nothing in the database: ${what}`, async () => {
      await fillEverything();
      const before = await dumpAll();
      const result = await importClassPack(await source());
      expect(result.ok).toBe(false);
      expect(await dumpAll()).toEqual(before);
    });
  }

  it('changes nothing on a fresh device either', async () => {
    const before = await dumpAll();
    expect((await importClassPack({ json: 'not json' })).ok).toBe(false);
    expect(await dumpAll()).toEqual(before);
  });

  it('joins from a good link', async () => {
    const result = await importClassPack({ code: await encodeClassPack(pack) });
    expect(result.ok).toBe(true);
    expect(await classRepo.get()).toEqual(pack);
  });
});
