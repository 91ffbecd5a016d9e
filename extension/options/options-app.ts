import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { StorageError } from '../../shared/data/errors.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';
import { downloadExport } from './export-data.ts';
import { formStyles } from './options-styles.ts';
import '../../shared/ui/base/card.ts';
import '../../shared/ui/trust/unlock-panel.ts';
import './options-nudges.ts';
import './options-reminders.ts';
import './options-sites.ts';
import '../popup/dev-build-note.ts';
import '../popup/link-status.ts';
import '../help/help-bar.ts';
import { problemBox } from '../../shared/ui/base/stored-view.ts';
import { problemText } from '../../shared/ui/base/problem.ts';

/**
 * Options: which sites Alongside may offer prompts on and how readily, reminders, and
 * what it keeps (with a way to take it all with you).
 *
 * @summary Options page.
 */
@customElement('al-options')
@localized()
export class AlOptions extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host { display: block; }
      main { max-width: 44rem; margin: 0 auto; padding: var(--al-space-5) var(--al-space-4); }
      h1 { font-size: var(--al-font-size-h1); }
      al-card { margin-bottom: var(--al-space-4); }
      al-dev-build-note { margin-bottom: var(--al-space-4); }
      @media (max-width: 30rem) { al-card { --al-card-padding: var(--al-space-4); } }
    `,
  ];

  /** The export started: said at render time, in the page's language. */
  @state() private exportStarted = false;
  @state() private exportProblem = '';
  /** The export needs the person's words, and the course's app lock keeps them sealed here until unlocked. */
  @state() private exportLocked = false;

  private async handleExport(): Promise<void> {
    this.exportProblem = '';
    try {
      await downloadExport();
      this.exportLocked = false;
      this.exportStarted = true;
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'locked') {
        this.exportStarted = false;
        this.exportLocked = true;
        return;
      }
      this.exportStarted = false;
      this.exportProblem = problemText(error);
    }
  }

  override render() {
    return html`
      <al-help-bar></al-help-bar>
      <main>
        <h1>${msg('Alongside options')}</h1>
        <al-dev-build-note></al-dev-build-note>
        <al-card>
          <al-options-sites></al-options-sites>
          <al-options-nudges></al-options-nudges>
        </al-card>
        <al-card>
          <al-options-reminders></al-options-reminders>
        </al-card>
        <al-card>
          <h2>${msg('Your privacy')}</h2>
          <p>${msg('Your boundaries, plans and words are kept in this browser, in the extension’s own storage. Nothing leaves your device. Removing the extension removes what it kept.')}</p>
          <p>${msg('You can save a copy of everything it keeps, as a file.')}</p>
          <button class="btn" type="button" @click=${this.handleExport}>${msg('Export my extension data')}</button>
          ${this.exportLocked
            ? html`<al-unlock-panel headingLevel="3" heading=${msg('Unlock to export')} intro=${msg('Your boundaries, plans and own words are stored encrypted, and the file holds them as you wrote them.')} focusOnShow
                @al-unlocked=${() => void this.handleExport()}></al-unlock-panel>`
            : nothing}
          <p class="saved" role="status">${this.exportStarted ? msg('Your file is downloading. Keep it somewhere private: it holds what you wrote.') : ''}</p>
          ${problemBox(this.exportProblem)}
          <al-link-status explain-unlinked></al-link-status>
        </al-card>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-options': AlOptions;
  }
}
