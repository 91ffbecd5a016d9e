/**
 * Trains the nudge model on the corpus's train split and the app's own example words,
 * picks the thresholds for 'standard' and 'gentle' on the dev split, and writes the
 * weights the extension's background loads (shared/content/cues/cue-model-en.json).
 * The held-out split is never read here.
 *
 *   npm run train-cues              # train with the chosen settings, print train/dev figures
 *   npm run train-cues -- --search  # also try a small grid of settings, scored on dev only
 *   npm run train-cues -- --check   # train and print, write nothing
 *   npm run train-cues -- --check --options='{"l2":0.001}'  # try other settings (dev only)
 *   npm run train-cues -- --check --misses                   # list the dev messages it gets wrong
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentCases } from './cue-content-cases.ts';
import { NUDGE_KINDS, ROOT, readSplit, type CorpusLine } from './cue-corpus.ts';
import { DEFAULT_OPTIONS, prepare, toData, train, type Prepared, type TrainExample, type TrainOptions } from './train-model.ts';
import { loadCueModel, type CueModel, type CueModelData, type ModelKind } from '../shared/domain/nudge/cue-model.ts';
import { readCues, type CueReading } from '../shared/domain/nudge/cue-reading.ts';
import { f1, scoreReadings } from '../shared/domain/nudge/cue-metrics.ts';

export const MODEL_FILE = join(ROOT, 'shared/content/cues/cue-model-en.json');
/** The app's own words count this much more than a corpus line: they must never nudge. */
const OWN_WORDS_WEIGHT = 3;
/** Standard keeps precision at least this on dev, with a margin over the 0.92 goal. */
const STANDARD_PRECISION = 0.94;
/** Gentle nudges only when surer. */
const GENTLE_PRECISION = 0.97;
/** p(crisis or safety) for the model alone to offer help lines. */
export const HELP_THRESHOLD = 0.7;

export function toExample(line: CorpusLine, weight = 1): TrainExample {
  const kind = (NUDGE_KINDS as readonly string[]).includes(line.kind) && line.label === 'nudge' ? (line.kind as ModelKind) : null;
  return { text: line.text, nudge: line.label === 'nudge', kind, weight };
}

/** Train split plus the app's own words, as none. */
export async function trainingExamples(): Promise<TrainExample[]> {
  const own = await contentCases();
  return [...readSplit('train').map((l) => toExample(l)), ...own.map((c) => ({ text: c.text, nudge: false, kind: null, weight: OWN_WORDS_WEIGHT }))];
}

/** Combined readings of labelled lines with a model, at a sensitivity. */
function readAll(lines: readonly { text: string }[], model: CueModel, sensitivity: 'standard' | 'gentle' = 'standard'): CueReading[] {
  return lines.map((l) => readCues(l.text, { model, sensitivity }));
}

interface Figures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function figures(lines: readonly TrainExample[], readings: readonly CueReading[]): Figures {
  const s = scoreReadings(lines.map((l) => ({ text: l.text, nudge: l.nudge })), readings);
  return { precision: s.precision, recall: s.recall, f1: f1(s.precision, s.recall), tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn };
}

/**
 * The lowest threshold whose dev precision reaches `precision` (more recall), or the one
 * with the best F1 when none does. Reads the combined reader, with help and all.
 */
function pickThreshold(dev: readonly TrainExample[], data: CueModelData, precision: number, floor: number): { t: number; at: Figures } {
  let best: { t: number; at: Figures } | null = null;
  let bestF1: { t: number; at: Figures } | null = null;
  for (let i = 5; i <= 95; i++) {
    const t = i / 100;
    if (t < floor) continue;
    const model = loadCueModel({ ...data, thresholds: { standard: t, gentle: t } });
    const at = figures(dev, readAll(dev, model));
    if (!bestF1 || at.f1 > bestF1.at.f1) bestF1 = { t, at };
    if (!best && at.precision >= precision) best = { t, at };
  }
  return best ?? bestF1!;
}

/** Trains with these settings and picks thresholds on dev. */
export function fit(trainSet: readonly Prepared[], dev: readonly TrainExample[], options: TrainOptions): { data: CueModelData; standard: Figures; gentle: Figures } {
  const draft = toData(train(trainSet, options), undefined, HELP_THRESHOLD);
  const standard = pickThreshold(dev, draft, STANDARD_PRECISION, 0);
  const gentle = pickThreshold(dev, draft, GENTLE_PRECISION, standard.t);
  const data = { ...draft, thresholds: { standard: standard.t, gentle: gentle.t } };
  return { data, standard: standard.at, gentle: gentle.at };
}

const fmt = (f: Figures): string =>
  `precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  (tp ${f.tp} fp ${f.fp} fn ${f.fn} tn ${f.tn})`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const t0 = performance.now();
  const examples = await trainingExamples();
  const dev = readSplit('dev').map((l) => toExample(l));
  const prepared = examples.map(prepare);
  process.stdout.write(`train ${examples.length} messages (${examples.filter((e) => e.nudge).length} nudge), dev ${dev.length}; features in ${Math.round(performance.now() - t0)} ms\n`);

  const given = args.find((a) => a.startsWith('--options='));
  let options: TrainOptions = given ? { ...DEFAULT_OPTIONS, ...(JSON.parse(given.slice('--options='.length)) as Partial<TrainOptions>) } : DEFAULT_OPTIONS;
  if (args.includes('--search')) {
    let best: { options: TrainOptions; score: number } | null = null;
    for (const bits of [16, 18])
      for (const l2 of [1e-4, 1e-3, 3e-3])
        for (const epochs of [8, 16])
          for (const rate of [0.3])
            for (const nudgeWeight of [1.5]) {
              const o = { ...DEFAULT_OPTIONS, bits, l2, epochs, rate, nudgeWeight };
              const r = fit(prepared, dev, o);
              // Recall at the standard precision floor, then F1: the goal is recall without false alarms.
              const score = (r.standard.precision >= STANDARD_PRECISION ? 1 : 0) + r.standard.recall + r.standard.f1 / 100;
              process.stdout.write(`  ${JSON.stringify(o)}  t=${r.data.thresholds.standard}  ${fmt(r.standard)}\n`);
              if (!best || score > best.score) best = { options: o, score };
            }
    options = best!.options;
    process.stdout.write(`best on dev: ${JSON.stringify(options)}\n`);
  }

  const t1 = performance.now();
  const { data, standard, gentle } = fit(prepared, dev, options);
  const model = loadCueModel(data);
  const trainFig = figures(examples, readAll(examples, model));
  process.stdout.write(`trained in ${Math.round(performance.now() - t1)} ms with ${JSON.stringify(options)}\n`);
  process.stdout.write(`thresholds: standard ${data.thresholds.standard}, gentle ${data.thresholds.gentle}; model help at p(kind) >= ${data.helpThreshold}\n`);
  process.stdout.write(`train (standard): ${fmt(trainFig)}\n`);
  process.stdout.write(`dev   (standard): ${fmt(standard)}\n`);
  process.stdout.write(`dev   (gentle):   ${fmt(gentle)}\n`);
  const devReadings = readAll(dev, model);
  const byModel = devReadings.map((r, i) => ({ r, e: dev[i]! })).filter(({ r, e }) => r.help !== null && !hasRuleHelp(e.text));
  process.stdout.write(`dev: model-only help offered on ${byModel.length} messages, ${byModel.filter(({ e }) => e.kind === 'crisis' || e.kind === 'safety').length} of them labelled crisis or safety\n`);
  for (const kind of ['tone', 'topic', 'crisis', 'safety'] as const) {
    const of = devReadings.map((r, i) => ({ r, e: dev[i]! })).filter(({ e }) => e.kind === kind);
    process.stdout.write(`  dev ${kind.padEnd(7)} ${of.length} messages, recall ${(of.filter(({ r }) => r.nudge).length / Math.max(1, of.length)).toFixed(3)}\n`);
  }
  if (args.includes('--misses')) {
    for (const { r, e } of devReadings.map((r, i) => ({ r, e: dev[i]! })).filter(({ r, e }) => r.nudge !== e.nudge)) {
      process.stdout.write(`  ${e.nudge ? 'MISSED' : 'FALSE '} ${r.modelScore.toFixed(2)} ${e.kind ?? ''} ${e.text}\n`);
    }
  }
  if (!args.includes('--check')) {
    const json = JSON.stringify(data);
    writeFileSync(MODEL_FILE, `${json}\n`);
    process.stdout.write(`wrote ${MODEL_FILE}: ${(json.length / 1024).toFixed(0)} KB\n`);
  }
}

function hasRuleHelp(text: string): boolean {
  return readCues(text, { model: NO_HELP_MODEL() }).help !== null;
}

let noHelp: CueModel | null = null;
/** A model that never offers help itself, to tell the rules' help from the model's. */
function NO_HELP_MODEL(): CueModel {
  noHelp ??= { ...loadCueModel(JSON.parse(JSON.stringify(toData(train([], { ...DEFAULT_OPTIONS, bits: 4, kindBits: 4, epochs: 0 }))))), helpThreshold: 2 };
  return noHelp;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
