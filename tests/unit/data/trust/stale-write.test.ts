import { afterEach, describe, expect, it } from 'vitest';
import { journalRepo } from '../../../../shared/data/course/course-repos.ts';
import type { JournalEntry } from '../../../../shared/domain/course/journal.ts';
import { allowReopenAfterWipe, destroyDb } from '../../../../shared/data/db.ts';
import { enableLock, resetLock } from '../../../../shared/data/trust/lock.ts';
import { StaleWriteError, isStaleWrite } from '../../../../shared/data/trust/stale-write.ts';
import { StorageError } from '../../../../shared/data/errors.ts';
import { keepBoth } from '../../../../shared/domain/trust/keep-both.ts';
import { problemText } from '../../../../shared/ui/base/problem.ts';

afterEach(async () => {
  allowReopenAfterWipe();
  await resetLock();
  await destroyDb();
});

const note = (text: string) => ({ kind: 'note' as const, prompt: '', text });

/** What `save` threw, or undefined when it saved. */
async function refusal(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('a save from a stale copy (two tabs)', () => {
  it('is refused, with the other tab’s copy attached, and leaves what that tab saved as it is', async () => {
    const loaded = await journalRepo.save(note('First words.'));
    // Another tab, which loaded the same copy, saves first.
    const theirs = await journalRepo.save({ ...loaded, text: 'Words from the other tab.' }, { base: loaded.updatedAt });
    const error = await refusal(journalRepo.save({ ...loaded, text: 'Words from this tab.' }, { base: loaded.updatedAt }));
    expect(isStaleWrite(error)).toBe(true);
    expect((error as StaleWriteError).theirs).toEqual(theirs);
    expect(error).toBeInstanceOf(StorageError);
    expect(problemText(error)).toBe('This entry changed in another tab. Keep this version, keep the other, or keep both.');
    expect((await journalRepo.get(loaded.id))?.text).toBe('Words from the other tab.');
  });

  it('passes when the copy is still the stored one, and again from the copy that save returned', async () => {
    const loaded = await journalRepo.save(note('First words.'));
    const once = await journalRepo.save({ ...loaded, text: 'Second.' }, { base: loaded.updatedAt });
    const twice = await journalRepo.save({ ...once, text: 'Third.' }, { base: once.updatedAt });
    expect((await journalRepo.get(loaded.id))?.text).toBe('Third.');
    expect(twice.updatedAt).toBeGreaterThan(once.updatedAt);
  });

  it('keeps the person’s choice after a refusal: saving on the other tab’s copy passes', async () => {
    const loaded = await journalRepo.save(note('Shared start.'));
    await journalRepo.save({ ...loaded, text: 'Theirs.' });
    const error = (await refusal(journalRepo.save({ ...loaded, text: 'Mine.' }, { base: loaded.updatedAt }))) as StaleWriteError<JournalEntry>;
    const kept = await journalRepo.save({ ...error.theirs!, text: keepBoth(error.theirs!.text, 'Mine.') }, { base: error.theirs!.updatedAt });
    expect(kept.text).toBe('Theirs.\n\nMine.');
  });

  it('treats a record deleted in another tab as changed, and base 0 as "it did not exist"', async () => {
    const loaded = await journalRepo.save(note('Soon deleted.'));
    await journalRepo.remove(loaded.id);
    const error = await refusal(journalRepo.save({ ...loaded, text: 'Edited here.' }, { base: loaded.updatedAt }));
    expect(isStaleWrite(error) && error.theirs).toBeUndefined();
    expect(isStaleWrite(error)).toBe(true);
    // Keeping this version brings it back.
    await journalRepo.save({ ...loaded, text: 'Edited here.' }, { base: 0 });
    expect((await journalRepo.get(loaded.id))?.text).toBe('Edited here.');
    // base 0 with a record stored is stale: it was created elsewhere meanwhile.
    expect(isStaleWrite(await refusal(journalRepo.save({ ...loaded, text: 'Again.' }, { base: 0 })))).toBe(true);
  });

  it('is refused the same way when the journal is sealed by the app lock', async () => {
    const loaded = await journalRepo.save(note('Before the lock.'));
    await enableLock('blue kettle on sunday');
    const current = (await journalRepo.get(loaded.id))!;
    await journalRepo.save({ ...current, text: 'Other tab, locked.' }, { base: current.updatedAt });
    expect(isStaleWrite(await refusal(journalRepo.save({ ...current, text: 'This tab, locked.' }, { base: current.updatedAt })))).toBe(true);
    expect((await journalRepo.get(loaded.id))?.text).toBe('Other tab, locked.');
  });

  it('without a base, saves as before (the newest save wins)', async () => {
    const loaded = await journalRepo.save(note('One.'));
    await journalRepo.save({ ...loaded, text: 'Two.' });
    await journalRepo.save({ ...loaded, text: 'Three.' });
    expect((await journalRepo.get(loaded.id))?.text).toBe('Three.');
  });
});

describe('other tabs hear of a write', () => {
  it('by the store’s name only, never the words', async () => {
    const otherTab = new BroadcastChannel('alongside-records');
    const heard = new Promise<unknown>((resolve) => otherTab.addEventListener('message', (e) => resolve((e as MessageEvent).data), { once: true }));
    await journalRepo.save(note('A private sentence.'));
    expect(await heard).toEqual({ store: 'journal' });
    otherTab.close();
  });
});

describe('keeping both texts', () => {
  it('puts the other tab’s words first and this tab’s after, dropping neither', () => {
    expect(keepBoth('Theirs.', 'Mine.')).toBe('Theirs.\n\nMine.');
  });
  it('does not repeat words one version already holds', () => {
    expect(keepBoth('Start.', 'Start. And more from here.')).toBe('Start. And more from here.');
    expect(keepBoth('Start. And more from there.', 'Start.')).toBe('Start. And more from there.');
    expect(keepBoth('', 'Mine.')).toBe('Mine.');
    expect(keepBoth('Theirs.', '  ')).toBe('Theirs.');
  });
});
