import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { starWords } from '../../../shared/content/practice/star-words-es.ts';
import { WEEK_COUNT, weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { STAR_AREAS, STAR_MOMENTS, type StarAssessment, type StarMoment } from '../../../shared/domain/practice/supporter-star.ts';
import { starRepo } from '../../../shared/data/course/course-repos.ts';
import type { RecordStore } from '../../../shared/data/record-store.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { showToast } from '../../../shared/ui/base/toast.ts';
import { loadCurrentWeek } from '../../../shared/ui/course/current-week.ts';
import { starSwatch } from '../../../shared/ui/practice/star-chart.ts';
import type { AlStarForm, AlStarSaveEvent } from '../../../shared/ui/practice/star-form.ts';
import { CHART_LIMIT, assessmentName, stepText, suggestMoment } from '../../../shared/ui/practice/star-helpers.ts';
import { pageStyles } from '../page-styles.ts';
import { practicePageStyles } from '../../../shared/ui/practice/practice-page-styles.ts';
import { PracticeHistory } from '../../../shared/ui/practice/practice-history.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/practice/star-chart.ts';
import '../../../shared/ui/practice/star-form.ts';
import { problemBox, renderStored } from '../../../shared/ui/base/stored-view.ts';

/** The moment home's invitation named ("/star?moment=middle"), so the form starts where the invitation said. */
function invitedMoment(query: URLSearchParams): StarMoment | undefined {
  const asked = query.get('moment');
  return STAR_MOMENTS.find((m) => m === asked);
}

/**
 * My supporter star: a private measure of the reader's own journey as a supporter, taken
 * at the start, middle and end of the course, shown as a radar chart and a table.
 *
 * @summary Supporter star screen.
 */
@customElement('al-star-page')
@localized()
export class AlStarPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    practicePageStyles,
    css`
      h3 { font-size: 1.1rem; margin-top: var(--al-space-5); }
      .stars { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-2); max-width: var(--al-measure); }
      .stars li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-2) var(--al-space-3); }
      .stars .name { flex: 0 1 auto; min-width: 10rem; }
      .swatch { flex: none; }
      .scroll { max-width: 100%; }
      th, td { min-width: 6.5rem; }
    `,
  ];

  @query('al-star-form') private form!: AlStarForm;

  /** The address's query, from the shell. */
  @property({ attribute: false }) query = new URLSearchParams();
  /** Where stars are kept. */
  @property({ attribute: false }) repo: RecordStore<StarAssessment> = starRepo;
  /** Reads the reader's current course week. */
  @property({ attribute: false }) currentWeek: () => Promise<number> = loadCurrentWeek;

  /** The stored stars, oldest first, and the reader's week. */
  private readonly history = new PracticeHistory<StarAssessment>(this);

  private async handleSave(event: AlStarSaveEvent): Promise<void> {
    if (!(await this.history.change(() => this.repo.save({ ...event.detail })))) return;
    this.form.reset();
    showToast(this, msg('Your star is saved. Well done for taking stock; that takes honesty.'));
  }

  private async handleDelete(star: StarAssessment): Promise<void> {
    if (!(await this.history.change(() => this.repo.remove(star.id)))) return;
    showToast(this, msg(str`Star from ${assessmentName(star)} deleted.`), {
      action: {
        label: msg('Undo'),
        run: async () => {
          if (await this.history.change(() => this.repo.putExact(star))) showToast(this, msg('Star brought back.'));
        },
      },
    });
    this.renderRoot.querySelector<HTMLElement>('#history-heading')?.focus();
  }

  private renderHistory(stars: StarAssessment[]) {
    if (stars.length === 0) {
      return html`<p class="muted">${msg('When you save your first star, it will show here. Next time, you can lay the new one over it and see what has moved.')}</p>`;
    }
    const drawnFrom = Math.max(0, stars.length - CHART_LIMIT);
    const areas = starWords().areas;
    return html`
      <al-star-chart .stars=${stars}></al-star-chart>
      <h3>${msg('Your stars')}</h3>
      ${drawnFrom > 0 ? html`<p class="muted">${msg(str`The chart shows your ${CHART_LIMIT} most recent stars. The table shows them all.`)}</p>` : nothing}
      <ul class="stars">
        ${stars.map(
          (s, i) => html`<li>
            ${i >= drawnFrom ? starSwatch(i) : nothing}
            <span class="name">${assessmentName(s)}</span>
            <button class="btn danger" type="button" aria-label=${msg(str`Delete star from ${assessmentName(s)}`)} @click=${() => this.handleDelete(s)}>${msg('Delete')}</button>
          </li>`,
        )}
      </ul>
      <!-- Focusable, so keyboard users can scroll the table sideways on a narrow screen. -->
      <div class="scroll" tabindex="0" role="region" aria-labelledby="table-caption">
        <table>
          <caption id="table-caption">${msg('Your supporter star over time')}</caption>
          <thead><tr><th scope="col">${msg('Area')}</th>${stars.map((s) => html`<th scope="col">${assessmentName(s)}</th>`)}</tr></thead>
          <tbody>
            ${STAR_AREAS.map((a) => html`<tr><th scope="row">${areas[a.id].label}</th>${stars.map((s) => html`<td>${stepText(s.scores[a.id])}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    `;
  }

  override render() {
    const stars = this.history.records.value;
    return html`
      <h1>${msg('My supporter star')}</h1>
      <p class="lead">${msg('This star is about you and your own journey as a supporter. It is not a rating of the person you support. Only you can see it.')}</p>
      <p class="measure">${msg('Take it at the start of the course, again in the middle and at the end. Every small step counts, and going back a step is part of the road too.')}</p>
      ${problemBox(this.history.problem)}
      <section aria-labelledby="form-heading">
        <al-card>
          <h2 id="form-heading">${msg('Where am I today?')}</h2>
          <p>${msg('For each area, choose the step that fits you best right now. There are no wrong answers.')}</p>
          <al-star-form .moment=${invitedMoment(this.query) ?? suggestMoment(stars ?? [], weekPosition(this.history.week), WEEK_COUNT)} ?busy=${this.history.busy} @al-star-save=${this.handleSave}></al-star-form>
        </al-card>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" tabindex="-1">${msg('Your star over time')}</h2>
        ${renderStored(this.history.records, { loading: msg('Loading your stars…'), complete: (list) => this.renderHistory(list) })}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-star-page': AlStarPage;
  }
}
