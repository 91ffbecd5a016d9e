/**
 * Scores the cue detector against hand-labelled messages, for the unit test and the bench.
 */
import { detectCues, type CueResult, type DetectOptions } from './cue-detector.ts';

/** A message with the answer a careful reader would give. */
export interface LabelledMessage {
  text: string;
  /** Should the writer be offered a second look? */
  nudge: boolean;
  /** Why, in a few words. */
  note?: string;
}

/** A message the detector got wrong. */
export interface Miss {
  text: string;
  expected: boolean;
  note?: string;
  /** The rules that fired, with their matches, to see why. */
  cues: { rule: string; match: string }[];
  score: number;
}

/** How well the detector's nudges agree with the labels. */
export interface LabelledScore {
  /** Of the messages nudged, the share that should have been (1 when none were nudged). */
  precision: number;
  /** Of the messages that should be nudged, the share that were (1 when none should be). */
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** False positives and false negatives, in input order. */
  misses: Miss[];
}

/** Runs the detector on every message and counts agreements with the labels. */
export function scoreLabelled(messages: readonly LabelledMessage[], options: DetectOptions = {}): LabelledScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses: Miss[] = [];
  for (const message of messages) {
    const result: CueResult = detectCues(message.text, options);
    if (result.nudge && message.nudge) tp++;
    else if (result.nudge) fp++;
    else if (message.nudge) fn++;
    else tn++;
    if (result.nudge !== message.nudge) {
      const miss: Miss = {
        text: message.text,
        expected: message.nudge,
        cues: result.cues.map((c) => ({ rule: c.rule, match: c.match })),
        score: result.score,
      };
      if (message.note !== undefined) miss.note = message.note;
      misses.push(miss);
    }
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    tp,
    fp,
    fn,
    tn,
    misses,
  };
}
