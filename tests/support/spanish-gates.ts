import * as v from 'valibot';
import { weekSchema } from '../../shared/content/course-schema.ts';
import { SITUATIONS, textsOf } from './course-lessons.ts';
import { MIN_INFLESZ, inflesz } from './readability-es.ts';
import { blocksToText } from './readability.ts';
import { TEACHING_EXAMPLES_ES, avoidedWordsInEs } from './voice-words-es.ts';
import { stringsIn } from './voice-words.ts';

export interface SpanishCheck {
  /** The INFLESZ score (higher is easier; the gate is MIN_INFLESZ). */
  score: number;
  /** What fails: the reading level, then each avoided word; empty when the text passes. */
  problems: string[];
}

/**
 * The one check for a Spanish text: reading level (for a section of prose) and voice.
 * `teaching` names the quoted teaching passages allowed; the content's list by default.
 */
export function checkSpanishText(text: string, teaching = TEACHING_EXAMPLES_ES): SpanishCheck {
  const score = inflesz(text);
  return { score, problems: [...readingProblems(score), ...avoidedWordsInEs(text, teaching)] };
}

function readingProblems(score: number): string[] {
  return score < MIN_INFLESZ ? [`INFLESZ ${score.toFixed(1)}, below ${MIN_INFLESZ}`] : [];
}

/**
 * Every gate failure in one Spanish content module (`name` is its file), as "where: problem".
 *
 * - An export that is a lesson (it has a welcome and sections, and must pass the week schema) is scored section by section, for
 *   every situation, the way the English lessons are (`textsOf`), and every string in it,
 *   hidden variants included, is checked for voice.
 * - Any other export (a words table, labels, prompts) is checked for voice in every string. Its
 *   reading level is not scored, as in English: a label of one long word is not prose.
 */
export function spanishGateProblems(name: string, exports: Record<string, unknown>): string[] {
  return Object.entries(exports).flatMap(([key, value]) => {
    const where = `${name} ${key}`;
    const voice = stringsIn(value, where).flatMap(({ where: w, text }) => avoidedWordsInEs(text).map((p) => `${w}: ${p}`));
    if (!looksLikeLesson(value)) return voice;
    // A lesson that fails the schema is reported, not quietly checked as a words table.
    const lesson = v.safeParse(weekSchema, value);
    if (!lesson.success) return [`${where}: not a valid lesson (${v.summarize(lesson.issues).split('\n')[0]})`, ...voice];
    const reading = SITUATIONS.flatMap((situation) =>
      textsOf(lesson.output, situation).flatMap(({ where: part, blocks }) =>
        readingProblems(inflesz(blocksToText(blocks, situation))).map((p) => `${where} ${part} (${situation}): ${p}`),
      ),
    );
    return [...reading, ...voice];
  });
}

function looksLikeLesson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'welcome' in value && 'sections' in value;
}
