/**
 * The app's own good words, as messages the chip must never nudge for tone: every
 * prompt in the library, every example boundary the course teaches, and every example
 * answer the boundary builder gives. They are read from the content modules each time
 * (never copied), so a new prompt or lesson is covered the day it is written. Training
 * adds them as `none`/`boundary`; tests/unit/domain/nudge/cue-must-not-nudge.test.ts checks them.
 */
import { PROMPTS_EN } from '../shared/content/prompts/prompts-en.ts';
import { WEEK_LOADERS, WEEK_COUNT } from '../shared/content/weeks/index.ts';
import { BOUNDARY_STEPS } from '../shared/domain/toolkit/boundary.ts';
import { BOUNDARY_WORDS_EN } from '../shared/content/toolkit/boundary-words-en.ts';
import { PITFALL_RULES_EN } from '../shared/content/toolkit/pitfall-rules-en.ts';
import { PITFALL_WORDS_EN } from '../shared/content/toolkit/pitfall-words-en.ts';

/** One of the app's own example messages, and where it comes from. */
export interface ContentCase {
  text: string;
  source: string;
}

/** "[what happened]" becomes "what happened": a prompt's blanks read as plain words. */
function fillBlanks(text: string): string {
  return text
    .replace(/\[([^\]]+)\]/g, '$1')
    .replace(/\{relation\}/g, 'son')
    .replace(/\{person\}/g, 'Sam')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Spans in curly double quotes, straight double quotes, or single quotes used as quotes. */
function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const m of text.matchAll(/“([^”]{8,400})”|"([^"]{8,400})"|(?<![\p{L}\p{N}])['‘]((?:[^'’\n]|(?<=\p{L})['’](?=\p{L})){8,400}?)['’](?![\p{L}\p{N}])/gu)) {
    spans.push((m[1] ?? m[2] ?? m[3]!).trim());
  }
  return spans;
}

/** A calm statement about the writer's own actions or feelings: what the course teaches. */
const OWN_ACTION = /\bI(?:\s+will|['’]ll|\s+won['’]t|\s+will\s+not|\s+feel\s+\w+\s+when|\s+can['’]t\s+lend|['’]m\s+not\s+going\s+to|\s+am\s+not\s+going\s+to)\b|\bmy\s+phone\s+will\b/i;

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // A self-check option marked wrong is an example of what not to say.
    if (typeof o.correct === 'boolean' && !o.correct) return;
    for (const v of Object.values(o)) strings(v, out);
  }
}

/** Every example boundary and calm "I" statement quoted in the course, in order, once each. */
export async function courseBoundaries(): Promise<ContentCase[]> {
  const out: ContentCase[] = [];
  const seen = new Set<string>();
  for (let n = 1; n <= WEEK_COUNT; n++) {
    const week = await WEEK_LOADERS[n]!();
    const texts: string[] = [];
    strings(week, texts);
    for (const t of texts) {
      for (const span of quotedSpans(t)) {
        const text = fillBlanks(span);
        if (!OWN_ACTION.test(text) || seen.has(text)) continue;
        seen.add(text);
        out.push({ text, source: `course week ${n}` });
      }
    }
  }
  return out;
}

/** Every library prompt's words and its shorter "try this" line (never its "instead of"). */
export function libraryPrompts(): ContentCase[] {
  const out: ContentCase[] = [];
  for (const p of PROMPTS_EN) {
    out.push({ text: fillBlanks(p.words), source: `prompt ${p.id}` });
    if (p.tryThis && /[.?!]$/.test(p.tryThis.trim()) && !/^(?:asking|sitting|saying|naming|letting|offering|giving|taking)\b/i.test(p.tryThis)) {
      out.push({ text: fillBlanks(p.tryThis), source: `prompt ${p.id} (try this)` });
    }
  }
  return out;
}

/** The boundary builder's example answers: its steps' "For example" hints and its suggested rewordings. */
export function builderExamples(): ContentCase[] {
  const out: ContentCase[] = [];
  for (const step of BOUNDARY_STEPS) {
    const m = /For example:\s*(.+)$/.exec(BOUNDARY_WORDS_EN.steps[step.key].hint);
    if (m) out.push({ text: fillBlanks(m[1]!), source: `builder step ${step.key}` });
  }
  const seen = new Set<string>();
  for (const rule of PITFALL_RULES_EN.rules) {
    for (const span of quotedSpans(PITFALL_WORDS_EN.hints[rule.hint].suggestion)) {
      if (seen.has(span)) continue;
      seen.add(span);
      out.push({ text: fillBlanks(span.replace(/,$/, '.')), source: `builder suggestion (${rule.kind})` });
    }
  }
  return out;
}

/**
 * Model boundaries the issue names, which the rules alone nudged. Kept here so the test
 * and the training both see them.
 */
export const NAMED_BOUNDARIES: readonly ContentCase[] = [
  { text: 'I feel scared when you drive after drinking, so I won’t get in the car tonight.', source: 'issue #13' },
];

/** All of the above: the must-not-nudge-for-tone cases. */
export async function contentCases(): Promise<ContentCase[]> {
  return [...libraryPrompts(), ...(await courseBoundaries()), ...builderExamples(), ...NAMED_BOUNDARIES];
}
