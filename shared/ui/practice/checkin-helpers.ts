import { msg, str } from '@lit/localize';
import type { CheckIn } from '../../domain/practice/checkin.ts';
import { checkinWords } from '../../content/practice/checkin-words-es.ts';
import { weekPosition } from '../../content/weeks/course-order.ts';

/** A point of a chart, in SVG units. */
export type Point = [x: number, y: number];

/** The box a chart's lines are drawn in, in SVG units. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A 1–5 score in words, the number first: "2 (Calm)". */
export function scoreText(value: number, labels: readonly string[]): string {
  const label = labels[value - 1];
  return label ? `${value} (${label})` : String(value);
}

/** Stress in words. */
export function stressText(value: number): string {
  return scoreText(value, checkinWords().stress);
}

/** Hope in words. */
export function hopeText(value: number): string {
  return scoreText(value, checkinWords().hope);
}

/**
 * Places 1–5 values evenly from left to right (one value sits in the middle), 5 at the top.
 * Values outside 1–5 are kept inside the box.
 */
export function scalePoints(values: readonly number[], box: PlotBox, min = 1, max = 5): Point[] {
  const n = values.length;
  return values.map((v, i) => {
    const x = n === 1 ? box.left + box.width / 2 : box.left + (i * box.width) / (n - 1);
    const share = (Math.max(min, Math.min(max, v)) - min) / (max - min);
    return [round(x), round(box.top + box.height * (1 - share))];
  });
}

/** SVG `points` text for a polyline. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Check-ins oldest first, as a chart reads. Returns a new array. */
export function chronological<T extends { createdAt: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.createdAt - b.createdAt);
}

/** A short summary of the chart in words, for its accessible name. `checkins` are oldest first. */
export function checkinChartSummary(checkins: readonly Pick<CheckIn, 'week' | 'stress' | 'hope'>[]): string {
  const first = checkins[0];
  const last = checkins[checkins.length - 1];
  if (!first || !last) return msg('No check-ins yet.');
  const from = weekPosition(first.week) || first.week;
  if (checkins.length === 1) return msg(str`Chart of one check-in, in week ${from}: stress ${stressText(first.stress)}, hope ${hopeText(first.hope)}.`);
  const to = weekPosition(last.week) || last.week;
  return [
    msg(str`Chart of ${checkins.length} check-ins, from week ${from} to week ${to}.`),
    msg(str`Stress went from ${stressText(first.stress)} to ${stressText(last.stress)}.`),
    msg(str`Hope went from ${hopeText(first.hope)} to ${hopeText(last.hope)}.`),
    msg('Every check-in is in the table below.'),
  ].join(' ');
}
