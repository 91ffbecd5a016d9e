import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { HELP_KINDS, linesOfKind, type CountryHelp, type HelpContact, type HelpKind } from '../../content/crisis-lines.ts';
import { guessCountryHere } from './browser-country.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { helpFor, helpWords } from './help-view.ts';
import './local-resources.ts';

/** A heading for each kind of line, shorter than the help page's for a sheet of paper (read at render time). */
function kindTitle(kind: HelpKind): string {
  switch (kind) {
    case 'crisis':
      return msg('Suicide and crisis lines');
    case 'violence':
      return msg('Violence or abuse at home');
    case 'substance':
      return msg('Alcohol and drugs');
    case 'poison':
      return msg('Poisoning and overdose advice');
  }
}

/** The digits a contact dials, from its `tel:` or `sms:` link. */
function dialled(contact: HelpContact): string {
  return contact.href.replace(/^(?:tel|sms):/, '').replace(/[?;].*$/, '');
}

/** A contact as it reads on paper: its label, with the number written out when the label doesn't show every digit. */
function onPaper(contact: HelpContact): string {
  const digits = dialled(contact);
  return contact.label.replace(/\D/g, '').includes(digits.replace(/\D/g, '')) ? contact.label : `${contact.label}: ${digits}`;
}

/**
 * Help that goes on paper: the emergency number and every help line for the reader's
 * country (the country saved on the help screen, else the browser's region), grouped by kind,
 * with each number written out in full, since nobody can tap a sheet on the fridge. Then the
 * class's local resources, in their own section, labelled as from the class.
 *
 * @summary Help lines for a printed page.
 */
@customElement('al-print-help')
@localized()
export class AlPrintHelp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      section.lines { border: 2px solid var(--al-color-help-text); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-help-bg); }
      h2 { font-size: var(--al-font-size-h2); margin: 0 0 var(--al-space-2); }
      h3 { font-size: 1.05rem; margin: var(--al-space-3) 0 var(--al-space-1); }
      ul { margin: 0; padding-left: 1.2em; }
      li { margin-bottom: var(--al-space-1); }
      .name { font-weight: 700; }
      .emergency { font-weight: 700; }
      @media print {
        :host { color: #000; }
        section.lines { background: none; border-color: #000; break-inside: avoid; }
        a { color: #000; text-decoration: none; }
      }
    `,
  ];

  /** The country's code: its help is looked up at render time, in the interface's language. */
  @state() private country: string | undefined;
  @state() private ready = false;

  /** Leave out the class's local resources (for a page that shows them already). */
  @property({ type: Boolean, attribute: 'no-class' }) noClass = false;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (saved) => this.show(guessCountryHere(saved || undefined)),
      // A printed page must carry help even when storage is unavailable.
      () => this.show(guessCountryHere(undefined)),
    );
  }

  private show(code: string | undefined): void {
    this.country = code;
    this.ready = true;
  }

  private renderLines(help: CountryHelp) {
    return HELP_KINDS.map((kind) => {
      const lines = linesOfKind(help, [kind]);
      if (lines.length === 0) return nothing;
      return html`<h3>${kindTitle(kind)}</h3>
        <ul>
          ${lines.map((l) => html`<li><span class="name">${l.name}</span>: ${l.contacts.map(onPaper).join(msg(', or '))}. ${l.hours}</li>`)}
        </ul>`;
    });
  }

  override render() {
    if (!this.ready) return nothing;
    const help = helpFor(this.country);
    return html`
      <section class="lines" aria-labelledby="print-help-title">
        <h2 id="print-help-title">${help ? msg(str`If you need help (${help.country})`) : msg('If you need help')}</h2>
        ${help
          ? html`<p class="emergency">${msg(str`In an emergency, if a life may be in danger, call ${help.emergency}.`)}</p>${this.renderLines(help)}`
          : html`<p class="emergency">${helpWords().localEmergencyAdvice}</p>
              <p>${msg('To find a crisis line near you, ask your doctor or a local health service, and write the number here: ____________________')}</p>`}
      </section>
      ${this.noClass ? nothing : html`<al-local-resources from-class></al-local-resources>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-print-help': AlPrintHelp;
  }
}
