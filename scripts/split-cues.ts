/**
 * Splits the labelled corpus into train, dev and a frozen held-out set.
 *
 *   npm run split-cues            # writes tests/fixtures/messages/split/*.jsonl
 *   npm run split-cues -- --check # says what it would do, writes nothing
 *
 * First run: every corpus line (after dropping exact and near duplicates, the first kept)
 * goes where a seeded hash of its normalised text says: about 70% train, 10% dev, 20%
 * held-out (more held-out if needed to reach 600). Lines close to the older hand-written
 * sets or the app's own example words never go to held-out, because those are trained on.
 * The older sets join train.
 *
 * Later runs: held-out is never rewritten. Lines already placed stay put; new lines go to
 * train or dev only; a new line equal or near to a held-out one is refused and reported.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentCases } from './cue-content-cases.ts';
import {
  NearDuplicateIndex,
  SPLIT_DIR,
  normalise,
  oldSets,
  readCorpus,
  readSplit,
  seededUnit,
  shingleFrequencies,
  toJsonl,
  type BadLine,
  type CorpusLine,
  type SplitName,
} from './cue-corpus.ts';

/** The split's fixed seed: changing it would reshuffle a first split, never a frozen one. */
export const SPLIT_SEED = 13_2026;
const TRAIN_SHARE = 0.7;
const DEV_SHARE = 0.1;
export const MIN_HELD_OUT = 600;

export interface SplitReport {
  bad: BadLine[];
  /** Corpus lines dropped as equal or near to an earlier line: [dropped, kept]. */
  duplicates: [string, string][];
  /** New lines refused because they are equal or near to a held-out line: [refused, held-out]. */
  refused: [string, string][];
  /** Corpus lines kept out of held-out because they are near an older set or the app's own words. */
  trainOnly: number;
  firstRun: boolean;
  counts: Record<SplitName, number>;
  added: Record<SplitName, number>;
  splits: Record<SplitName, CorpusLine[]>;
}

/** Computes the split (pure apart from reading files); `write` stores it. */
export async function splitCues(dir = SPLIT_DIR): Promise<SplitReport> {
  const { lines: corpus, bad } = readCorpus();
  const old = oldSets();
  const own = (await contentCases()).map((c) => c.text);
  const existing: Record<SplitName, CorpusLine[]> = { train: readSplit('train', dir), dev: readSplit('dev', dir), 'held-out': readSplit('held-out', dir) };
  const firstRun = !existsSync(join(dir, 'held-out.jsonl'));

  const frequencies = shingleFrequencies([...corpus, ...old, ...existing.train, ...existing.dev, ...existing['held-out']].map((l) => l.text).concat(own));
  const placed = new Set<string>();
  for (const name of ['train', 'dev', 'held-out'] as const) for (const l of existing[name]) placed.add(normalise(l.text));

  const heldOutIndex = new NearDuplicateIndex(frequencies);
  for (const l of existing['held-out']) heldOutIndex.add(l.text);
  // Everything already trained on, and the corpus lines kept so far.
  const seenIndex = new NearDuplicateIndex(frequencies);
  const seenTexts: string[] = [];
  const remember = (text: string): void => {
    seenIndex.add(text);
    seenTexts.push(text);
  };
  for (const l of [...existing.train, ...existing.dev]) remember(l.text);
  const trainedIndex = new NearDuplicateIndex(frequencies);
  for (const t of [...old.map((l) => l.text), ...own]) trainedIndex.add(t);

  const duplicates: [string, string][] = [];
  const refused: [string, string][] = [];
  const added: Record<SplitName, CorpusLine[]> = { train: [], dev: [], 'held-out': [] };

  // The older sets are train; on a first run they go in whole, later only what is new.
  for (const l of old) {
    if (placed.has(normalise(l.text))) continue;
    const h = heldOutIndex.find(l.text);
    if (h !== -1) {
      refused.push([l.text, heldOutIndex.text(h)]);
      continue;
    }
    placed.add(normalise(l.text));
    added.train.push(l);
  }

  const fresh: CorpusLine[] = [];
  for (const l of corpus) {
    if (placed.has(normalise(l.text))) continue;
    const h = heldOutIndex.find(l.text);
    if (h !== -1) {
      refused.push([l.text, heldOutIndex.text(h)]);
      continue;
    }
    const d = seenIndex.find(l.text);
    if (d !== -1) {
      duplicates.push([l.text, seenTexts[d]!]);
      continue;
    }
    remember(l.text);
    placed.add(normalise(l.text));
    fresh.push(l);
  }

  let trainOnly = 0;
  if (firstRun) {
    const eligible = fresh.filter((l) => trainedIndex.find(l.text) === -1).length;
    const heldOutShare = Math.min(0.3, Math.max(1 - TRAIN_SHARE - DEV_SHARE, (MIN_HELD_OUT * 1.05) / Math.max(1, eligible)));
    const devShare = DEV_SHARE * ((1 - heldOutShare) / (TRAIN_SHARE + DEV_SHARE));
    for (const l of fresh) {
      const u = seededUnit(normalise(l.text), SPLIT_SEED);
      if (u >= 1 - heldOutShare) {
        if (trainedIndex.find(l.text) === -1) {
          added['held-out'].push(l);
          continue;
        }
        trainOnly++;
      }
      added[seededUnit(normalise(l.text), SPLIT_SEED + 1) < devShare / (1 - heldOutShare) ? 'dev' : 'train'].push(l);
    }
  } else {
    for (const l of fresh) added[seededUnit(normalise(l.text), SPLIT_SEED + 1) < DEV_SHARE / (TRAIN_SHARE + DEV_SHARE) ? 'dev' : 'train'].push(l);
  }

  const splits: Record<SplitName, CorpusLine[]> = {
    train: [...existing.train, ...added.train],
    dev: [...existing.dev, ...added.dev],
    'held-out': firstRun ? added['held-out'] : existing['held-out'],
  };
  return {
    bad,
    duplicates,
    refused,
    trainOnly,
    firstRun,
    counts: { train: splits.train.length, dev: splits.dev.length, 'held-out': splits['held-out'].length },
    added: { train: added.train.length, dev: added.dev.length, 'held-out': added['held-out'].length },
    splits,
  };
}

/** Writes train and dev, and held-out only on a first run. */
export function writeSplit(report: SplitReport, dir = SPLIT_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.jsonl'), toJsonl(report.splits.train));
  writeFileSync(join(dir, 'dev.jsonl'), toJsonl(report.splits.dev));
  if (report.firstRun) writeFileSync(join(dir, 'held-out.jsonl'), toJsonl(report.splits['held-out']));
}

function print(report: SplitReport, wrote: boolean): void {
  const out: string[] = [];
  for (const b of report.bad) out.push(`skipped ${b.file}:${b.line}: ${b.problem}`);
  for (const [text, kept] of report.duplicates) out.push(`duplicate dropped: "${text}"  ~  "${kept}"`);
  for (const [text, held] of report.refused) out.push(`REFUSED (near a held-out message): "${text}"  ~  "${held}"`);
  out.push('');
  out.push(`${report.firstRun ? 'First split' : 'Held-out is frozen; new lines go to train and dev only'}.`);
  out.push(`bad lines ${report.bad.length}, duplicates dropped ${report.duplicates.length}, refused ${report.refused.length}, kept out of held-out as near trained-on text ${report.trainOnly}`);
  for (const name of ['train', 'dev', 'held-out'] as const) {
    const lines = report.splits[name];
    const nudges = lines.filter((l) => l.label === 'nudge').length;
    out.push(`  ${name.padEnd(9)} ${String(report.counts[name]).padStart(5)} (+${report.added[name]} new), nudge ${nudges}, none ${lines.length - nudges}`);
  }
  out.push(wrote ? `Wrote ${SPLIT_DIR}` : 'Nothing written (--check).');
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await splitCues();
  const check = process.argv.includes('--check');
  if (!check) writeSplit(report);
  print(report, !check);
}
