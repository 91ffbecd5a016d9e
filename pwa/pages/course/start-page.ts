import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { OFFERED_LANGUAGES, type Language } from '../../../shared/content/locale.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import type { AlProfileSaveEvent } from '../../../shared/ui/course/profile-form.ts';
import { pageStyles } from '../page-styles.ts';
import { navigate } from '../../navigation.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import '../../../shared/ui/course/profile-form.ts';
import '../../../shared/ui/course/language-choice.ts';
import { problemBox } from '../../../shared/ui/base/stored-view.ts';

/**
 * Getting started: two questions the course uses to speak to the reader's situation.
 * Skippable, and changeable later in settings. The language comes first when there is a
 * choice, so a person can read the rest in theirs.
 *
 * @summary Getting started screen.
 */
@localized()
@customElement('al-start-page')
export class AlStartPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .right-now { max-width: var(--al-measure); margin: 0 0 var(--al-space-5); padding: var(--al-space-4); border-radius: var(--al-radius); background: var(--al-color-help-bg); color: var(--al-color-help-text); }
      .right-now h2 { font-size: 1.15rem; margin-bottom: var(--al-space-2); color: inherit; }
      .right-now p { color: var(--al-color-text); }
      .ways { display: flex; flex-wrap: wrap; gap: var(--al-space-2); margin: 0; }
    `,
  ];

  @state() private problem = '';

  /** The interface languages to choose between. */
  @property({ attribute: false }) languages: readonly Language[] = OFFERED_LANGUAGES;

  private async handleSave(event: AlProfileSaveEvent): Promise<void> {
    try {
      await settingsRepo.set('profile', event.profile);
      await settingsRepo.set('onboarded', true);
      navigate('/');
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  private async handleSkip(): Promise<void> {
    await settingsRepo.set('onboarded', true).catch(() => undefined);
    navigate('/');
  }

  override render() {
    return html`
      <h1>${msg('Getting started')}</h1>
      <al-language-choice .languages=${this.languages}></al-language-choice>
      <aside class="right-now" aria-labelledby="right-now">
        <h2 id="right-now">${msg('Is something happening right now?')}</h2>
        <p>${msg('If you or someone you love may be in danger, you don’t need to answer any questions first. Help is here.')}</p>
        <p class="ways"><a class="btn primary" href="/help">${msg('Something is happening right now')}</a> <a class="btn" href="/course/week/6">${msg('Read “When things get hard” (week 7)')}</a></p>
      </aside>
      <p class="lead">${msg('Two quick questions, so the stories and examples fit your life. We ask only what the course uses. Your answers stay on this device, and you can change them any time in settings.')}</p>
      ${problemBox(this.problem)}
      <div class="measure">
        <al-profile-form submitLabel=${msg('Start the course')} @al-profile-save=${this.handleSave}>
          <button slot="extra" class="btn quiet" type="button" @click=${this.handleSkip}>${msg('Skip for now')}</button>
        </al-profile-form>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-start-page': AlStartPage;
  }
}
