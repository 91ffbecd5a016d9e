import { LitElement, css, html, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CheckIn } from '../../domain/practice/checkin.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { checkinChartSummary, pointsAttr, scalePoints, type PlotBox, type Point } from './checkin-helpers.ts';

const HEIGHT = 190;
const LEFT = 30;
const RIGHT = 16;
const STEPS = [1, 2, 3, 4, 5];

/**
 * Stress and hope over the weeks as a small line chart. The picture has one accessible name
 * that sums it up; the numbers themselves belong in a table next to it.
 *
 * @summary Check-in line chart.
 */
@customElement('al-checkin-chart')
@localized()
export class AlCheckinChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; max-width: 34rem; }
      svg { display: block; width: 100%; height: auto; overflow: visible; }
      .grid { stroke: var(--al-color-border-soft); stroke-width: 1; }
      .axis { fill: var(--al-color-text-muted); font-size: 13px; font-family: var(--al-font); }
      .hope { stroke: var(--al-color-primary); fill: var(--al-color-primary); }
      .stress { stroke: var(--al-color-accent); fill: var(--al-color-accent); }
      polyline { fill: none; stroke-width: 3; stroke-linejoin: round; stroke-linecap: round; }
      .stress polyline { stroke-dasharray: 7 5; }
      ul { display: flex; flex-wrap: wrap; gap: var(--al-space-2) var(--al-space-5); list-style: none; margin: var(--al-space-3) 0 0; padding: 0; }
      li { display: flex; align-items: center; gap: var(--al-space-2); }
      li svg { width: 40px; flex: none; }
    `,
  ];

  // Tracks the element's width (a controller in all but name).
  private readonly resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width > 0 && width !== this.width) this.width = width;
  });

  /** The drawing's width in CSS pixels, so its text stays the same size on a phone and a desktop. */
  @state() private width = 360;

  /** Check-ins, oldest first. */
  @property({ attribute: false }) checkins: readonly CheckIn[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  private line(kind: 'hope' | 'stress', points: Point[]) {
    // A circle for hope and a square for stress, so the two lines differ in shape as well as colour.
    const marks = points.map(([x, y]) =>
      kind === 'hope' ? svg`<circle cx=${x} cy=${y} r="4.5"></circle>` : svg`<rect x=${x - 4} y=${y - 4} width="8" height="8"></rect>`,
    );
    return svg`<g class=${kind}><polyline points=${pointsAttr(points)}></polyline>${marks}</g>`;
  }

  private xLabels(points: Point[]) {
    // Every label when they fit (about 44px each); otherwise fewer, always keeping the latest.
    const fit = Math.max(2, Math.floor(this.width / 44));
    const every = Math.max(1, Math.ceil(points.length / fit));
    return points.map(([x], i) =>
      (points.length - 1 - i) % every === 0
        ? svg`<text class="axis" x=${x} y=${HEIGHT - 12} text-anchor="middle">${msg(str`W${this.checkins[i]!.week}`, { desc: 'A week on the chart\'s axis, as short as it can be: W for week.' })}</text>`
        : null,
    );
  }

  private swatch(kind: 'hope' | 'stress') {
    return html`<svg viewBox="0 0 40 12" aria-hidden="true" class=${kind}>
      <g class=${kind}><polyline points="2,6 38,6"></polyline>${kind === 'hope' ? svg`<circle cx="20" cy="6" r="4.5"></circle>` : svg`<rect x="16" y="2" width="8" height="8"></rect>`}</g>
    </svg>`;
  }

  override render() {
    const list = this.checkins;
    const box: PlotBox = { left: LEFT, top: 12, width: Math.max(100, this.width - LEFT - RIGHT), height: 140 };
    const hope = scalePoints(list.map((c) => c.hope), box);
    const stress = scalePoints(list.map((c) => c.stress), box);
    const gridY = scalePoints(STEPS, { ...box, left: 0, width: 0 }).map(([, y]) => y);
    return html`
      <svg viewBox="0 0 ${box.width + LEFT + RIGHT} ${HEIGHT}" role="img" aria-label=${checkinChartSummary(list)}>
        ${gridY.map(
          (y, i) => svg`<line class="grid" x1=${box.left} x2=${box.left + box.width} y1=${y} y2=${y}></line>
            <text class="axis" x=${box.left - 10} y=${y + 4} text-anchor="end">${STEPS[i]}</text>`,
        )}
        ${this.xLabels(hope)} ${this.line('stress', stress)} ${this.line('hope', hope)}
      </svg>
      <ul>
        <li>${this.swatch('hope')}<span><strong>${msg('Hope')}</strong>: ${msg('1 very little, 5 very hopeful')}</span></li>
        <li>${this.swatch('stress')}<span><strong>${msg('Stress')}</strong>: ${msg('1 very calm, 5 very stressed')}</span></li>
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-checkin-chart': AlCheckinChart;
  }
}
