/**
 * What a reading of a message found, in the terms the chip's prompts are chosen by: the
 * rules' cue kinds, the topic areas a rule named (money, treatment), and what the model
 * found where no rule names the words ('tone'; a calm 'topic'). Shared by the background
 * (which reads) and the in-page chip (which asks for prompts): never the words themselves.
 */
import type { CueKind } from '../../content/cues/lexicon-types.ts';

/** A kind of finding the prompts should fit. */
export type FindingKind = CueKind | 'money' | 'treatment' | 'tone';

/** Every finding kind, for message validation. */
export const FINDING_KINDS = ['absolute', 'blame', 'ultimatum', 'label', 'topic', 'shouting', 'distress', 'money', 'treatment', 'tone'] as const satisfies readonly FindingKind[];

/**
 * What the model found that no rule puts words to: the chip then says something true and
 * general ("This may land harder than you mean", or that it may open a hard conversation)
 * instead of pointing at words. Null when a rule names a span, or nothing was found.
 */
export type GeneralFinding = 'tone' | 'topic' | null;
