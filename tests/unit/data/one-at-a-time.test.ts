import { describe, expect, it } from 'vitest';
import { mergedOneAtATime, oneAtATime } from '../../../shared/data/one-at-a-time.ts';

describe('oneAtATime', () => {
  it('runs calls one after another, so a read-change-write never loses an earlier change', async () => {
    let stored: Record<string, string> = {};
    const update = oneAtATime(async (key: string, value: string) => {
      const read = { ...stored };
      await new Promise((r) => setTimeout(r, key === 'a' ? 20 : 1));
      stored = { ...read, [key]: value };
      return stored;
    });
    await Promise.all([update('a', '1'), update('b', '2')]);
    expect(stored).toEqual({ a: '1', b: '2' });
  });

  it('keeps going after a call fails, and that call still rejects', async () => {
    const seen: string[] = [];
    const run = oneAtATime(async (x: string) => {
      if (x === 'bad') throw new Error('full disk');
      seen.push(x);
    });
    const results = await Promise.allSettled([run('one'), run('bad'), run('two')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(seen).toEqual(['one', 'two']);
  });
});

describe('mergedOneAtATime', () => {
  /** A write that waits until the test lets it finish, and says when it has started. */
  function gate() {
    let open: () => void = () => undefined;
    let started: () => void = () => undefined;
    const hasStarted = new Promise<void>((r) => (started = r));
    const opened = new Promise<void>((r) => (open = r));
    return { hasStarted, opened, open, started };
  }

  it('merges changes made while a write runs into one next write, and each call gets the write that stored it', async () => {
    const writes: Record<string, string>[] = [];
    const g = gate();
    const update = mergedOneAtATime(
      async (change: Record<string, string>) => {
        if (writes.length === 0) {
          g.started();
          await g.opened;
        }
        writes.push(change);
        return writes.length;
      },
      (a, b) => ({ ...a, ...b }),
    );
    const first = update({ who: 'Aunt Mei' });
    await g.hasStarted;
    const second = update({ helps: 'A quiet room' });
    const third = update({ declined: 'yes' });
    const fourth = update({ helps: 'A quiet room and one calm voice' });
    g.open();
    expect(await Promise.all([first, second, third, fourth])).toEqual([1, 2, 2, 2]);
    expect(writes).toEqual([{ who: 'Aunt Mei' }, { helps: 'A quiet room and one calm voice', declined: 'yes' }]);
    // Nothing is waiting now: the next change gets a write of its own.
    expect(await update({ who: 'Aunt Mei, then the clinic' })).toBe(3);
  });

  it('rejects every change of a failed write, and keeps going after it', async () => {
    const g = gate();
    let calls = 0;
    const update = mergedOneAtATime(
      async (change: string[]) => {
        if (++calls === 1) {
          g.started();
          await g.opened;
          throw new Error('full disk');
        }
        return change;
      },
      (a, b) => [...a, ...b],
    );
    const failed = update(['a']);
    await g.hasStarted;
    const next = [update(['b']), update(['c'])];
    g.open();
    await expect(failed).rejects.toThrow('full disk');
    expect(await Promise.all(next)).toEqual([
      ['b', 'c'],
      ['b', 'c'],
    ]);
  });
});
