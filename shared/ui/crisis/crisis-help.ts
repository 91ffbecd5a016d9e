import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { HELP_KINDS } from '../../content/crisis-lines.ts';
import { guessCountryHere } from './browser-country.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { allLines, countryChooser, emergencyBlock, helpFor, helpViewStyles, linesByKind, whatToSay } from './help-view.ts';

/**
 * Crisis lines for the person's country (chosen or guessed from the browser), the local
 * emergency number, and what to say when you call: the short form of the help page, for
 * week 6, the crisis plan and the extension's popup.
 *
 * @summary Crisis help.
 * @fires change - When the country changes (detail-less; read `country`).
 */
@customElement('al-crisis-help')
@localized()
export class AlCrisisHelp extends LitElement {
  static override styles = [baseStyles, helpViewStyles, css`:host { display: block; }`];

  @state() private chosen: string | undefined;

  /** A saved country code, or `SOMEWHERE_ELSE`, if the person chose one. */
  @property() country: string | undefined;
  /** Lines only, in one list, without "what to say" (the popup, the crisis plan). */
  @property({ type: Boolean }) compact = false;
  /** Inside a page section that has its own h2 (a lesson step): headings one level down. */
  @property({ type: Boolean }) nested = false;

  private handleCountry(code: string): void {
    this.chosen = code;
    this.country = code;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  override render() {
    const help = helpFor(this.chosen ?? guessCountryHere(this.country));
    const level = this.nested ? 3 : 2;
    return html`
      ${emergencyBlock(help, { big: !this.compact })}
      ${countryChooser(help, (code) => this.handleCountry(code))}
      ${this.compact ? allLines(help, level) : html`${linesByKind(help, HELP_KINDS, level)} ${whatToSay(level)}`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-crisis-help': AlCrisisHelp;
  }
}
