import type { BaseRecord } from '../records.ts';

/** A weekly "how am I doing": stress and hope on a 1–5 scale, and one free sentence. */
export interface CheckIn extends BaseRecord {
  /** Course week it was taken in (the current week at the time). */
  week: number;
  /** 1 = very calm … 5 = very stressed. */
  stress: number;
  /** 1 = very little hope … 5 = a lot of hope. */
  hope: number;
  note: string;
}

// The scales' words are in shared/content/practice/checkin-words-*.ts.
