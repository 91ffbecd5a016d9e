import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Week } from '../../../shared/content/course-types.ts';
import { WEEK_COUNT, WEEK_LOADERS, weekFromParam } from '../../../shared/content/weeks/index.ts';
import { isWeekOpen } from '../../../shared/domain/course/course-progress.ts';
import { loadCourseState, type CourseState } from '../../../shared/data/course/course-state.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { navigate } from '../../navigation.ts';
import '../../../shared/ui/course/lesson-player.ts';
import { weekName } from '../../../shared/content/weeks/course-order.ts';
import { problemText } from '../../../shared/ui/base/storage-call.ts';

/**
 * One week of the course, played step by step.
 *
 * @summary Lesson screen.
 */
@customElement('al-lesson-page')
export class AlLessonPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .eyebrow { color: var(--al-color-text-muted); font-weight: 600; margin: 0 0 var(--al-space-1); }
      .back { display: inline-flex; align-items: center; min-height: var(--al-touch); }
    `,
  ];

  @state() private week: Week | undefined;
  @state() private state: CourseState | undefined;
  @state() private problem = '';

  /** Route parameters: `week`. */
  @property({ attribute: false }) params: Record<string, string> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get number(): number {
    return weekFromParam(this.params.week);
  }

  private async load(): Promise<void> {
    if (!this.number) return;
    try {
      const [week, state] = await Promise.all([WEEK_LOADERS[this.number]!(), loadCourseState()]);
      this.state = state;
      this.week = week;
      document.title = `${weekName(week.number)}: ${week.title} · Alongside`;
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  override render() {
    if (!this.number) return html`<h1>We could not find that week</h1><p><a href="/course">See all weeks</a></p>`;
    if (this.problem) return html`<h1>${weekName(this.number)}</h1><p role="alert">${this.problem}</p>`;
    if (!this.week || !this.state) return html`<h1>${weekName(this.number)}</h1><p>Opening the lesson…</p>`;
    if (!isWeekOpen(this.number, this.state.pacing, this.state.progress, Date.now())) {
      return html`<h1>${weekName(this.number)}: ${this.week.title}</h1>
        <p class="measure">This week is not open yet. ${this.state.pacing.mode === 'class'
          ? 'It opens on the date of its class meeting.'
          : 'It opens when you finish the week before. If you would rather see every week now, you can change that in settings.'}</p>
        <p><a class="btn" href="/course">See all weeks</a> <a class="btn quiet" href="/settings">Settings</a></p>`;
    }
    return html`
      <a class="back" href="/course">← All weeks</a>
      <p class="eyebrow">${weekName(this.week.number)} of ${WEEK_COUNT}</p>
      <h1>${this.week.title}</h1>
      <al-lesson-player .week=${this.week} .profile=${this.state.profile} @al-week-complete=${() => navigate(`/course?finished=${this.number}`)}></al-lesson-player>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lesson-page': AlLessonPage;
  }
}
