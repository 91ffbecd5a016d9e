import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { CheckIn } from '../../../shared/domain/practice/checkin.ts';
import { checkinsRepo } from '../../../shared/data/course/course-repos.ts';
import type { RecordStore } from '../../../shared/data/record-store.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import type { AlToast } from '../../../shared/ui/base/toast.ts';
import type { AlCheckinForm, AlCheckinSaveEvent } from '../../../shared/ui/practice/checkin-form.ts';
import { chronological, hopeText, stressText } from '../../../shared/ui/practice/checkin-helpers.ts';
import { loadCurrentWeek } from '../../../shared/ui/course/current-week.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/base/toast.ts';
import '../../../shared/ui/practice/checkin-form.ts';
import '../../../shared/ui/practice/checkin-chart.ts';
import { weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { problemText } from '../../../shared/ui/base/storage-call.ts';

/**
 * Weekly check-in: "How am I doing?" in a minute, and how stress and hope have moved over
 * the weeks, as a chart and as a table.
 *
 * @summary Weekly check-in screen.
 */
@customElement('al-checkin-page')
export class AlCheckinPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      h2 { font-size: var(--al-font-size-h2); }
      section { margin-top: var(--al-space-6); }
      al-card { max-width: var(--al-measure); }
      .week { font-weight: 600; }
      .muted { color: var(--al-color-text-muted); }
      .scroll { overflow-x: auto; max-width: var(--al-measure); margin-top: var(--al-space-5); }
      table { width: 100%; min-width: 30rem; border-collapse: collapse; font-size: var(--al-font-size-small); }
      caption { text-align: left; font-weight: 700; font-size: var(--al-font-size); margin-bottom: var(--al-space-2); }
      th, td { text-align: left; vertical-align: top; padding: var(--al-space-2); border-bottom: 1px solid var(--al-color-border-soft); }
      td:last-child { overflow-wrap: break-word; min-width: 8rem; }
      thead th { border-bottom: 2px solid var(--al-color-border); }
      @media (max-width: 30rem) { al-card { --al-card-padding: var(--al-space-4); } }
    `,
  ];

  @query('al-checkin-form') private form!: AlCheckinForm;
  @query('al-toast') private toast!: AlToast;

  @state() private checkins: CheckIn[] | undefined;
  @state() private week = 1;
  @state() private busy = false;
  @state() private problem = '';

  /** Where check-ins are kept. */
  @property({ attribute: false }) repo: RecordStore<CheckIn> = checkinsRepo;
  /** Reads the reader's current course week. */
  @property({ attribute: false }) currentWeek: () => Promise<number> = loadCurrentWeek;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.currentWeek().then((w) => (this.week = w));
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.checkins = chronological(await this.repo.list());
      this.problem = '';
    } catch (error) {
      this.checkins ??= [];
      this.problem = problemText(error);
    }
  }

  private async handleSave(event: AlCheckinSaveEvent): Promise<void> {
    this.busy = true;
    try {
      await this.repo.save({ week: this.week, ...event.detail });
      this.form.reset();
      this.toast.show('Check-in saved. Thank you for taking a moment for yourself.');
      await this.load();
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private renderHistory(list: CheckIn[]) {
    if (list.length === 0) {
      return html`<p class="muted">Your check-ins will show here, week by week. Over time you may notice patterns, and small changes worth being proud of.</p>`;
    }
    const fmt = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
    return html`
      <al-checkin-chart .checkins=${list}></al-checkin-chart>
      <!-- Focusable, so keyboard users can scroll the table sideways on a narrow screen. -->
      <div class="scroll" tabindex="0" role="region" aria-labelledby="table-caption"><table>
        <caption id="table-caption">Your check-ins</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Week</th><th scope="col">Stress</th><th scope="col">Hope</th><th scope="col">Note</th></tr></thead>
        <tbody>
          ${[...list].reverse().map(
            (c) => html`<tr>
              <td>${fmt(c.createdAt)}</td><td>${c.week}</td><td>${stressText(c.stress)}</td><td>${hopeText(c.hope)}</td><td>${c.note}</td>
            </tr>`,
          )}
        </tbody>
      </table></div>
    `;
  }

  override render() {
    return html`
      <h1>Weekly check-in</h1>
      <p class="lead">A minute to notice how you are doing. There are no right or wrong answers, and only you can see them.</p>
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing}
      <section aria-labelledby="now-heading">
        <al-card>
          <h2 id="now-heading">How am I doing?</h2>
          <p class="week">For week ${weekPosition(this.week) || this.week} of the course</p>
          <al-checkin-form ?busy=${this.busy} @al-checkin-save=${this.handleSave}></al-checkin-form>
        </al-card>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Over the weeks</h2>
        ${this.checkins === undefined ? html`<p class="muted">Loading your check-ins…</p>` : this.renderHistory(this.checkins)}
      </section>
      <al-toast></al-toast>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-checkin-page': AlCheckinPage;
  }
}
