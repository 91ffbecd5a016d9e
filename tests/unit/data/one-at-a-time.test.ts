import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../shared/data/one-at-a-time.ts';

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
