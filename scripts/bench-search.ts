/**
 * Bench for prompt search, which runs on every keystroke in the prompt library and the plan's
 * prompt picker: building the index, and one search (median and p95), on the real library and
 * on 500 prompts (a library with many of the person's own).
 *
 *   npx tsx scripts/bench-search.ts           # a small table
 *   npx tsx scripts/bench-search.ts --json    # the same report as JSON
 */
import { pathToFileURL } from 'node:url';
import { PROMPTS_EN } from '../shared/content/prompts/prompts-en.ts';
import { buildPromptIndex, searchPrompts } from '../shared/domain/toolkit/prompt-search.ts';

/** What a person types, letter by letter: each prefix is one search. */
const TYPED = ['money', 'i feel', 'text message', 'calm down tomorrow', 'dont', 'treatment help', 'sorry'];

export interface SearchTiming {
  prompts: number;
  indexMs: number;
  searches: number;
  medianMs: number;
  p95Ms: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

function timeLibrary(size: number): SearchTiming {
  const library = Array.from({ length: size }, (_, i) => {
    const base = PROMPTS_EN[i % PROMPTS_EN.length]!;
    return { ...base, id: `${base.id}-${i}` };
  });
  const i0 = performance.now();
  const index = buildPromptIndex(library);
  const indexMs = round(performance.now() - i0);
  const queries = TYPED.flatMap((word) => Array.from({ length: word.length }, (_, n) => word.slice(0, n + 1)));
  for (const q of queries) searchPrompts(index, q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      searchPrompts(index, q, round % 2 ? { category: 'asking' } : {});
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { prompts: size, indexMs, searches: times.length, medianMs: round(at(times, 50)), p95Ms: round(at(times, 95)) };
}

export function runBench(): SearchTiming[] {
  return [timeLibrary(PROMPTS_EN.length), timeLibrary(500)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = runBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else for (const r of report) process.stdout.write(`${r.prompts} prompts: index ${r.indexMs} ms; one search median ${r.medianMs} ms, p95 ${r.p95Ms} ms (${r.searches} searches)\n`);
}
