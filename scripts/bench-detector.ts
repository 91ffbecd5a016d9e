/**
 * Bench for the message reader (the rules and the nudge model together, as the
 * extension's background reads):
 * - precision, recall and F1 for "nudge or not" on the frozen held-out split, overall and
 *   per kind, at standard and gentle (never trained or tuned on: the honest figure);
 * - median and 95th-percentile time of one reading on realistic messages of 200, 2,000
 *   and 10,000 characters, built by joining corpus messages (not repeated sentences),
 *   for the combined reader and for the rules alone;
 * - the first read after a cold start, in a fresh Node process running the reader bundled
 *   as the extension bundles it: load, decode the model, compile the lexicon, read once;
 * - the weights file's size;
 * - Spanish (bench-spanish.ts): style nudges on Spanish messages (should be none) and help
 *   found on the Spanish despair and danger messages.
 * Everything is read with readForChip, as the background reads: the English reader, quiet on
 * another language but for help.
 *
 *   npx tsx scripts/bench-detector.ts           # a small table
 *   npx tsx scripts/bench-detector.ts --json    # the same report as JSON
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { detectCues, MAX_ANALYSED_CHARS } from '../shared/domain/nudge/cue-detector.ts';
import type { CueReading } from '../shared/domain/nudge/cue-reading.ts';
import { readForChip, warmUpChipReader } from '../shared/domain/nudge/cue-reading-language.ts';
import { f1 } from '../shared/domain/nudge/cue-metrics.ts';
import { MODEL_WINDOW_CHARS } from '../shared/domain/nudge/cue-model.ts';
import { ROOT, readSplit, type CorpusLine } from './cue-corpus.ts';
import { scoreSpanish, spanishLine, type SpanishFigures } from './bench-spanish.ts';
// The training script's seeded xorshift32, so the realistic messages are the same on every run.
import { prng } from './train-model.ts';

/** Timing of one message size, in milliseconds. */
export interface SizeTiming {
  chars: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** The rules alone on the same texts. */
  rulesMedianMs: number;
  rulesP95Ms: number;
}

/** Precision, recall and F1 on one group. */
export interface Figures {
  messages: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Everything the bench measures. */
export interface BenchReport {
  node: string;
  sizes: SizeTiming[];
  /** A 50,000-character paste; the rules read its last MAX_ANALYSED_CHARS, the model its last MODEL_WINDOW_CHARS. */
  longPaste: SizeTiming;
  /** A fresh process: load the bundled reader, then the first read of 2,000 characters (which decodes the model and compiles the lexicon). */
  coldStart: ColdStart;
  /** The same for a 200-character message, as a person's first message usually is (V8 compiles differently for short texts). */
  coldStartShort: ColdStart;
  weights: { bytes: number; gzipBytes: number };
  heldOut: {
    standard: Figures;
    gentle: Figures;
    byKind: Record<string, Figures & { kind: string }>;
    noneByKind: Record<string, { messages: number; nudged: number }>;
    /** Help lines the model offered where no rule found help: how often, and how often the message was labelled crisis or safety. */
    modelHelp: { offered: number; crisisOrSafety: number; nudge: number };
  };
  dev: Figures;
  spanish: SpanishFigures;
}

export function makeMessage(pool: readonly string[], length: number, seed: number): string {
  const next = prng(seed);
  let out = '';
  while (out.length < length) out += (out ? (next() < 0.3 ? '\n\n' : ' ') : '') + pool[Math.floor(next() * pool.length)];
  return out.slice(0, length);
}

function percentile(sorted: readonly number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)]!;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function timeIt(texts: readonly string[], runs: number, warmup: number, read: (t: string) => unknown): number[] {
  for (let i = 0; i < warmup; i++) read(texts[i % texts.length]!);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length]!;
    const t0 = performance.now();
    read(text);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Times the combined reader and the rules alone over a few texts of one size, after a warm-up. */
export function timeSize(pool: readonly string[], chars: number, runs: number, warmup: number): SizeTiming {
  const texts = Array.from({ length: 8 }, (_, i) => makeMessage(pool, chars, 1 + i * 7919));
  const combined = timeIt(texts, runs, warmup, (t) => readForChip(t));
  const rules = timeIt(texts, runs, warmup, (t) => detectCues(t));
  return {
    chars,
    runs,
    medianMs: round(percentile(combined, 50)),
    p95Ms: round(percentile(combined, 95)),
    rulesMedianMs: round(percentile(rules, 50)),
    rulesP95Ms: round(percentile(rules, 95)),
  };
}

function figures(labels: readonly boolean[], nudged: readonly boolean[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  labels.forEach((label, i) => {
    if (nudged[i] && label) tp++;
    else if (nudged[i]) fp++;
    else if (label) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { messages: labels.length, precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)), tp, fp, fn, tn };
}

/** The kind a nudge is shown as: help, else the model's tone or topic. */
function shownKind(r: CueReading): string | null {
  if (!r.nudge) return null;
  return r.help ?? (r.modelKind === 'topic' ? 'topic' : 'tone');
}

/** Scores the frozen held-out split: overall at both sensitivities, and per kind at standard. */
export function scoreHeldOut(lines: readonly CorpusLine[]): BenchReport['heldOut'] {
  const labels = lines.map((l) => l.label === 'nudge');
  const standard = lines.map((l) => readForChip(l.text, { sensitivity: 'standard' }));
  const gentle = lines.map((l) => readForChip(l.text, { sensitivity: 'gentle' }));
  const byKind: BenchReport['heldOut']['byKind'] = {};
  for (const kind of ['tone', 'topic', 'crisis', 'safety']) {
    // Recall: of the messages labelled this kind, the share nudged (any kind).
    const of = lines.map((l, i) => [l, standard[i]!] as const).filter(([l]) => l.kind === kind);
    const found = of.filter(([, r]) => r.nudge).length;
    // Precision: of the messages shown as this kind, the share that should have nudged.
    const shown = lines.map((l, i) => [l, standard[i]!] as const).filter(([, r]) => shownKind(r) === kind);
    const right = shown.filter(([l]) => l.label === 'nudge').length;
    const precision = shown.length === 0 ? 1 : right / shown.length;
    const recall = of.length === 0 ? 1 : found / of.length;
    byKind[kind] = { kind, messages: of.length, precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)), tp: found, fp: shown.length - right, fn: of.length - found, tn: 0 };
  }
  const noneByKind: BenchReport['heldOut']['noneByKind'] = {};
  lines.forEach((l, i) => {
    if (l.label !== 'none') return;
    const k = (noneByKind[l.kind] ??= { messages: 0, nudged: 0 });
    k.messages++;
    if (standard[i]!.nudge) k.nudged++;
  });
  const modelHelp = { offered: 0, crisisOrSafety: 0, nudge: 0 };
  lines.forEach((l, i) => {
    if (standard[i]!.help === null || detectCues(l.text).help !== null) return;
    modelHelp.offered++;
    if (l.kind === 'crisis' || l.kind === 'safety') modelHelp.crisisOrSafety++;
    if (l.label === 'nudge') modelHelp.nudge++;
  });
  return { standard: figures(labels, standard.map((r) => r.nudge)), gentle: figures(labels, gentle.map((r) => r.nudge)), byKind, noneByKind, modelHelp };
}

interface ColdStart {
  loadMs: number;
  firstReadMs: number;
  totalMs: number;
}

/**
 * A cold start as the background has it: the reader bundled into one file (as vite
 * bundles the service worker), run in a fresh Node process. Median of seven (single runs vary by a tenth or more).
 */
export async function coldStart(chars = 2_000): Promise<ColdStart> {
  const dir = mkdtempSync(join(tmpdir(), 'alongside-cold-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `const t0 = performance.now();
const { readForChip, warmUpChipReader } = await import(${JSON.stringify(join(ROOT, 'shared/domain/nudge/cue-reading-language.ts'))});
const t1 = performance.now();
// The first read with nothing prepared: it decodes the model and compiles the lexicon itself.
readForChip(process.argv[2]);
const t2 = performance.now();
void warmUpChipReader;
console.log(JSON.stringify({ loadMs: t1 - t0, firstReadMs: t2 - t1, totalMs: t2 - t0 }));
`,
    );
    const out = join(dir, 'reader.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
    const text = makeMessage(readSplit('train').map((l) => l.text), chars, 4242);
    const runs = [0, 1, 2, 3, 4, 5, 6].map(() => JSON.parse(execFileSync(process.execPath, [out, text], { encoding: 'utf8' })) as ColdStart);
    runs.sort((a, b) => a.totalMs - b.totalMs);
    const m = runs[3]!;
    return { loadMs: round(m.loadMs), firstReadMs: round(m.firstReadMs), totalMs: round(m.totalMs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the whole bench and returns the report. */
export async function runBench(): Promise<BenchReport> {
  const cold = await coldStart();
  const coldShort = await coldStart(200);
  warmUpChipReader();
  const pool = [...readSplit('train'), ...readSplit('dev')].map((l) => l.text);
  const sizes = [timeSize(pool, 200, 3_000, 300), timeSize(pool, 2_000, 1_500, 150), timeSize(pool, 10_000, 400, 40)];
  const longPaste = timeSize(pool, 50_000, 200, 20);
  const weightsFile = join(ROOT, 'shared/content/cues/cue-model-en.json');
  const dev = readSplit('dev');
  return {
    node: process.version,
    sizes,
    longPaste,
    coldStart: cold,
    coldStartShort: coldShort,
    weights: { bytes: statSync(weightsFile).size, gzipBytes: gzipSync(readFileSync(weightsFile), { level: 9 }).length },
    heldOut: scoreHeldOut(readSplit('held-out')),
    dev: figures(dev.map((l) => l.label === 'nudge'), dev.map((l) => readForChip(l.text).nudge)),
    spanish: scoreSpanish(),
  };
}

function printTable(report: BenchReport): void {
  const fig = (name: string, f: Figures): string =>
    `  ${name.padEnd(22)} ${String(f.messages).padStart(5)}  ${f.precision.toFixed(3).padStart(9)}  ${f.recall.toFixed(3).padStart(6)}  ${f.f1.toFixed(3).padStart(5)}  ${[f.tp, f.fp, f.fn].map((n) => String(n).padStart(4)).join(' ')}`;
  const h = report.heldOut;
  const lines = [
    `Message reader (rules + nudge model) — node ${report.node}`,
    '',
    '  chars     runs   median ms   p95 ms   rules alone: median   p95',
    ...[...report.sizes, report.longPaste].map(
      (t) =>
        `  ${String(t.chars).padStart(6)}  ${String(t.runs).padStart(6)}  ${t.medianMs.toFixed(3).padStart(10)}  ${t.p95Ms.toFixed(3).padStart(7)}  ${t.rulesMedianMs.toFixed(3).padStart(20)}  ${t.rulesP95Ms.toFixed(3).padStart(6)}`,
    ),
    `  (messages joined from corpus messages; the ${report.longPaste.chars.toLocaleString('en')}-char paste: rules read the last ${MAX_ANALYSED_CHARS.toLocaleString('en')} chars, the model ${MODEL_WINDOW_CHARS.toLocaleString('en')})`,
    '',
    `  cold start in a fresh process (bundled): load ${report.coldStart.loadMs.toFixed(1)} ms, then the first read of 2,000 chars (decodes the model, compiles the lexicon) ${report.coldStart.firstReadMs.toFixed(1)} ms; total ${report.coldStart.totalMs.toFixed(1)} ms`,
    `  the same with a 200-char first message: total ${report.coldStartShort.totalMs.toFixed(1)} ms`,
    `  weights file: ${(report.weights.bytes / 1024).toFixed(0)} KB (${(report.weights.gzipBytes / 1024).toFixed(0)} KB gzipped)`,
    '',
    '  frozen held-out set      msgs  precision  recall     F1    tp   fp   fn',
    fig('standard', h.standard),
    fig('gentle', h.gentle),
    ...Object.values(h.byKind).map((k) => fig(`  ${k.kind} (standard)`, k)),
    `  none nudged at standard: ${Object.entries(h.noneByKind).map(([k, v]) => `${k} ${v.nudged}/${v.messages}`).join(', ')}`,
    `  help lines from the model alone: ${h.modelHelp.offered} messages, ${h.modelHelp.crisisOrSafety} labelled crisis or safety, ${h.modelHelp.nudge} labelled nudge`,
    fig('dev (tuned on)', report.dev),
    '  (held-out is never trained or tuned on; per kind: recall over messages of that kind, precision over nudges shown as it)',
    '',
    `  ${spanishLine(report.spanish)} (of its kind: ${report.spanish.helpOfItsKind}; help on other messages: ${report.spanish.needlessHelp})`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await runBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(report);
}
