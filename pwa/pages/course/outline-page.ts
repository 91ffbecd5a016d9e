import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';
import { outlineIn } from '../../../shared/content/outline-es.ts';
import { formatCount, interfaceLanguage } from '../../../shared/content/locale.ts';
import { ALWAYS_OPEN_WEEKS, courseDone, isWeekOpen, weekState, type WeekState } from '../../../shared/domain/course/course-progress.ts';
import { loadCourseState, type CourseState } from '../../../shared/data/course/course-state.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { problemBox, readProblem } from '../../../shared/ui/base/stored-view.ts';
import { weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { weekNameOf } from '../../../shared/ui/course/week-name.ts';

/** A week's state as its badge says it; worded at render time. */
function stateLabel(state: WeekState): string {
  return state === 'done' ? msg('Done') : state === 'in-progress' ? msg('In progress') : msg('Not started');
}

/**
 * The course outline: every week, its state, and which are open.
 *
 * @summary Course outline screen.
 */
@localized()
@customElement('al-outline-page')
export class AlOutlinePage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      ol { list-style: none; padding: 0; margin: var(--al-space-5) 0 0; display: grid; gap: var(--al-space-3); max-width: var(--al-measure); }
      li { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); }
      li.locked { background: transparent; }
      h2 { font-size: 1.15rem; margin: 0 0 var(--al-space-1); }
      h2 a { color: var(--al-color-text); }
      .row { display: flex; flex-wrap: wrap; gap: var(--al-space-2) var(--al-space-3); align-items: center; font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
      .badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; border: 1px solid currentColor; font-weight: 600; }
      .badge.done { color: var(--al-color-success); }
      .badge.in-progress { color: var(--al-color-primary); }
      .summary { margin: var(--al-space-2) 0 0; }
      .anytime { margin: var(--al-space-2) 0 0; font-weight: 600; color: var(--al-color-help-text); }
      .finished { background: var(--al-color-primary-soft); padding: var(--al-space-4); border-radius: var(--al-radius); max-width: var(--al-measure); }
      progress { width: min(100%, 20rem); accent-color: var(--al-color-primary); }
    `,
  ];

  /** The address's query, from the shell. */
  @property({ attribute: false }) query = new URLSearchParams();

  /** Where the reader is in the course, read once when the screen opens; the weeks show meanwhile, as not open yet. */
  private readonly course = new Task(this, { task: (): Promise<CourseState> => loadCourseState(), args: () => [] });

  override render() {
    const s = this.course.value;
    const finished = Number(this.query.get('finished'));
    const share = s ? courseDone(s.progress) : 0;
    const doneCount = Math.round(share * COURSE_OUTLINE.length);
    const language = interfaceLanguage();
    return html`
      <h1>${msg('The course')}</h1>
      <p class="lead">${msg('Nine weeks, one at a time. Each takes about half an hour, and you can stop and come back whenever you need to.')}</p>
      ${finished && s?.progress.get(finished)?.completedAt
        ? html`<p class="finished" role="status">${msg(str`You finished week ${formatCount(weekPosition(finished))}. That took time and care. Be proud of it.`)}</p>`
        : nothing}
      ${problemBox(readProblem(this.course))}
      ${s
        ? html`<p><label for="overall">${msg(str`${formatCount(doneCount)} of ${formatCount(COURSE_OUTLINE.length)} weeks done`)}</label><br /><progress id="overall" max=${COURSE_OUTLINE.length} .value=${doneCount}></progress></p>
            <p class="row">${s.pacing.mode === 'class'
              ? msg('Weeks open on your class dates.')
              : s.pacing.allOpen
                ? msg('All weeks are open.')
                : msg('Each week opens when you finish the one before.')}
              <a href="/settings">${msg('Change this')}</a></p>`
        : nothing}
      <ol>
        ${COURSE_OUTLINE.map((english) => {
          const w = outlineIn(english.number, language) ?? english;
          const open = s ? isWeekOpen(w.number, s.pacing, s.progress, Date.now()) : false;
          const st = weekState(s?.progress.get(w.number));
          return html`<li class=${open ? '' : 'locked'}>
            <h2>${open ? html`<a href=${`/course/week/${w.number}`}>${weekNameOf(w.number)}: ${w.title}</a>` : html`${weekNameOf(w.number)}: ${w.title}`}</h2>
            <div class="row">
              <span class="badge ${st}">${stateLabel(st)}</span>
              <span>${open ? msg(str`About ${formatCount(w.minutes)} minutes`) : msg('Not open yet')}</span>
            </div>
            <p class="summary">${w.summary}</p>
            ${ALWAYS_OPEN_WEEKS.has(w.number) ? html`<p class="anytime">${msg('Open any time: for when things get hard.')}</p>` : nothing}
          </li>`;
        })}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-outline-page': AlOutlinePage;
  }
}
