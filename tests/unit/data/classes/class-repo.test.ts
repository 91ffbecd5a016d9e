import { afterEach, describe, expect, it } from 'vitest';
import { destroyDb, getDb } from '../../../../shared/data/db.ts';
import { STORE_NAMES, type StoreName } from '../../../../shared/data/schema.ts';
import { classRepo, openClassPack, type ClassSource } from '../../../../shared/data/classes/class-repo.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { journalRepo } from '../../../../shared/data/course/course-repos.ts';
import { CLASS_PACK_APP, CLASS_PACK_MAX_BYTES, DEFAULT_AGREEMENTS, type ClassPack } from '../../../../shared/domain/classes/class-pack.ts';
import { generateMeetings } from '../../../../shared/domain/classes/class-meetings.ts';
import { TOO_LARGE, encodeClassPack } from '../../../../shared/domain/classes/class-pack-codec.ts';
import { packProblemText } from '../../../../shared/content/classes/pack-problems-en.ts';
import { zonedToEpoch } from '../../../../shared/domain/classes/zoned-time.ts';
import { v3Fill } from '../../../fixtures/db-v3.ts';
import { BAD_LINKS, BAD_PACKS, FAKE_LIFELINE, codeFor } from '../../../fixtures/hostile-class-packs.ts';
import { dumpDatabase } from '../../../support/db-dump.ts';
import { classChangeText } from '../../../../shared/content/classes/class-changes-en.ts';

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
    // The third meeting is for the third week read: the treatments lesson, key 9.
    expect(pacing.opensAt?.[9]).toBe(zonedToEpoch('2026-03-19', '00:00', 'America/Chicago'));
    expect(Object.keys(pacing.opensAt ?? {})).toHaveLength(9);
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
    expect((await settingsRepo.get('pacing', { mode: 'self', allOpen: false })).opensAt?.[9]).toBe(zonedToEpoch('2026-03-20', '00:00', 'America/Chicago'));
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
    await expect(classRepo.join({ ...pack, name: '' })).rejects.toMatchObject({ problem: { kind: 'empty', field: 'name' } });
    expect(await classRepo.get()).toBeUndefined();
  });

  it('treats a damaged stored class as no class', async () => {
    await settingsRepo.set('classPack', { ...pack, meetings: 'gone' } as unknown as ClassPack);
    expect(await classRepo.get()).toBeUndefined();
  });

  it('gives session mode the facilitator’s draft, else the joined class, else the defaults', async () => {
    expect(await classRepo.sessionClass()).toEqual({ agreements: DEFAULT_AGREEMENTS, minutes: 90, fromClass: false });
    await classRepo.join({ ...pack, minutes: 60 });
    expect(await classRepo.sessionClass()).toEqual({ agreements: ['It is fine to pass.'], minutes: 60, fromClass: true });
    await classRepo.saveDraft({ ...pack, agreements: ['Phones on silent.'], minutes: 120 });
    expect(await classRepo.sessionClass()).toEqual({ agreements: ['Phones on silent.'], minutes: 120, fromClass: true });
  });

  it('never shows a fake crisis line from a class joined before the phone and website checks: that resource goes, the class stays', async () => {
    // Stored as an older Alongside would have kept it, without the checks of today.
    await settingsRepo.set('classPack', { ...pack, resources: [FAKE_LIFELINE, ...pack.resources] });
    expect(await classRepo.get()).toEqual(pack);
    await settingsRepo.set('classPack', { ...pack, name: '' });
    expect(await classRepo.get()).toBeUndefined();
  });

  it('keeps the facilitator’s draft, and reads a damaged one leniently', async () => {
    const fresh = { ...pack, name: '' };
    expect(await classRepo.draft(fresh)).toEqual(fresh);
    await classRepo.saveDraft({ ...fresh, name: 'Draft class' });
    expect((await classRepo.draft(fresh)).name).toBe('Draft class');
  });
});

describe('opening a pack the way the join screen does', () => {
  /** What the join screen does with a link or a file: open it, and join only when it can be used. */
  async function openAndJoin(source: ClassSource) {
    const opening = await openClassPack(source);
    if (opening.ok) await opening.join();
    return opening;
  }

  /** The same pack as the three things a person can bring: a file's text, a picked file, and a link. */
  async function sourcesOf(json: string): Promise<[string, ClassSource][]> {
    return [
      ['file text', { json }],
      ['picked file', { file: new Blob([json], { type: 'application/json' }) }],
      ['link', { code: await codeFor(json) }],
    ];
  }

  it(`covers every hostile pack and link in the shared fixture (${BAD_PACKS.length} packs, ${BAD_LINKS.length} links)`, () => {
    expect(BAD_PACKS.length).toBeGreaterThanOrEqual(30);
    expect(BAD_LINKS.length).toBeGreaterThanOrEqual(12);
  });

  for (const { what, make } of BAD_PACKS) {
    it(`changes nothing in the database: ${what}`, async () => {
      await fillEverything();
      const before = await dumpDatabase();
      for (const [as, source] of await sourcesOf(JSON.stringify(make()))) {
        const opening = await openAndJoin(source);
        expect(opening.ok, `${what}, as a ${as}`).toBe(false);
        if (!opening.ok) expect(packProblemText(opening.problem), as).toMatch(/^[A-Z].*\.$/s);
        expect(await dumpDatabase(), `${what}, as a ${as}`).toBe(before);
      }
    });
  }

  for (const { what, code, message } of BAD_LINKS) {
    it(`changes nothing in the database: ${what}`, async () => {
      await fillEverything();
      const before = await dumpDatabase();
      const opening = await openAndJoin({ code: await code() });
      expect(opening.ok).toBe(false);
      if (!opening.ok) expect(packProblemText(opening.problem)).toMatch(message);
      expect(await dumpDatabase()).toBe(before);
    });
  }

  it('changes nothing on a fresh device either', async () => {
    const before = await dumpDatabase();
    for (const source of [{ json: 'not json' }, { file: new Blob(['x'.repeat(CLASS_PACK_MAX_BYTES + 1)]) }, { code: '%%%' }]) {
      expect((await openAndJoin(source)).ok).toBe(false);
    }
    expect(await dumpDatabase()).toBe(before);
  });

  it('refuses a picked file over 64 KB without reading it', async () => {
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'size', { value: CLASS_PACK_MAX_BYTES + 1 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('read a file that was too large')) });
    expect(await openClassPack({ file })).toEqual({ ok: false, problem: TOO_LARGE });
  });

  it('previews a good link without storing it, then joins when asked', async () => {
    const before = await dumpDatabase();
    const opening = await openClassPack({ code: await encodeClassPack(pack) });
    if (!opening.ok) throw new Error(packProblemText(opening.problem));
    expect(opening).toMatchObject({ pack, current: undefined, changes: [] });
    expect(await dumpDatabase()).toBe(before);
    await opening.join();
    expect(await classRepo.get()).toEqual(pack);
  });

  it('previews an update from a file: what changes, and the class it changes', async () => {
    await classRepo.join(pack);
    const moved = structuredClone(pack);
    moved.meetings[2]!.date = '2026-03-20';
    const opening = await openClassPack({ file: new Blob([JSON.stringify(moved)]) });
    if (!opening.ok) throw new Error(packProblemText(opening.problem));
    expect(opening.current).toEqual(pack);
    expect(opening.changes.map((c) => classChangeText(c, 'en-US'))).toEqual([expect.stringMatching(/^The meeting for week 3 moved from Thursday, March 19.* to Friday, March 20/)]);
    await opening.join();
    expect((await classRepo.get())?.meetings[2]!.date).toBe('2026-03-20');
  });
});
