import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { interfaceLanguage, OFFERED_LANGUAGES, type Language } from '../../content/locale.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { applyLanguage } from '../base/localization.ts';
import { problemText } from '../base/problem.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { choiceStyles } from './profile-form.ts';

/**
 * Each language named in itself, so a person who cannot read the interface's language still
 * finds their own; and marked with its `lang`, so a screen reader says it in its own voice.
 */
const NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/**
 * The interface's language: one radio per offered language. Choosing stores the choice and
 * switches every screen at once, with no reload, so nothing typed elsewhere on the page is
 * lost. Shows nothing while only one language is offered.
 *
 * @summary Interface language choice.
 */
@localized()
@customElement('al-language-choice')
export class AlLanguageChoice extends LitElement {
  static override styles = [
    baseStyles,
    choiceStyles,
    css`
      :host { display: block; }
      fieldset { margin: 0 0 var(--al-space-4); }
      .options { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
      .problem { color: var(--al-color-danger); font-weight: 600; }
    `,
  ];

  /** The languages to choose between (a test offers Spanish before people are offered it). */
  @property({ attribute: false }) languages: readonly Language[] = OFFERED_LANGUAGES;

  @state() private problem = '';

  private async choose(language: Language): Promise<void> {
    // Stored before the screen changes, so a screen in the new language means the choice is
    // kept: a reload straight after cannot cut the write short and bring the old language
    // back. A choice that could not be stored still holds for this visit, and says so.
    const problem = await settingsRepo.set('language', language).then(
      () => '',
      (error: unknown) => problemText(error),
    );
    await applyLanguage(language);
    this.problem = problem;
  }

  override render() {
    if (this.languages.length < 2) return nothing;
    const current = interfaceLanguage();
    return html`<fieldset>
      <legend>${msg('Choose your language')}</legend>
      <div class="options">
        ${this.languages.map(
          (l) => html`<label lang=${l}><input type="radio" name="language" .value=${l} .checked=${current === l}
            @change=${() => this.choose(l)} />${NAMES[l]}</label>`,
        )}
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-language-choice': AlLanguageChoice;
  }
}
