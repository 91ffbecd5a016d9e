import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from '../../../scripts/import-graph.ts';

/**
 * Errors from the data and domain layers carry a kind, not words: their `message` is for
 * developers ("storage: quota"). A screen that showed `error.message` would show that, so
 * every failure a person reads goes through `problemText` (shared/ui/base/problem.ts).
 */
const SHOWS_MESSAGE = /\b(?:e|err|error|reason)\.message\b/;

/** Where reading a message is not showing it: the one place that words errors, and the extension's background (it answers with codes). */
const ALLOWED = new Set(['shared/ui/base/problem.ts']);
const allowed = (file: string) => ALLOWED.has(file) || file.startsWith('extension/background/');

describe('failures reach people in words, never as an error message', () => {
  const files = sourceFiles('shared/ui', 'pwa', 'extension').map((f) => relative(ROOT, f));

  it('finds the pattern it looks for (so the check below means something)', () => {
    expect(SHOWS_MESSAGE.test('this.problem = error.message;')).toBe(true);
    expect(SHOWS_MESSAGE.test('this.message = text;')).toBe(false);
    expect(files.length).toBeGreaterThan(100);
  });

  it('no screen, element or page reads an error’s message to show it', () => {
    const offenders = files.filter((file) => !allowed(file) && SHOWS_MESSAGE.test(readFileSync(`${ROOT}/${file}`, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
