import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import type { Week } from '../../../shared/content/course-types.ts';
import { WEEK_COUNT, weekFromParam, weekIn } from '../../../shared/content/weeks/index.ts';
import { formatCount, interfaceLanguage, type Language } from '../../../shared/content/locale.ts';
import { isWeekOpen } from '../../../shared/domain/course/course-progress.ts';
import { loadCourseState, type CourseState } from '../../../shared/data/course/course-state.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { navigate } from '../../navigation.ts';
import '../../../shared/ui/course/lesson-player.ts';
import { weekNameOf } from '../../../shared/ui/course/week-name.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';

/**
 * One week of the course, played step by step.
 *
 * @summary Lesson screen.
 */
@localized()
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

  /** Route parameters: `week`. */
  @property({ attribute: false }) params: Record<string, string> = {};

  private get number(): number {
    return weekFromParam(this.params.week);
  }

  /**
   * The week's lesson, in the interface's language where it is written, and where the reader is
   * in the course; read again when the week in the address or the language changes.
   */
  private readonly lesson = new Task(this, {
    task: async ([n, language]) => {
      const [{ week, language: written }, state] = await Promise.all([weekIn(n, language), loadCourseState()]);
      return { week, written, state };
    },
    args: () => [this.number, interfaceLanguage()] as const,
    onComplete: ({ week }) => (document.title = `${weekNameOf(week.number)}: ${week.title} · Alongside`),
  });

  private renderLesson(week: Week, written: Language, state: CourseState) {
    if (!isWeekOpen(this.number, state.pacing, state.progress, Date.now())) {
      return html`<h1>${weekNameOf(this.number)}: ${week.title}</h1>
        <p class="measure">${msg('This week is not open yet.')} ${state.pacing.mode === 'class'
          ? msg('It opens on the date of its class meeting.')
          : msg('It opens when you finish the week before. If you would rather see every week now, you can change that in settings.')}</p>
        <p><a class="btn" href="/course">${msg('See all weeks')}</a> <a class="btn quiet" href="/settings">${msg('Settings')}</a></p>`;
    }
    return html`
      <a class="back" href="/course">${msg('← All weeks')}</a>
      <p class="eyebrow">${msg(str`${weekNameOf(week.number)} of ${formatCount(WEEK_COUNT)}`)}</p>
      <h1>${week.title}</h1>
      <al-lesson-player .week=${week} .language=${written} .profile=${state.profile} @al-week-complete=${() => navigate(`/course?finished=${this.number}`)}></al-lesson-player>
    `;
  }

  override render() {
    if (!this.number) return html`<h1>${msg('We could not find that week')}</h1><p><a href="/course">${msg('See all weeks')}</a></p>`;
    const shown = renderStored(this.lesson, { loading: msg('Opening the lesson…'), complete: ({ week, written, state }) => this.renderLesson(week, written, state) });
    // Until the lesson is read (or if it could not be), the week's name heads the screen.
    return this.lesson.value ? shown : html`<h1>${weekNameOf(this.number)}</h1>${shown}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-lesson-page': AlLessonPage;
  }
}
