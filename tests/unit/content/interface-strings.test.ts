import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templates } from '../../../shared/ui/base/locales/es.ts';
import { avoidedWordsInEs } from '../../support/voice-words-es.ts';

/**
 * Every interface string written with `msg()` has its Spanish in shared/content/interface/es.xlf,
 * and the built strings (`npm run localize`) are current. The strings are found as
 * `lit-localize extract` finds them, into a scratch folder, so the committed file is untouched.
 */
const CONFIG = resolve('shared/content/interface/lit-localize.json');
const scratch = mkdtempSync(join(tmpdir(), 'alongside-strings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Unit {
  id: string;
  target: string | undefined;
}

function units(xliff: string): Unit[] {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }));
}

function extractedNow(): Unit[] {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { inputFiles: string[]; output: Record<string, string>; interchange: Record<string, string> };
  const from = dirname(CONFIG);
  config.inputFiles = config.inputFiles.map((f) => resolve(from, f));
  config.output = { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'out', 'locale-codes.ts') };
  config.interchange = { ...config.interchange, xliffDir: scratch };
  const scratchConfig = join(scratch, 'lit-localize.json');
  writeFileSync(scratchConfig, JSON.stringify(config));
  const run = spawnSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`lit-localize extract failed:\n${run.stdout}\n${run.stderr}`);
  return units(readFileSync(join(scratch, 'es.xlf'), 'utf8'));
}

describe('the interface in Spanish', () => {
  const committed = units(readFileSync(resolve('shared/content/interface/es.xlf'), 'utf8'));

  // lit-localize reads every source file through TypeScript: 20-40 s alone on two cores, and
  // two to three times that while the other test files run beside it.
  it('has a Spanish string for every msg() in the code, and none left over', { timeout: 180_000 }, () => {
    const now = extractedNow();
    expect(now.length).toBeGreaterThan(0);
    expect(committed.map((u) => u.id).sort()).toEqual(now.map((u) => u.id).sort());
    expect(committed.filter((u) => !u.target?.trim()).map((u) => u.id)).toEqual([]);
  });

  it('is built: the strings the app loads are the ones in es.xlf (run `npm run localize` after editing it)', () => {
    expect(Object.keys(templates).sort()).toEqual(committed.map((u) => u.id).sort());
  });

  it('speaks as the Spanish content does: tú, person-first, no word on the avoided list', () => {
    const flagged = committed
      .map((u) => ({ id: u.id, target: (u.target ?? '').replace(/<x [^>]*\/>/g, 'eso') }))
      .flatMap((u) => avoidedWordsInEs(u.target).map((word) => `${u.id}: ${word} in "${u.target.slice(0, 80)}"`));
    expect(flagged).toEqual([]);
  });
});
