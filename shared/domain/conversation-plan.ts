import type { BaseRecord } from '../data/records.ts';

/** A plan for one upcoming conversation. */
export interface ConversationPlan extends BaseRecord {
  who: string;
  about: string;
  goal: string;
  /** A good time and place, in the reader's words. */
  timeAndPlace: string;
  opening: string;
  keyPoints: string[];
  /** Library or own prompt ids picked for this talk. */
  promptIds: string[];
  avoid: string;
  exitLine: string;
  afterCare: string;
  /** Optional date and time (ms) for a reminder. */
  scheduledAt?: number;
  /** Set once the reader wrote "how did it go" (a journal entry with ref `plan:<id>`). */
  reflectedAt?: number;
}
