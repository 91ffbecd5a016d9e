import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { localized } from '@lit/localize';
import { starWords } from '../../content/practice/star-words-es.ts';
import { STAR_AREAS, starPoints, type StarAssessment } from '../../domain/practice/supporter-star.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { pointsAttr } from './checkin-helpers.ts';
import { CHART_LIMIT, starChartSummary, starStyle, wrapLabel } from './star-helpers.ts';

const SIZE = 240;
const CENTRE = SIZE / 2;
const RINGS = [1, 2, 3, 4, 5];

/** A short line in a star's colour and dash, for a legend. */
export function starSwatch(index: number) {
  const s = starStyle(index);
  return html`<svg class="swatch" viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
    <line x1="2" y1="6" x2="38" y2="6" stroke-width="3" stroke-linecap="round" style=${styleMap({ stroke: s.color, strokeDasharray: s.dash || 'none' })}></line>
  </svg>`;
}

/**
 * "My supporter star" as a radar chart: one outline per star, overlaid, each in its own
 * colour and dash (the latest few when there are many). The chart has one accessible name
 * that sums it up; the steps themselves belong in a table next to it.
 *
 * @summary Supporter star radar chart.
 */
@customElement('al-star-chart')
@localized()
export class AlStarChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: 30rem; }
      svg { display: block; width: 100%; height: auto; }
      .ring { fill: none; stroke: var(--al-color-border-soft); stroke-width: 1; }
      .ring.outer { stroke: var(--al-color-border); }
      .spoke { stroke: var(--al-color-border-soft); stroke-width: 1; }
      .label { fill: var(--al-color-text); font-size: 15px; font-family: var(--al-font); font-weight: 600; }
      polygon { stroke-width: 3; stroke-linejoin: round; }
    `,
  ];

  /** Every star, oldest first; the chart draws the latest few. */
  @property({ attribute: false }) stars: readonly StarAssessment[] = [];

  private labels() {
    const outer = starPoints(Object.fromEntries(STAR_AREAS.map((a) => [a.id, 5])), SIZE);
    const words = starWords().areas;
    return STAR_AREAS.map((a, i) => {
      const [px, py] = outer[i]!;
      const dx = px - CENTRE;
      const dy = py - CENTRE;
      const len = Math.hypot(dx, dy) || 1;
      const x = px + (dx / len) * 12;
      const y = py + (dy / len) * 12;
      const anchor = dx > 20 ? 'start' : dx < -20 ? 'end' : 'middle';
      const lines = wrapLabel(words[a.id].label);
      // Labels above the centre grow upwards, the rest downwards, so none covers the chart.
      const firstY = dy < -20 ? y - (lines.length - 1) * 17 : dy > 20 ? y + 12 : y + 5 - ((lines.length - 1) * 17) / 2;
      return svg`<text class="label" text-anchor=${anchor}>${lines.map((line, j) => svg`<tspan x=${x} y=${firstY + j * 17}>${line}</tspan>`)}</text>`;
    });
  }

  override render() {
    const all = this.stars;
    const first = Math.max(0, all.length - CHART_LIMIT);
    const outer = starPoints(Object.fromEntries(STAR_AREAS.map((a) => [a.id, 5])), SIZE);
    const latest = all.length - 1;
    return html`<svg viewBox="-100 -40 440 318" role="img" aria-label=${starChartSummary(all)}>
      ${RINGS.map((r) => svg`<polygon class="ring ${r === 5 ? 'outer' : ''}" points=${pointsAttr(starPoints(Object.fromEntries(STAR_AREAS.map((a) => [a.id, r])), SIZE))}></polygon>`)}
      ${outer.map(([x, y]) => svg`<line class="spoke" x1=${CENTRE} y1=${CENTRE} x2=${x} y2=${y}></line>`)}
      ${all.slice(first).map((star, k) => {
        const index = first + k;
        const s = starStyle(index);
        // Only the latest is filled, lightly, so older outlines stay readable through it.
        // CSS, not presentation attributes: only CSS understands the token variables.
        const style = { stroke: s.color, strokeDasharray: s.dash || 'none', fill: index === latest ? s.color : 'none', fillOpacity: '0.14' };
        return svg`<polygon points=${pointsAttr(starPoints(star.scores, SIZE))} style=${styleMap(style)}></polygon>`;
      })}
      ${this.labels()}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-star-chart': AlStarChart;
  }
}
