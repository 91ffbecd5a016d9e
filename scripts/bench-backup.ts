/**
 * Bench for backup and the app lock, in Node with fake-indexeddb (so it measures our code
 * and WebCrypto, not a browser's IndexedDB): export and import time for 5,000 and 50,000
 * records across every store, a protected export, the one-off cost of sealing everything
 * when the lock is turned on, reading everything with the lock on, and unlock time
 * (PBKDF2-SHA-256 at 600,000 iterations, then checking the key).
 *
 *   npx tsx scripts/bench-backup.ts           # a small table
 *   npx tsx scripts/bench-backup.ts --json    # the same report as JSON
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { exportBackup, importBackup, readEverything } from '../shared/data/trust/backup.ts';
import { PBKDF2_ITERATIONS } from '../shared/data/trust/crypto.ts';
import { destroyDb } from '../shared/data/db.ts';
import { enableLock, lock, resetLock, unlock } from '../shared/data/trust/lock.ts';
import { fillDatabase } from '../tests/support/db-dump.ts';
import { countRecords, makeRecords } from '../tests/support/make-records.ts';

/** Timings for one database size, in milliseconds (medians). */
export interface SizeReport {
  records: number;
  fileMb: number;
  exportMs: number;
  exportProtectedMs: number;
  importReplaceMs: number;
  importMergeMs: number;
  lockOnMs: number;
  readAllLockedMs: number;
  runs: number;
}

/** Everything the bench measures. */
export interface BackupBenchReport {
  node: string;
  pbkdf2Iterations: number;
  sizes: SizeReport[];
  unlockMs: number;
  unlockRuns: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

async function fresh(fill?: Record<string, object[]>): Promise<void> {
  await resetLock();
  await destroyDb();
  if (fill) await fillDatabase(fill);
}

async function benchSize(total: number, runs: number): Promise<SizeReport> {
  const fill = makeRecords(total, 42);
  const t = { export: [] as number[], protected: [] as number[], replace: [] as number[], merge: [] as number[], lockOn: [] as number[], read: [] as number[] };
  let fileMb = 0;
  for (let i = 0; i < runs; i++) {
    await fresh(fill);
    let text = '';
    t.export.push(await time(async () => (text = (await exportBackup()).text)));
    fileMb = text.length / 1024 / 1024;
    t.protected.push(await time(() => exportBackup({ passphrase: 'a bench passphrase' })));
    await fresh();
    t.replace.push(await time(() => importBackup(text, { mode: 'replace' })));
    t.merge.push(await time(() => importBackup(text, { mode: 'merge' })));
    t.lockOn.push(await time(() => enableLock('a bench passcode')));
    t.read.push(await time(() => readEverything()));
  }
  await fresh();
  return {
    records: countRecords(fill),
    fileMb: round(fileMb),
    exportMs: round(median(t.export)),
    exportProtectedMs: round(median(t.protected)),
    importReplaceMs: round(median(t.replace)),
    importMergeMs: round(median(t.merge)),
    lockOnMs: round(median(t.lockOn)),
    readAllLockedMs: round(median(t.read)),
    runs,
  };
}

/** Runs the whole bench and returns the report. */
export async function runBench(): Promise<BackupBenchReport> {
  const sizes = [await benchSize(5_000, 5), await benchSize(50_000, 3)];
  await fresh(makeRecords(200, 1));
  await enableLock('a bench passcode');
  const unlocks: number[] = [];
  for (let i = 0; i < 7; i++) {
    await lock();
    unlocks.push(await time(() => unlock('a bench passcode')));
  }
  await fresh();
  return { node: process.version, pbkdf2Iterations: PBKDF2_ITERATIONS, sizes, unlockMs: round(median(unlocks)), unlockRuns: unlocks.length };
}

function printTable(r: BackupBenchReport): void {
  const lines = [
    `Backup and app lock — node ${r.node}, fake-indexeddb, PBKDF2 ${r.pbkdf2Iterations.toLocaleString('en')} iterations`,
    '',
    '  records   file MB   export   protected   import (replace)   import (merge)   lock on   read all (locked)',
    ...r.sizes.map(
      (s) =>
        `  ${String(s.records).padStart(7)}  ${s.fileMb.toFixed(1).padStart(8)}  ${s.exportMs.toFixed(0).padStart(7)}  ${s.exportProtectedMs.toFixed(0).padStart(10)}  ${s.importReplaceMs.toFixed(0).padStart(17)}  ${s.importMergeMs.toFixed(0).padStart(15)}  ${s.lockOnMs.toFixed(0).padStart(8)}  ${s.readAllLockedMs.toFixed(0).padStart(18)}   (ms, median of ${s.runs})`,
    ),
    '',
    `  unlock (derive the key, check it): ${r.unlockMs.toFixed(1)} ms (median of ${r.unlockRuns})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await runBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(report);
}
