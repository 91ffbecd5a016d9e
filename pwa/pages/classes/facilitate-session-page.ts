import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import type { Week } from '../../../shared/content/course-types.ts';
import { roleplayCardsIn } from '../../../shared/content/prompts/by-language.ts';
import type { AgendaPart, SessionGuide } from '../../../shared/content/session-guides.ts';
import { agendaIn, sessionGuideIn } from '../../../shared/content/session-guides-es.ts';
import { WEEK_COUNT, weekFromParam, weekIn } from '../../../shared/content/weeks/index.ts';
import { formatCount, interfaceLanguage, type Language } from '../../../shared/content/locale.ts';
import { defaultAgreementsIn } from '../../../shared/content/classes/group-agreements-es.ts';
import { DEFAULT_PROFILE, personalise } from '../../../shared/domain/course/profile.ts';
import { DEFAULT_SESSION_CLASS, sessionAgenda, type SessionClass } from '../../../shared/domain/classes/session-agenda.ts';
import { classRepo } from '../../../shared/data/classes/class-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { renderStored } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/base/countdown-timer.ts';
import '../../../shared/ui/toolkit/roleplay-cards.ts';
import { COURSE_ORDER, weekPosition } from '../../../shared/content/weeks/course-order.ts';
import { weekNameOf } from '../../../shared/ui/course/week-name.ts';

/**
 * Session mode for a facilitator: the meeting's agenda with a timer for each part, timed to
 * fit the class's meeting length, the class's own group agreements, the check-in and
 * discussion questions, role-play cards for pairs, and the way to the presentation view for
 * a shared screen.
 *
 * @summary Facilitator session screen.
 */
@localized()
@customElement('al-facilitate-session-page')
export class AlFacilitateSessionPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .eyebrow { color: var(--al-color-text-muted); font-weight: 600; margin: 0 0 var(--al-space-1); }
      .back { display: inline-flex; align-items: center; min-height: var(--al-touch); }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: var(--al-space-4) 0; }
      .care { background: var(--al-color-help-bg); color: var(--al-color-help-text); padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius); max-width: var(--al-measure); }
      ol.agenda { list-style: none; padding: 0; margin: var(--al-space-4) 0 0; display: grid; gap: var(--al-space-4); max-width: 52rem; counter-reset: part; }
      ol.agenda > li { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); }
      ol.agenda h2 { font-size: var(--al-font-size-h2); margin-bottom: var(--al-space-1); }
      .minutes { color: var(--al-color-text-muted); font-weight: 600; font-size: var(--al-font-size-small); margin: 0 0 var(--al-space-2); }
      .ask { font-size: 1.1rem; font-weight: 600; border-left: 4px solid var(--al-color-primary); padding-left: var(--al-space-3); }
      ol.questions li, ul.takeaways li, ul.agreements li { margin-bottom: var(--al-space-2); }
      al-countdown-timer { margin-top: var(--al-space-3); padding-top: var(--al-space-3); border-top: 1px solid var(--al-color-border-soft); }
      nav.weeks ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      nav.weeks a { display: inline-flex; min-width: var(--al-touch); min-height: var(--al-touch); align-items: center; justify-content: center; border-radius: var(--al-radius-small); border: 1px solid var(--al-color-border-soft); }
      nav.weeks a[aria-current='page'] { background: var(--al-color-primary); color: var(--al-color-on-primary); font-weight: 700; }
    `,
  ];

  /** Route parameters: `week`. */
  @property({ attribute: false }) params: Record<string, string> = {};

  private get number(): number {
    return weekFromParam(this.params.week);
  }

  /**
   * The week's lesson (in the interface's language where it is written) and the facilitator's
   * class; read again when the week in the address or the language changes.
   */
  private readonly session = new Task(this, {
    task: async ([n, language]) => {
      const [{ week, language: written }, classInfo] = await Promise.all([
        weekIn(n, language),
        // The facilitator's own class sets the agreements and the timings; the defaults otherwise.
        classRepo.sessionClass().catch((): SessionClass & { fromClass: boolean } => ({ ...DEFAULT_SESSION_CLASS, fromClass: false })),
      ]);
      // With no class of their own, the facilitator reads the starting agreements in their language.
      const agreements = classInfo.fromClass ? classInfo.agreements : [...defaultAgreementsIn(language)];
      return { week, written, classInfo: { ...classInfo, agreements } };
    },
    args: () => [this.number, interfaceLanguage()] as const,
    onComplete: ({ week }) => (document.title = msg(str`Session guide, week ${formatCount(weekPosition(week.number))} · Alongside`)),
  });

  private renderPart(part: AgendaPart, week: Week, written: Language, guide: SessionGuide, agreements: readonly string[]) {
    const p = (t: string) => personalise(t, DEFAULT_PROFILE, written);
    switch (part) {
      case 'welcome':
        return html`${guide.careNote ? html`<p class="care"><strong>${msg('Before you start:')}</strong> ${guide.careNote}</p>` : nothing}
          ${agreements.length
            ? html`<h3>${msg('Our group agreements')}</h3><ul class="agreements">${agreements.map((a) => html`<li>${a}</li>`)}</ul>`
            : html`<p>${msg('Your class has no group agreements yet. You can add them under “Run a class”.')}</p>`}`;
      case 'check-in':
        return html`<p class="ask">${guide.checkIn}</p>`;
      case 'topic':
        return html`<h3>${msg('Key takeaways')}</h3><ul class="takeaways">${week.takeaways.map((t) => html`<li>${p(t)}</li>`)}</ul>
          <h3>${msg('Questions for the group')}</h3><ol class="questions">${guide.questions.map((q) => html`<li>${q}</li>`)}</ol>`;
      case 'practice': {
        const cards = guide.cards.map((id) => roleplayCardsIn(interfaceLanguage()).find((c) => c.id === id)!).filter(Boolean);
        return html`<p>${msg(html`This week’s skill: <strong>${p(week.practice.title)}</strong>.`)}</p><al-roleplay-cards .cards=${cards}></al-roleplay-cards>`;
      }
      case 'wrap-up':
        return html`<p class="ask">${guide.wrapUp}</p>`;
    }
  }

  private renderGuide(n: number, guide: SessionGuide, w: Week, written: Language, c: SessionClass & { fromClass: boolean }) {
    const agenda = sessionAgenda(c.minutes, agendaIn(interfaceLanguage()));
    const total = agenda.reduce((s, a) => s + a.minutes, 0);
    return html`
      <a class="back" href="/facilitate">${msg('← Running a class')}</a>
      <p class="eyebrow">${msg(str`Session guide · ${weekNameOf(n)} of ${formatCount(WEEK_COUNT)}`)}</p>
      <h1>${w.title}</h1>
      <p class="lead">${c.fromClass
        ? msg(str`A meeting of about ${formatCount(total)} minutes, timed to fit your class. The timings are a guide: follow the group, not the clock.`)
        : msg(str`A meeting of about ${formatCount(total)} minutes. The timings are a guide: follow the group, not the clock.`)}</p>
      <div class="actions">
        <a class="btn primary" href=${`/facilitate/present/${n}`}>${msg('Open the presentation view')}</a>
        <a class="btn" href=${`/course/week/${n}/handout`}>${msg('Handout to print')}</a>
      </div>
      <ol class="agenda">
        ${agenda.map(
          (a) => html`<li>
            <h2>${a.title}</h2>
            <p class="minutes">${msg(str`About ${formatCount(a.minutes)} minutes`)}</p>
            <p>${a.how}</p>
            ${this.renderPart(a.part, w, written, guide, c.agreements)}
            <al-countdown-timer minutes=${a.minutes} label=${a.title}></al-countdown-timer>
          </li>`,
        )}
      </ol>
      <nav class="weeks" aria-label=${msg('Other weeks')}>
        <h2>${msg('Other weeks')}</h2>
        <ul>${COURSE_ORDER.map((key, i) => html`<li><a href=${`/facilitate/session/${key}`} aria-current=${key === n ? 'page' : 'false'} aria-label=${weekNameOf(key)}>${formatCount(i + 1)}</a></li>`)}</ul>
      </nav>
    `;
  }

  override render() {
    const n = this.number;
    const guide = sessionGuideIn(n, interfaceLanguage());
    if (!n || !guide) return html`<h1>${msg('We could not find that week')}</h1><p><a href="/facilitate">${msg('Back to running a class')}</a></p>`;
    const shown = renderStored(this.session, { loading: msg('Opening the guide…'), complete: ({ week, written, classInfo }) => this.renderGuide(n, guide, week, written, classInfo) });
    // Until the guide is read (or if it could not be), the week heads the screen.
    return this.session.value ? shown : html`<h1>${msg(str`Session guide, week ${formatCount(weekPosition(n))}`)}</h1>${shown}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-facilitate-session-page': AlFacilitateSessionPage;
  }
}
