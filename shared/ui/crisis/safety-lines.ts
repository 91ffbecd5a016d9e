import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { linesOfKind } from '../../content/crisis-lines.ts';
import { guessCountryHere } from './browser-country.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { helpFor } from './help-view.ts';

/**
 * Who to call when someone may hurt you: the emergency number and the domestic-violence
 * line of the person's country (the country saved on the help screen, else the browser's
 * region), as tap targets. Where no line is listed for the country, the local emergency
 * number, and where to find a line.
 *
 * @summary Emergency number and domestic-violence line.
 */
@customElement('al-safety-lines')
@localized()
export class AlSafetyLines extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .urgent { background: var(--al-color-help-bg); color: var(--al-color-help-text); border-radius: var(--al-radius-small); padding: var(--al-space-3); font-weight: 600; }
      .urgent a { color: inherit; }
      ul { list-style: none; margin: 0 0 var(--al-space-3); padding: 0; display: grid; gap: var(--al-space-2); }
      li { overflow-wrap: anywhere; }
      .name { font-weight: 700; display: block; }
      .call { display: inline-block; font-size: 1.1em; font-weight: 600; margin-right: var(--al-space-3); min-height: var(--al-touch); line-height: var(--al-touch); }
      .detail { display: block; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  @state() private saved: string | undefined;

  /** Where more help lines are (the course's help page); without it, the text points to "Need help now?". */
  @property() helpHref: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (c) => (this.saved = c || undefined),
      () => undefined, // Help shows even when storage can't be read.
    );
  }

  override render() {
    const help = helpFor(guessCountryHere(this.saved));
    const lines = help ? linesOfKind(help, ['violence']) : [];
    const more = this.helpHref ? html`<a href=${this.helpHref}>${msg('Find a line for your country')}</a>` : msg('“Need help now?” lists the lines we know of.');
    return html`
      <p class="urgent">
        ${help
          ? msg(html`If you are in danger now, call <a href=${help.emergencyHref}>${help.emergency}</a>.`)
          : msg('If you are in danger now, call your local emergency number.')}
      </p>
      ${lines.length
        ? html`<ul>
            ${lines.map(
              (l) => html`<li>
                <span class="name">${l.name}</span>
                ${l.contacts.map((c) => html`<a class="call" href=${c.href}>${c.label}</a>`)}
                <span class="detail">${l.hours} ${l.detail}</span>
              </li>`,
            )}
          </ul>`
        : html`<p>${msg('A domestic-violence line can help you think about your safety, in confidence, even if you are not sure it is abuse.')} ${more}</p>`}
      ${lines.length && this.helpHref ? html`<p><a href=${this.helpHref}>${msg('More help lines')}</a></p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-safety-lines': AlSafetyLines;
  }
}
