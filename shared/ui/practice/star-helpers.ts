import { msg, str } from '@lit/localize';
import { LADDER, STAR_AREAS, type StarAssessment, type StarMoment } from '../../domain/practice/supporter-star.ts';
import { starWords } from '../../content/practice/star-words-es.ts';
import { counted } from '../../content/locale.ts';
import { dateLocale } from '../../content/locale.ts';

/** Words for each moment, as the form offers them (built at render time, in the interface's language). */
export function momentLabels(): Record<StarMoment, string> {
  return {
    start: msg('At the start of the course'),
    middle: msg('In the middle of the course'),
    end: msg('At the end of the course'),
    any: msg('Any other time'),
  };
}

/** Short words for each moment, for table headings and the legend. */
function momentShort(moment: StarMoment): string {
  const short: Record<StarMoment, string> = {
    start: msg('start', { desc: 'When a supporter star was taken, after its date: "3 March 2025, start".' }),
    middle: msg('middle', { desc: 'When a supporter star was taken, after its date: "3 March 2025, middle".' }),
    end: msg('end', { desc: 'When a supporter star was taken, after its date: "3 March 2025, end".' }),
    any: msg('any time', { desc: 'When a supporter star was taken, after its date: "3 March 2025, any time".' }),
  };
  return short[moment];
}

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
  const rung = LADDER.find((r) => r === step);
  return rung ? `${rung} (${starWords().ladder[rung].label})` : msg('Not answered');
}

/** A star's name: its date and moment, e.g. "3 March 2025, start". */
export function assessmentName(a: Pick<StarAssessment, 'createdAt' | 'moment'>, locale: string | undefined = dateLocale()): string {
  const date = new Date(a.createdAt).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${date}, ${momentShort(a.moment)}`;
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
export function starChartSummary(stars: readonly Pick<StarAssessment, 'scores' | 'createdAt' | 'moment'>[], locale: string | undefined = dateLocale()): string {
  if (stars.length === 0) return msg('No supporter star yet.');
  const names = stars.map((s) => assessmentName(s, locale));
  const grown = areasGrown(stars);
  const starCount = counted(stars.length, { one: msg('star', { desc: 'Counted: "1 star".' }), other: msg('stars', { desc: 'Counted: "2 stars".' }) });
  const list = names.join('; ');
  const chart = stars.length === 1 ? msg(str`Radar chart of your star from ${names[0]}.`) : msg(str`Radar chart of ${starCount}: ${list}.`);
  const areas = counted(grown, { one: msg('area', { desc: 'Counted: "1 area".' }), other: msg('areas', { desc: 'Counted: "2 areas".' }) });
  const growth = grown > 0 ? msg(str`Since your first star, you moved up in ${areas}.`) : '';
  return [chart, growth, msg('Every step is in the table below.')].filter(Boolean).join(' ');
}

/** Splits a long label at the space nearest its middle, so it takes less width beside the chart. */
export function wrapLabel(label: string, max = 10): string[] {
  if (label.length <= max || !label.includes(' ')) return [label];
  const mid = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) if (best === -1 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  return [label.slice(0, best), label.slice(best + 1)];
}
