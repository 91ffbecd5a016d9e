/**
 * Scores the combined reader (rules and model, cue-reading.ts) against hand-labelled
 * messages, for the unit tests, training and the bench.
 */
import { readCues, type CueReading, type ReadOptions } from './cue-reading.ts';

/** A message with the answer a careful reader would give. */
export interface LabelledMessage {
  text: string;
  /** Should the writer be offered a second look? */
  nudge: boolean;
  /** Why, in a few words. */
  note?: string;
}

/** A message the reader got wrong. */
export interface Miss {
  text: string;
  expected: boolean;
  note?: string;
  /** The rules that fired, with their matches, to see why. */
  cues: { rule: string; match: string }[];
  /** The model's p(nudge). */
  modelScore: number;
}

/** How well the reader's nudges agree with the labels. */
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

/** Reads every message and counts agreements with the labels. */
export function scoreLabelled(messages: readonly LabelledMessage[], options: ReadOptions = {}): LabelledScore {
  return scoreReadings(messages, messages.map((m) => readCues(m.text, options)));
}

/** Counts agreements between readings already made and the labels. */
export function scoreReadings(messages: readonly LabelledMessage[], readings: readonly CueReading[]): LabelledScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses: Miss[] = [];
  messages.forEach((message, i) => {
    const result = readings[i]!;
    if (result.nudge && message.nudge) tp++;
    else if (result.nudge) fp++;
    else if (message.nudge) fn++;
    else tn++;
    if (result.nudge !== message.nudge) {
      const miss: Miss = {
        text: message.text,
        expected: message.nudge,
        cues: result.cues.map((c) => ({ rule: c.rule, match: c.match })),
        modelScore: result.modelScore,
      };
      if (message.note !== undefined) miss.note = message.note;
      misses.push(miss);
    }
  });
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

/** F1 of a precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
