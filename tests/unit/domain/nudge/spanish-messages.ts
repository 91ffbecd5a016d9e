import { readSpanishMessages, type CorpusLine } from '../../../../scripts/cue-corpus.ts';

/** tests/fixtures/messages/spanish-messages.jsonl (see readSpanishMessages). */
export const SPANISH_MESSAGES: CorpusLine[] = readSpanishMessages();

/** Despair and danger, or being hurt or afraid: the messages that must bring help. */
export const needsHelp = (l: CorpusLine): boolean => l.kind === 'crisis' || l.kind === 'safety';
