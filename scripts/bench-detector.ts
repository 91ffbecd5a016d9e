/**
 * Bench for the message cue detector: how long one analysis takes on realistic
 * messages of 200, 2,000 and 10,000 characters (median and p95 over many runs, after a
 * warm-up), the one-off cost of compiling the lexicon, and precision/recall on three sets
 * of hand-labelled messages: the labelled set and the dev set (both tuned on), and the
 * held-out set, which is never tuned on and so is the honest guess for new messages.
 *
 *   npx tsx scripts/bench-detector.ts           # a small table
 *   npx tsx scripts/bench-detector.ts --json    # the same report as JSON
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lexiconEn } from '../shared/content/cues/lexicon-en.ts';
import { detectCues, MAX_ANALYSED_CHARS, precompileLexicon } from '../shared/domain/cue-detector.ts';
import { scoreLabelled, type LabelledMessage, type LabelledScore } from '../shared/domain/cue-metrics.ts';

/** Timing of one message size, in milliseconds. */
export interface SizeTiming {
  chars: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** Everything the bench measures. */
export interface BenchReport {
  node: string;
  sizes: SizeTiming[];
  /** First call with a lexicon not seen before: compiling plus one 2,000-character analysis. */
  coldFirstCallMs: number;
  /** `precompileLexicon` on a lexicon not seen before (what the content script can do when idle). */
  precompileMs: number;
  /** The first analysis after `precompileLexicon`. */
  firstCallAfterPrecompileMs: number;
  /** A 50,000-character paste; only the last MAX_ANALYSED_CHARS are read. */
  longPaste: SizeTiming;
  /** The set the lexicon was first tuned on. */
  labelled: SetScore;
  /** Messages written later to tune generalisation on. */
  dev: SetScore;
  /** Messages never tuned on: the fairest guess at how the detector does on new messages. */
  heldOut: SetScore;
}

/** Precision and recall on one labelled set: the detector's own score, without the misses, and the set's size. */
export type SetScore = Omit<LabelledScore, 'misses'> & { messages: number };

// A mix of ordinary lines and hard ones, like a real email to family: most of a long
// message is ordinary, and the cues are scattered through it.
const SENTENCES = [
  'Hi love, I hope work was okay today.',
  'Mum asked if you are still coming on Sunday, she is making a roast.',
  'The car is booked in at the garage on Tuesday, so I will take the bus.',
  'I keep thinking about what happened at the weekend.',
  'You never listen when I try to talk about the money.',
  'There was £60 missing from my purse again this morning.',
  'I know treatment is hard and I am proud of you for going.',
  'Sam said he saw you at the pub on Friday and you were drinking again.',
  'I am so tired of this, I really am.',
  'If you come home drunk one more time I am changing the locks.',
  'Can you pick up milk and bread on your way back?',
  'The hospital parking is free after six, which helps.',
  'We can talk about it when you feel ready, there is no rush.',
  'It is your fault your sister is not speaking to us.',
  'I love you and I want things to get better for all of us.',
  'WHY DO YOU KEEP DOING THIS TO US?!?!',
  'Dad says the police came round to ask about the car.',
  'The kids loved the park, they talked about it all evening.',
  'I can not do this anymore on my own.',
  'Let me know what time suits you tomorrow.',
];

/** A deterministic message of exactly `length` characters, built from the sentences above. */
export function makeMessage(length: number, seed: number): string {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    // xorshift32: the same messages on every run, so timings compare.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  let out = '';
  while (out.length < length) {
    out += (out ? (next() < 0.15 ? '\n\n' : ' ') : '') + SENTENCES[Math.floor(next() * SENTENCES.length)];
  }
  return out.slice(0, length);
}

function percentile(sorted: readonly number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)]!;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Times `detectCues` over a few variants of one size, after a warm-up. */
export function timeSize(chars: number, runs: number, warmup: number): SizeTiming {
  // Several texts, so no one string's quirks decide the result.
  const texts = Array.from({ length: 8 }, (_, i) => makeMessage(chars, 1 + i * 7919));
  for (let i = 0; i < warmup; i++) detectCues(texts[i % texts.length]!);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length]!;
    const t0 = performance.now();
    detectCues(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { chars, runs, medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

function loadSet(file: string): LabelledMessage[] {
  const url = new URL(`../tests/fixtures/messages/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as LabelledMessage[];
}

function scoreSet(file: string): SetScore {
  const messages = loadSet(file);
  const s = scoreLabelled(messages);
  return { messages: messages.length, precision: round(s.precision), recall: round(s.recall), tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn };
}

/** Runs the whole bench and returns the report. */
export function runBench(): BenchReport {
  // A fresh copy of the lexicon is a new cache key, so this call pays for compiling.
  const coldLexicon = { ...lexiconEn };
  const coldText = makeMessage(2_000, 99);
  const c0 = performance.now();
  detectCues(coldText, { lexicon: coldLexicon });
  const coldFirstCallMs = round(performance.now() - c0);

  const warmLexicon = { ...lexiconEn };
  const p0 = performance.now();
  precompileLexicon(warmLexicon);
  const precompileMs = round(performance.now() - p0);
  const f0 = performance.now();
  detectCues(makeMessage(2_000, 98), { lexicon: warmLexicon });
  const firstCallAfterPrecompileMs = round(performance.now() - f0);

  const sizes = [timeSize(200, 3_000, 300), timeSize(2_000, 1_500, 150), timeSize(10_000, 400, 40)];
  const longPaste = timeSize(50_000, 200, 20);
  return {
    node: process.version,
    sizes,
    coldFirstCallMs,
    precompileMs,
    firstCallAfterPrecompileMs,
    longPaste,
    labelled: scoreSet('labelled-messages.json'),
    dev: scoreSet('dev-messages.json'),
    heldOut: scoreSet('held-out-messages.json'),
  };
}

function printTable(report: BenchReport): void {
  const lines = [
    `Message cue detector — node ${report.node}`,
    '',
    '  chars     runs   median ms   p95 ms',
    ...[...report.sizes, report.longPaste].map(
      (t) => `  ${String(t.chars).padStart(6)}  ${String(t.runs).padStart(6)}  ${t.medianMs.toFixed(3).padStart(10)}  ${t.p95Ms.toFixed(3).padStart(7)}`,
    ),
    `  (the ${report.longPaste.chars.toLocaleString('en')}-char paste is read as its last ${MAX_ANALYSED_CHARS.toLocaleString('en')} chars)`,
    '',
    `  first call with a new lexicon (compile + 2,000 chars): ${report.coldFirstCallMs.toFixed(3)} ms`,
    `  precompileLexicon when idle: ${report.precompileMs.toFixed(3)} ms, then first call: ${report.firstCallAfterPrecompileMs.toFixed(3)} ms`,
    '',
    '  set                messages  precision  recall    tp   fp   fn   tn',
    ...(
      [
        ['labelled (tuned)', report.labelled],
        ['dev (tuned)', report.dev],
        ['held-out (never)', report.heldOut],
      ] as const
    ).map(
      ([name, t]) =>
        `  ${name.padEnd(17)}  ${String(t.messages).padStart(8)}  ${t.precision.toFixed(3).padStart(9)}  ${t.recall.toFixed(3).padStart(6)}  ${[t.tp, t.fp, t.fn, t.tn].map((n) => String(n).padStart(4)).join(' ')}`,
    ),
    '  (held-out is never tuned on: its recall is the honest guess for new messages)',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = runBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(report);
}
