import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CareNote } from '../../content/crisis-care-by-country.ts';
import { careWordsIn, crisisCareIn } from '../../content/crisis-care-by-country-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { guessCountryHere } from './browser-country.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { countryChooser, helpFor, helpViewStyles, type ChoiceKept } from './help-view.ts';

/**
 * Crisis care where the reader lives (week 6, "When crisis services come"): who can come, the
 * law on care without consent, advance statements. Uses the same saved country as the crisis
 * lines, so choosing here changes both; the lesson is read one step at a time, so reading the
 * saved choice when the step opens is enough to stay in step with the help screen.
 *
 * @summary Crisis care notes for the saved country.
 */
@customElement('al-country-crisis-care')
@localized()
export class AlCountryCrisisCare extends LitElement {
  static override styles = [
    baseStyles,
    helpViewStyles,
    css`
      :host { display: block; margin: var(--al-space-4) 0; }
      .note { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-surface); margin-top: var(--al-space-4); }
      .note h3 { margin: 0 0 var(--al-space-2); font-size: 1.15rem; }
      .note p { margin: 0 0 var(--al-space-3); }
      .links { margin: 0 0 var(--al-space-3); padding-left: var(--al-space-5); }
      .caveat { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  @state() private saved: string | undefined;
  @state() private chosen: string | undefined;
  @state() private kept: ChoiceKept;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (c) => (this.saved = c || undefined),
      () => undefined, // The notes must show even when storage is unavailable.
    );
  }

  private handleCountry(code: string): void {
    this.chosen = code;
    settingsRepo.set('country', code).then(
      () => (this.kept = 'kept'),
      () => (this.kept = 'not-kept'),
    );
  }

  private renderNote(note: CareNote, country: string, topics: ReturnType<typeof careWordsIn>['topics']) {
    const id = `care-${note.region ?? 'all'}`.replace(/\W+/g, '-');
    return html`<section class="note" aria-labelledby=${id}>
      <h3 id=${id}>${note.region ? msg(str`In ${note.region}`) : msg(str`Where you live: ${country}`)}</h3>
      ${note.points.map(
        // A second point on the same topic reads on from the first, under the same lead-in.
        (p, i) => html`<p>${note.points[i - 1]?.topic === p.topic ? nothing : html`<strong>${topics[p.topic]}.</strong> `}${p.text}</p>`,
      )}
      ${note.links.length
        ? html`<p>${msg('To read more:')}</p>
            <ul class="links">
              ${note.links.map((l) => html`<li><a href=${l.href} target="_blank" rel="noopener noreferrer">${l.label}</a></li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  override render() {
    const help = helpFor(this.chosen ?? guessCountryHere(this.saved));
    // In the interface's language, read at render time, so a change of language shows at once.
    const language = interfaceLanguage();
    const care = crisisCareIn(help?.code, language);
    const words = careWordsIn(language);
    return html`
      ${countryChooser(help, (code) => this.handleCountry(code), this.kept)}
      ${help && care
        ? html`${care.notes.map((n) => this.renderNote(n, help.country, words.topics))}
            <p class="caveat">${words.caveat}</p>`
        : html`<p>${words.elsewhere}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-country-crisis-care': AlCountryCrisisCare;
  }
}
