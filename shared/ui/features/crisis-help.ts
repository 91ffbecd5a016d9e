import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CRISIS_HELP, LOCAL_EMERGENCY_ADVICE, SOMEWHERE_ELSE, WHAT_TO_SAY, guessCountry } from '../../content/crisis-lines.ts';
import { baseStyles } from '../shared-styles.ts';

/**
 * Crisis lines for the person's country (chosen or guessed from the browser), the local
 * emergency number, and what to say when you call.
 *
 * @summary Crisis help.
 * @fires change - When the country changes (detail-less; read `country`).
 */
@customElement('al-crisis-help')
export class AlCrisisHelp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .urgent { background: var(--al-color-help-bg); color: var(--al-color-help-text); border-radius: var(--al-radius); padding: var(--al-space-4); font-weight: 600; font-size: 1.1em; }
      label { display: block; font-weight: 600; margin: var(--al-space-4) 0 var(--al-space-1); }
      select { font: inherit; min-height: var(--al-touch); padding: 0 var(--al-space-3); border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); background: var(--al-color-surface); color: inherit; }
      ul.lines { list-style: none; padding: 0; margin: var(--al-space-4) 0; display: grid; gap: var(--al-space-3); }
      .line { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-surface); }
      .line .line-name { margin: 0 0 var(--al-space-2); font-size: 1.1rem; }
      .call { font-size: 1.15rem; }
      h2.say, h3.say { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
    `,
  ];

  @state() private chosen: string | undefined;

  /** A saved country code, or `SOMEWHERE_ELSE`, if the person chose one. */
  @property() country: string | undefined;
  /** Lines only, without "what to say" (for the popup). */
  @property({ type: Boolean }) compact = false;
  /** Inside a page section that has its own h2 (a lesson step): headings one level down. */
  @property({ type: Boolean }) nested = false;

  private heading(text: string, className: string) {
    return this.nested ? html`<h3 class=${className}>${text}</h3>` : html`<h2 class=${className}>${text}</h2>`;
  }

  private handleCountry(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.country = this.chosen;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  override render() {
    const code = this.chosen ?? guessCountry(this.country, navigator.languages ?? [navigator.language]);
    const help = CRISIS_HELP.find((c) => c.code === code);
    return html`
      <p class="urgent">${LOCAL_EMERGENCY_ADVICE}${help ? ` In ${help.inCountry}, that is ${help.emergency}.` : ''}</p>
      <label for="country">Where are you?</label>
      <select id="country" @change=${this.handleCountry}>
        <option value=${SOMEWHERE_ELSE} ?selected=${!help}>Somewhere else</option>
        ${CRISIS_HELP.map((c) => html`<option value=${c.code} ?selected=${c.code === help?.code}>${c.country}</option>`)}
      </select>
      ${help
        ? html`<ul class="lines">
            ${help.lines.map(
              (l) => html`<li class="line">
                ${this.heading(l.name, 'line-name')}
                ${l.contacts.map((c) => html`<p class="call"><a href=${c.href}>${c.label}</a></p>`)}
                <p>${l.hours} ${l.detail}</p>
              </li>`,
            )}
          </ul>`
        : html`<p>Many countries have a free crisis line. A local doctor, pharmacist or library can tell you yours. Until then, your local emergency number is always there.</p>`}
      ${this.compact
        ? ''
        : html`${this.heading('What to say when you call', 'say')}
            <ol>${WHAT_TO_SAY.map((s) => html`<li>${s}</li>`)}</ol>
            <p>You do not need the right words. Saying "I am worried and I don't know what to do" is enough to start.</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-crisis-help': AlCrisisHelp;
  }
}
