import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { weekPosition } from '../../content/weeks/course-order.ts';
import { weekNameOf, weekTitleOf } from '../course/week-name.ts';
import { counted, dateLocale, formatCount } from '../../content/locale.ts';
import { type ClassPack } from '../../domain/classes/class-pack.ts';
import { formatMeeting, meetingStart, noteFor } from '../../domain/classes/class-meetings.ts';
import { deviceTimeZone } from '../../domain/classes/zoned-time.ts';
import { linkedText } from '../base/linked-text.ts';
import { baseStyles } from '../base/shared-styles.ts';

/**
 * A class at a glance: facilitator, place, and every meeting with the week it covers (and,
 * in detail, the facilitator's note for each week). Every text is the pack's plain text.
 *
 * @summary Class summary.
 */
@localized()
@customElement('al-class-summary')
export class AlClassSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: var(--al-space-2) var(--al-space-4); margin: 0 0 var(--al-space-4); }
      dt { font-weight: 700; }
      dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
      @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: var(--al-space-2); } }
      h3 { font-size: 1.1rem; margin-top: var(--al-space-4); }
      ol { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--al-space-2); }
      li { padding: var(--al-space-2) var(--al-space-3); border-left: 4px solid var(--al-color-border-soft); }
      li.past { color: var(--al-color-text-muted); }
      li.next { border-left-color: var(--al-color-primary); background: var(--al-color-primary-soft); }
      .when { font-weight: 700; display: block; }
      .handout { display: flex; width: fit-content; align-items: center; min-height: var(--al-touch); font-size: var(--al-font-size-small); font-weight: 600; }
      .note { white-space: pre-line; margin: var(--al-space-1) 0 0; font-size: var(--al-font-size-small); }
      .tag { display: block; font-size: var(--al-font-size-small); font-weight: 700; color: var(--al-color-primary); }
      :host { margin-bottom: var(--al-space-4); }
    `,
  ];

  /** The class to show. */
  @property({ attribute: false }) pack: ClassPack | undefined;
  /** Also show each week's note from the facilitator. */
  @property({ type: Boolean }) detailed = false;
  /** The time now (ms), to mark past meetings and the next one. */
  @property({ type: Number }) now = Date.now();
  /** The heading level for "Meetings" (the page decides). */
  @property({ type: Number }) level: 2 | 3 = 3;

  override render() {
    const p = this.pack;
    if (!p) return nothing;
    const elsewhere = p.timeZone !== deviceTimeZone();
    const ends = p.meetings.map((m) => meetingStart(p, m) + p.minutes * 60_000);
    const next = ends.findIndex((end) => end > this.now);
    const title = counted(p.meetings.length, { one: msg('meeting'), other: msg('meetings') });
    const heading = this.level === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`;
    return html`
      <dl>
        <dt>${msg('Facilitator')}</dt>
        <dd>${p.facilitator.name}${p.facilitator.contact ? html`<br />${p.facilitator.contact}` : nothing}</dd>
        <dt>${msg('Where')}</dt>
        <dd>${p.venue ? linkedText(p.venue) : msg('Your facilitator will tell you.')}</dd>
        <dt>${msg('Each meeting')}</dt>
        <dd>${msg(str`About ${formatCount(p.minutes)} minutes`)}${elsewhere ? html`<br />${msg(str`Times are in ${p.timeZone}.`)}` : nothing}</dd>
      </dl>
      ${heading}
      <ol>
        ${p.meetings.map((m, i) => {
          const note = this.detailed ? noteFor(p, m.week) : '';
          const past = ends[i]! <= this.now;
          return html`<li class=${i === next ? 'next' : past ? 'past' : ''}>
            ${i === next ? html`<span class="tag">${msg('Next meeting')}</span>` : nothing}
            <span class="when">${formatMeeting(p, m, dateLocale(), elsewhere)}</span>
            ${weekNameOf(m.week)}: ${weekTitleOf(m.week)}
            ${note && (i === 0 || p.meetings[i - 1]!.week !== m.week) ? html`<p class="note">${msg(str`A note from ${p.facilitator.name}: ${note}`)}</p>` : nothing}
            ${this.detailed ? html`<a class="handout" href=${`/course/week/${m.week}/handout`}>${msg(html`Handout for week ${formatCount(weekPosition(m.week))}<span class="visually-hidden">, meeting ${formatCount(i + 1)}</span>`)}</a>` : nothing}
          </li>`;
        })}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-summary': AlClassSummary;
  }
}
