import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import type { Sensitivity } from '../../shared/domain/nudge/cue-detector.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { changeStored, problemBox } from '../../shared/ui/base/stored-view.ts';
import { tellOpenTabs } from '../tell-open-tabs.ts';
import { formStyles } from './options-styles.ts';

/** The choices, in the page's language (built at render time). */
function choices(): readonly { value: Sensitivity; label: string; detail: string }[] {
  return [
    { value: 'gentle', label: msg('Gentle'), detail: msg('Only when a message has strong signs it could hurt.') },
    { value: 'standard', label: msg('Standard'), detail: msg('When a message has words that often make a talk harder.') },
    { value: 'off', label: msg('Off'), detail: msg('Never. Alongside won’t look at what you write.') },
  ];
}

/** Said plainly, because the reader learned from English only (issue #17) and stays quiet rather than guess. */
function languageNote(): string {
  return msg(
    'The gentle thoughts read English for now: on a message in Spanish or another language, Alongside stays quiet rather than guess, and still offers help lines when its words, in English or Spanish, speak of crisis or danger.',
  );
}

/**
 * How readily the in-page chip offers a thought: gentle, standard or off.
 *
 * @summary Options: nudge sensitivity.
 */
@customElement('al-options-nudges')
@localized()
export class AlOptionsNudges extends LitElement {
  static override styles = [baseStyles, formStyles, css`:host { display: block; }`];

  @state() private saved = false;
  @state() private problem = '';

  /** Where settings are kept. */
  @property({ attribute: false }) settings = settingsRepo;

  /** The sensitivity as stored; read again after each change. */
  private readonly sensitivity = new Task(this, { task: ([settings]) => settings.get('nudgeSensitivity', 'standard'), args: () => [this.settings] as const });

  private async handleChange(value: Sensitivity): Promise<void> {
    this.problem = await changeStored(this.sensitivity, async () => {
      await this.settings.set('nudgeSensitivity', value);
      // Pages already open follow at once: with "off" they stop reading what you write.
      await tellOpenTabs();
    });
    this.saved = !this.problem;
  }

  override render() {
    return html`
      <fieldset aria-describedby="language-note">
        <legend>${msg('When to offer a gentle thought')}</legend>
        ${choices().map(
          (c) => html`<label class="check"><input type="radio" name="sensitivity" value=${c.value} .checked=${this.sensitivity.value === c.value} @change=${() => this.handleChange(c.value)} />
            <span>${c.label}<span class="detail">${c.detail}</span></span></label>`,
        )}
      </fieldset>
      <p class="hint" id="language-note">${languageNote()}</p>
      <p class="saved" role="status">${this.saved ? msg('Saved. It applies to pages already open, too.') : ''}</p>
      ${problemBox(this.problem)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-options-nudges': AlOptionsNudges;
  }
}
