import { LADDER, STAR_AREAS, type StarAssessment, type StarMoment } from '../../domain/practice/supporter-star.ts';
import { counted } from '../../content/locale.ts';

/** Words for each moment, as the form offers them. */
export const MOMENT_LABELS: Record<StarMoment, string> = {
  start: 'At the start of the course',
  middle: 'In the middle of the course',
  end: 'At the end of the course',
  any: 'Any other time',
};

/** Short words for each moment, for table headings and the legend. */
export const MOMENT_SHORT: Record<StarMoment, string> = {
  start: 'start',
  middle: 'middle',
  end: 'end',
  any: 'any time',
};

/**
 * The moment to suggest for a new star: the first one ever is the start; later, the middle
 * from halfway through the course and the end in its last week, each only once.
 */
export function suggestMoment(taken: readonly Pick<StarAssessment, 'moment'>[], week: number, weekCount: number): StarMoment {
  if (taken.length === 0) return 'start';
  const has = (m: StarMoment) => taken.some((a) => a.moment === m);
  if (week >= weekCount && !has('end')) return 'end';
  if (week >= Math.ceil(weekCount / 2) && week < weekCount && !has('middle')) return 'middle';
  return 'any';
}

/** A step in words: "3 (Believing)". */
export function stepText(step: number | undefined): string {
  const rung = LADDER.find((r) => r.step === step);
  return rung ? `${rung.step} (${rung.label})` : 'Not answered';
}

/** A star's name: its date and moment, e.g. "3 March 2025, start". */
export function assessmentName(a: Pick<StarAssessment, 'createdAt' | 'moment'>, locale?: string): string {
  const date = new Date(a.createdAt).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${date}, ${MOMENT_SHORT[a.moment]}`;
}

/** How one star is drawn: a token colour and a dash, so no star is told apart by colour alone. */
export interface StarStyle {
  color: string;
  dash: string;
}

const STYLES: readonly StarStyle[] = [
  { color: 'var(--al-color-primary)', dash: '' },
  { color: 'var(--al-color-accent)', dash: '8 5' },
  { color: 'var(--al-color-success)', dash: '2 4' },
  { color: 'var(--al-color-help-text)', dash: '12 4 3 4' },
  { color: 'var(--al-color-text-muted)', dash: '5 3' },
  { color: 'var(--al-color-text)', dash: '1 3' },
];

/** The style of the star at `index` (oldest is 0); stays the same as more are added. */
export function starStyle(index: number): StarStyle {
  return STYLES[index % STYLES.length]!;
}

/** How many stars the chart overlays at most; the table always shows all of them. */
export const CHART_LIMIT = STYLES.length;

/** Areas where the latest star is higher than the first. `stars` are oldest first. */
export function areasGrown(stars: readonly Pick<StarAssessment, 'scores'>[]): number {
  const first = stars[0];
  const last = stars[stars.length - 1];
  if (!first || !last || first === last) return 0;
  return STAR_AREAS.filter((a) => (last.scores[a.id] ?? 0) > (first.scores[a.id] ?? 0)).length;
}

/** A summary of the radar chart in words, for its accessible name. `stars` are oldest first. */
export function starChartSummary(stars: readonly Pick<StarAssessment, 'scores' | 'createdAt' | 'moment'>[], locale?: string): string {
  if (stars.length === 0) return 'No supporter star yet.';
  const names = stars.map((s) => assessmentName(s, locale));
  const grown = areasGrown(stars);
  const growth = grown > 0 ? ` Since your first star, you moved up in ${counted(grown, { one: 'area', other: 'areas' })}.` : '';
  const times = stars.length === 1 ? `your star from ${names[0]}` : `${counted(stars.length, { one: 'star', other: 'stars' })}: ${names.join('; ')}`;
  return `Radar chart of ${times}.${growth} Every step is in the table below.`;
}

/** Splits a long label at the space nearest its middle, so it takes less width beside the chart. */
export function wrapLabel(label: string, max = 10): string[] {
  if (label.length <= max || !label.includes(' ')) return [label];
  const mid = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) if (best === -1 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  return [label.slice(0, best), label.slice(best + 1)];
}
