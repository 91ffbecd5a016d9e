/**
 * Help beyond tone. Some messages need help, not a thought about wording: the writer's
 * own despair or thoughts of suicide or self-harm, or news that the person they love is in
 * danger now (`crisis`); being hurt, threatened or afraid of the other person, or a
 * boundary set to keep oneself or children safe (`safety`). The detector finds the phrases
 * with the help rules of its lexicon (shared/content/cues/help-lexicon-en.ts), in the same
 * pass as its cues; this file decides what they mean for the result.
 */
import type { CueKind, HelpNeed } from '../../content/cues/lexicon-types.ts';
import { sentenceBounds } from './cue-sentence.ts';

export type { HelpNeed } from '../../content/cues/lexicon-types.ts';

/** Where a help rule matched, as offsets into the analysed text. */
export interface HelpMatch {
  help: HelpNeed;
  rule: string;
  start: number;
  end: number;
}

/**
 * Cues about how a thing is said. On a safety boundary none of them is shown: "If you touch
 * me again I'm calling the police" is a person protecting themselves, not a threat in anger.
 */
const TONE_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['absolute', 'blame', 'ultimatum', 'label', 'shouting']);

/** The help a message earns, if any. Crisis outranks safety. */
export function helpNeeded(matches: readonly HelpMatch[]): HelpNeed | null {
  let need: HelpNeed | null = null;
  for (const m of matches) {
    if (m.help === 'crisis') return 'crisis';
    need = 'safety';
  }
  return need;
}

/**
 * The cues left once tone cues are taken off every sentence that holds a safety finding.
 * Distress and topic cues stay: they say how hard this is, not how it is said.
 */
export function withoutToneOnSafety<T extends { kind: CueKind; start: number; end: number }>(cues: T[], matches: readonly HelpMatch[], scan: string): T[] {
  const spans = matches.filter((m) => m.help === 'safety').map((m) => sentenceBounds(scan, m.start, m.end));
  if (spans.length === 0) return cues;
  return cues.filter((c) => !TONE_KINDS.has(c.kind) || !spans.some(([a, b]) => c.start < b && c.end > a));
}
