import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { dateLocale, formatCount } from '../../content/locale.ts';
import { weekNameOf, weekTitleOf } from '../course/week-name.ts';
import type { ClassPack } from '../../domain/classes/class-pack.ts';
import { formatMeeting, nextMeeting, noteFor } from '../../domain/classes/class-meetings.ts';
import { deviceTimeZone } from '../../domain/classes/zoned-time.ts';
import { linkedText } from '../base/linked-text.ts';
import { baseStyles } from '../base/shared-styles.ts';
import '../base/card.ts';
import './calendar-button.ts';
import '../crisis/local-resources.ts';

/**
 * The class a reader joined, on home: the next meeting with a calendar file, a note from the
 * facilitator, the group agreements and local support. Loaded only for someone in a class
 * (./class-home.ts).
 *
 * @summary Home's card for a joined class.
 */
@localized()
@customElement('al-class-card')
export class AlClassCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; height: 100%; }
      al-card { height: 100%; }
      h2 { font-size: 1.2rem; }
      .eyebrow { color: var(--al-color-text-muted); font-weight: 600; margin: 0; font-size: var(--al-font-size-small); }
      .when { font-size: 1.15rem; font-weight: 700; margin-bottom: var(--al-space-1); }
      .note { white-space: pre-line; border-left: 4px solid var(--al-color-accent); padding-left: var(--al-space-3); }
      .venue { white-space: pre-line; overflow-wrap: anywhere; }
      details { border-top: 1px solid var(--al-color-border-soft); padding-top: var(--al-space-2); margin-top: var(--al-space-2); }
      summary { cursor: pointer; font-weight: 600; min-height: var(--al-touch); display: flex; align-items: center; gap: var(--al-space-2); list-style: none; }
      summary::-webkit-details-marker { display: none; }
      summary::before { content: '▸'; }
      details[open] summary::before { content: '▾'; }
    `,
  ];

  /** The joined class. */
  @property({ attribute: false }) pack?: ClassPack;

  private renderNext(p: ClassPack) {
    const next = nextMeeting(p, Date.now());
    if (!next) return html`<p>${msg('Your class has had its last meeting. Everything you wrote is still here.')}</p>`;
    const m = next.meeting;
    const note = noteFor(p, m.week);
    return html`
      <p class="eyebrow">${msg(str`Next meeting · ${weekNameOf(m.week)}: ${weekTitleOf(m.week)}`)}</p>
      <p class="when">${formatMeeting(p, m, dateLocale(), p.timeZone !== deviceTimeZone())}</p>
      ${p.venue ? html`<p class="venue">${linkedText(p.venue)}</p>` : nothing}
      ${note ? html`<p class="note">${msg(str`A note from ${p.facilitator.name}: ${note}`)}</p>` : nothing}
    `;
  }

  override render() {
    const p = this.pack;
    if (!p) return nothing;
    return html`<al-card>
      <h2>${msg(str`Your class: ${p.name}`)}</h2>
      ${this.renderNext(p)}
      ${p.agreements.length
        ? html`<details><summary>${msg('Our group agreements')}</summary><ul>${p.agreements.map((a) => html`<li>${a}</li>`)}</ul></details>`
        : nothing}
      ${p.resources.length
        ? html`<details><summary>${msg(str`Local support (${formatCount(p.resources.length)})`)}</summary><al-local-resources .resources=${p.resources}></al-local-resources></details>`
        : nothing}
      <al-calendar-button slot="actions" .pack=${p}></al-calendar-button>
      <a slot="actions" class="btn quiet" href="/class">${msg('See my class')}</a>
      <a slot="actions" class="btn quiet" href="/share">${msg('Share one thing')}</a>
    </al-card>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-card': AlClassCard;
  }
}
