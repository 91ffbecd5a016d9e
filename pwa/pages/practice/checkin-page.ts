import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CheckIn } from '../../../shared/domain/practice/checkin.ts';
import { checkinsRepo } from '../../../shared/data/course/course-repos.ts';
import type { RecordStore } from '../../../shared/data/record-store.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { showToast } from '../../../shared/ui/base/toast.ts';
import type { AlCheckinForm, AlCheckinSaveEvent } from '../../../shared/ui/practice/checkin-form.ts';
import { hopeText, stressText } from '../../../shared/ui/practice/checkin-helpers.ts';
import { dateLocale } from '../../../shared/content/locale.ts';
import { loadCurrentWeek } from '../../../shared/ui/course/current-week.ts';
import { pageStyles } from '../page-styles.ts';
import { practicePageStyles } from '../../../shared/ui/practice/practice-page-styles.ts';
import { PracticeHistory } from '../../../shared/ui/practice/practice-history.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/practice/checkin-form.ts';
import '../../../shared/ui/practice/checkin-chart.ts';
import { weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { problemBox, renderStored } from '../../../shared/ui/base/stored-view.ts';

/**
 * Weekly check-in: "How am I doing?" in a minute, and how stress and hope have moved over
 * the weeks, as a chart and as a table.
 *
 * @summary Weekly check-in screen.
 */
@customElement('al-checkin-page')
@localized()
export class AlCheckinPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    practicePageStyles,
    css`
      .week { font-weight: 600; }
      .scroll { max-width: var(--al-measure); }
      table { width: 100%; min-width: 30rem; }
      td:last-child { overflow-wrap: break-word; min-width: 8rem; }
    `,
  ];

  @query('al-checkin-form') private form!: AlCheckinForm;

  /** Where check-ins are kept. */
  @property({ attribute: false }) repo: RecordStore<CheckIn> = checkinsRepo;
  /** Reads the reader's current course week. */
  @property({ attribute: false }) currentWeek: () => Promise<number> = loadCurrentWeek;

  /** The stored check-ins, oldest first, and the reader's week. */
  private readonly history = new PracticeHistory<CheckIn>(this);

  private async handleSave(event: AlCheckinSaveEvent): Promise<void> {
    if (!(await this.history.change(() => this.repo.save({ week: this.history.week, ...event.detail })))) return;
    this.form.reset();
    showToast(this, msg('Check-in saved. Thank you for taking a moment for yourself.'));
  }

  private renderHistory(list: CheckIn[]) {
    if (list.length === 0) {
      return html`<p class="muted">${msg('Your check-ins will show here, week by week. Over time you may notice patterns, and small changes worth being proud of.')}</p>`;
    }
    const fmt = (t: number) => new Date(t).toLocaleDateString(dateLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
    return html`
      <al-checkin-chart .checkins=${list}></al-checkin-chart>
      <!-- Focusable, so keyboard users can scroll the table sideways on a narrow screen. -->
      <div class="scroll" tabindex="0" role="region" aria-labelledby="table-caption"><table>
        <caption id="table-caption">${msg('Your check-ins')}</caption>
        <thead><tr><th scope="col">${msg('Date')}</th><th scope="col">${msg('Week')}</th><th scope="col">${msg('Stress')}</th><th scope="col">${msg('Hope')}</th><th scope="col">${msg('Note')}</th></tr></thead>
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
      <h1>${msg('Weekly check-in')}</h1>
      <p class="lead">${msg('A minute to notice how you are doing. There are no right or wrong answers, and only you can see them.')}</p>
      ${problemBox(this.history.problem)}
      <section aria-labelledby="now-heading">
        <al-card>
          <h2 id="now-heading">${msg('How am I doing?')}</h2>
          <p class="week">${msg(str`For week ${weekPosition(this.history.week) || this.history.week} of the course`)}</p>
          <al-checkin-form ?busy=${this.history.busy} @al-checkin-save=${this.handleSave}></al-checkin-form>
        </al-card>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">${msg('Over the weeks')}</h2>
        ${renderStored(this.history.records, { loading: msg('Loading your check-ins…'), complete: (list) => this.renderHistory(list) })}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-checkin-page': AlCheckinPage;
  }
}
