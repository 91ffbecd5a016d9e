import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { OFFERED_LANGUAGES, type Language } from '../../../shared/content/locale.ts';
import { Task } from '@lit/task';
import { DEFAULT_PACING } from '../../../shared/domain/course/course-progress.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import type { AlProfileSaveEvent } from '../../../shared/ui/course/profile-form.ts';
import { pageStyles } from '../page-styles.ts';
import { changeStored, problemBox, readProblem } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/course/profile-form.ts';
import '../../../shared/ui/course/language-choice.ts';
import '../../../shared/ui/base/card.ts';
import '../../link/link-card.ts';

/**
 * Settings: the interface's language (when there is a choice), who you support, how weeks open.
 *
 * @summary Settings screen.
 */
@localized()
@customElement('al-settings-page')
export class AlSettingsPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      al-card { max-width: var(--al-measure); margin-bottom: var(--al-space-4); }
      h2 { font-size: var(--al-font-size-h2); }
      fieldset { border: none; padding: 0; margin: 0; }
      legend { font-weight: 700; margin-bottom: var(--al-space-2); }
      label { display: flex; gap: var(--al-space-3); align-items: center; min-height: var(--al-touch); }
      input { width: 1.2rem; height: 1.2rem; accent-color: var(--al-color-primary); }
      ul.links { margin: 0; padding-left: 1.25rem; }
      ul.links li { min-height: var(--al-touch); display: list-item; padding: var(--al-space-2) 0; }
    `,
  ];

  /** What the last change did, worded at render time so a change of language rewords it. */
  @state() private status: (() => string) | undefined;
  @state() private problem = '';

  /** The interface languages to choose between. */
  @property({ attribute: false }) languages: readonly Language[] = OFFERED_LANGUAGES;

  /** Who the reader supports and how weeks open: read when the screen opens, and again after each change. */
  private readonly stored = new Task(this, {
    task: async () => {
      const [profile, pacing] = await Promise.all([settingsRepo.get('profile', null), settingsRepo.get('pacing', DEFAULT_PACING)]);
      return { profile: profile ?? undefined, pacing };
    },
    args: () => [],
  });

  /** Saves a change and reads the settings again; says so when it worked, and why not when it did not. */
  private async change(work: () => Promise<unknown>, done: () => string): Promise<void> {
    this.problem = await changeStored(this.stored, work);
    this.status = this.problem ? undefined : done;
  }

  private handleProfile(event: AlProfileSaveEvent): void {
    void this.change(async () => {
      await settingsRepo.set('profile', event.profile);
      await settingsRepo.set('onboarded', true);
    }, () => msg('Saved. The course will use your new choices.'));
  }

  private handlePacing(allOpen: boolean): void {
    const pacing = { ...(this.stored.value?.pacing ?? DEFAULT_PACING), allOpen };
    void this.change(() => settingsRepo.set('pacing', pacing), () => (allOpen ? msg('All weeks are open now.') : msg('Weeks will open one after another.')));
  }

  override render() {
    const { profile, pacing = DEFAULT_PACING } = this.stored.value ?? {};
    return html`
      <h1>${msg('Settings')}</h1>
      <p role="status" class="lead">${this.status?.() || nothing}</p>
      ${problemBox(readProblem(this.stored) || this.problem)}
      ${this.languages.length > 1
        ? html`<al-card>
            <h2>${msg('Language')}</h2>
            <al-language-choice .languages=${this.languages}></al-language-choice>
          </al-card>`
        : nothing}
      <al-card>
        <h2>${msg('About you')}</h2>
        <p>${msg('The course uses this to pick stories and words that fit your life. It stays on this device.')}</p>
        <al-profile-form .profile=${profile} submitLabel=${msg('Save my answers')} @al-profile-save=${this.handleProfile}></al-profile-form>
      </al-card>
      <al-card>
        <h2>${msg('How weeks open')}</h2>
        ${pacing.mode === 'class'
          ? html`<p>${msg('You are in a class, so each week opens on its meeting date. Earlier weeks stay open to catch up.')} <a href="/class">${msg('See my class')}</a></p>`
          : html`<fieldset>
              <legend>${msg('At your own pace')}</legend>
              <label><input type="radio" name="pacing" .checked=${!pacing.allOpen} @change=${() => this.handlePacing(false)} />${msg('One week after another (recommended)')}</label>
              <label><input type="radio" name="pacing" .checked=${pacing.allOpen} @change=${() => this.handlePacing(true)} />${msg('All weeks open now')}</label>
            </fieldset>`}
      </al-card>
      <al-link-card></al-link-card>
      <al-card>
        <h2>${msg('Your data')}</h2>
        <p>${msg('Everything stays on this device. Keep a copy, lock it, or delete it.')}</p>
        <ul class="links">
          <li><a href="/backup">${msg('Backup and restore')}</a></li>
          <li><a href="/settings/lock">${msg('App lock')}</a></li>
          <li><a href="/privacy">${msg('Privacy and storage, and deleting all your data')}</a></li>
        </ul>
      </al-card>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-settings-page': AlSettingsPage;
  }
}
