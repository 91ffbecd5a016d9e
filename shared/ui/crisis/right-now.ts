import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { kindsInOrder, linesOfKind, type CountryHelp, type HelpKind } from '../../content/crisis-lines.ts';
import { guessCountryHere } from './browser-country.ts';
import type { RightNowCard } from '../../content/right-now.ts';
import { rightNowCardsIn } from '../../content/right-now-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { countryChooser, emergencyBlock, type ChoiceKept, helpFor, helpViewStyles, linesByKind, whatToSay } from './help-view.ts';

/**
 * "Need help now?" as a right-now page, in the order that matters tonight: the emergency
 * number, the person's own crisis plan (slot `plan`, the PWA's), the lines for their country
 * by what they are for, what to say, then short "what to do now" cards. The country is the
 * one saved in this product's settings ('country'), else the browser's region; a choice here
 * is saved there, so week 6 and the chip agree.
 *
 * @summary The right-now help content, shared by the PWA's help page and the extension's.
 * @slot plan - The person's crisis plan, between the emergency number and the lines.
 */
@customElement('al-right-now')
@localized()
export class AlRightNow extends LitElement {
  static override styles = [
    baseStyles,
    helpViewStyles,
    css`
      :host { display: block; }
      section.part { margin-bottom: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
      ::slotted([slot='plan']) { margin-bottom: var(--al-space-5); }
      details { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); background: var(--al-color-surface); margin-bottom: var(--al-space-3); }
      summary { cursor: pointer; min-height: var(--al-touch); display: flex; align-items: center; padding: var(--al-space-2) var(--al-space-4); font-weight: 700; font-size: 1.1rem; }
      /* A flex summary loses the browser's marker: draw one, so it reads as something to open. */
      summary::before { content: '▸' / ''; margin-right: var(--al-space-2); }
      details[open] > summary::before { content: '▾' / ''; }
      summary:focus-visible { outline: 3px solid var(--al-color-focus, currentColor); outline-offset: 2px; }
      .card-body { padding: 0 var(--al-space-4) var(--al-space-4); }
      .card-body ol { padding-left: 1.4em; margin: 0 0 var(--al-space-3); }
      .card-body li { margin-bottom: var(--al-space-2); }
    `,
  ];

  @state() private saved: string | undefined;
  @state() private loaded = false;
  @state() private kept: ChoiceKept;

  /** Lines of this kind first (the extension's help page opened for crisis or safety help). */
  @property() first: HelpKind | undefined;
  /** Shows links to course pages (the safety plan); off where there are none (the extension). */
  @property({ type: Boolean, attribute: 'course-links' }) courseLinks = false;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (c) => {
        this.saved = c || undefined;
        this.loaded = true;
      },
      // Help must show even when storage is unavailable.
      () => (this.loaded = true),
    );
  }

  private handleCountry(code: string): void {
    this.saved = code;
    this.kept = undefined;
    // Said only once the write has finished: a reload before then would lose the choice.
    settingsRepo.set('country', code).then(
      () => (this.kept = this.saved === code ? 'kept' : this.kept),
      () => (this.kept = 'not-kept'),
    );
  }

  private renderCard(card: RightNowCard, help: CountryHelp | undefined) {
    const contacts = help ? linesOfKind(help, [card.lines]).flatMap((l) => l.contacts.map((c) => ({ ...c, name: l.name }))) : [];
    return html`<details>
      <summary>${card.title}</summary>
      <div class="card-body">
        <ol>${card.steps.map((s) => html`<li>${s}</li>`)}</ol>
        ${contacts.length
          ? html`<p class="contacts">${contacts.map((c) => html`<a class="call" href=${c.href} aria-label=${`${c.label}, ${c.name}`}>${c.label}</a>`)}</p>`
          : nothing}
        ${card.next && this.courseLinks ? html`<p><a href=${card.next.href}>${card.next.label}</a></p>` : nothing}
      </div>
    </details>`;
  }

  override render() {
    // Until the saved choice is read, guess nothing: a flash of the wrong country's numbers is worse than a moment's wait.
    const help = helpFor(this.loaded ? guessCountryHere(this.saved) : undefined);
    return html`
      <section class="part" aria-labelledby="danger-title">
        <h2 id="danger-title">${msg('If a life is in danger')}</h2>
        ${emergencyBlock(help, { big: true })}
        ${countryChooser(help, (code) => this.handleCountry(code), this.kept)}
      </section>
      <slot name="plan"></slot>
      <section class="part" aria-labelledby="lines-title">
        <h2 id="lines-title">${msg('Call or text for help')}</h2>
        ${linesByKind(help, kindsInOrder(this.first), 3)}
        ${whatToSay(3)}
      </section>
      <section class="part" aria-labelledby="now-title">
        <h2 id="now-title">${msg('What to do now')}</h2>
        <p>${msg('Short steps for the hardest moments. Open the one that fits.')}</p>
        ${rightNowCardsIn(interfaceLanguage()).map((card) => this.renderCard(card, help))}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-right-now': AlRightNow;
  }
}
