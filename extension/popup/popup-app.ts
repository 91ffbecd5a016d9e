import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import '../../shared/ui/features/boundaries-panel.ts';
import '../../shared/ui/features/crisis-help.ts';
import '../../shared/ui/features/favourite-prompts.ts';
import '../../shared/ui/features/today-plan.ts';
import './link-status.ts';
import './site-toggle.ts';

/** What the popup shows: the overview, the 60-second prep, or the prompt library. */
type View = 'home' | 'prep' | 'words';

/**
 * The extension popup: before a hard conversation, a 60-second prep, today's plan, favourite
 * words and boundaries, ready to read and copy; crisis help one click away. It shares the
 * PWA's components; its data lives in the extension's own database.
 *
 * @summary Popup.
 */
@customElement('al-popup')
export class AlPopup extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; width: 380px; max-width: 100vw; }
      header { display: flex; align-items: center; gap: var(--al-space-2); padding: var(--al-space-3) var(--al-space-4); border-bottom: 1px solid var(--al-color-border-soft); background: var(--al-color-surface); }
      header img { width: 28px; height: 28px; border-radius: 7px; }
      h1 { font-size: 1.2rem; margin: 0; flex: 1; }
      h2 { font-size: 1.1rem; margin: var(--al-space-4) 0 var(--al-space-2); }
      main { padding: var(--al-space-3) var(--al-space-4) var(--al-space-5); }
      .help-toggle { font-size: var(--al-font-size-small); background: var(--al-color-help-bg); color: var(--al-color-help-text); border-color: currentColor; border-radius: 999px; }
      .help-box { margin-bottom: var(--al-space-4); }
      .intro { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); margin-top: var(--al-space-4); }
      .prep { width: 100%; min-height: 3.25rem; font-size: 1.05rem; text-align: center; }
      .more { margin-top: var(--al-space-2); }
      .back { margin-bottom: var(--al-space-2); }
      .view-heading:focus { outline: none; }
      footer { padding: 0 var(--al-space-4) var(--al-space-4); font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
    `,
  ];

  @state() private showHelp = false;
  @state() private view: View = 'home';

  private async show(view: View): Promise<void> {
    // The prep flow and the library load on first use, so the popup opens fast.
    if (view === 'prep') await import('../../shared/ui/features/quick-prep.ts');
    if (view === 'words') await import('../../shared/ui/features/prompt-library.ts');
    const from = this.view;
    this.view = view;
    await this.updateComplete;
    if (view === 'home') return this.renderRoot.querySelector<HTMLElement>(from === 'prep' ? '.prep' : '.more')?.focus();
    const prep = this.renderRoot.querySelector('al-quick-prep');
    await prep?.updateComplete;
    (prep ?? this.renderRoot.querySelector<HTMLElement>('.view-heading'))?.focus();
  }

  private renderHome() {
    return html`
      <button class="btn primary prep" type="button" @click=${() => void this.show('prep')}>I’m about to have a hard conversation</button>
      <al-today-plan></al-today-plan>
      <section aria-labelledby="fav-heading">
        <h2 id="fav-heading">Favourite words</h2>
        <al-favourite-prompts></al-favourite-prompts>
        <button class="btn more" type="button" @click=${() => void this.show('words')}>Find words to say</button>
      </section>
      <p class="intro">Before a hard conversation, read your boundaries once. Say what you will do, calmly.</p>
      <al-boundaries-panel compact></al-boundaries-panel>
      <al-site-toggle></al-site-toggle>
      <al-link-status></al-link-status>
    `;
  }

  private renderWords() {
    return html`
      <button class="btn quiet back" type="button" @click=${() => void this.show('home')}>← Back</button>
      <h2 class="view-heading" tabindex="-1">Find words to say</h2>
      <al-prompt-library compact headingLevel="3"></al-prompt-library>
    `;
  }

  override render() {
    return html`
      <header>
        <img src="/icons/icon-48.png" alt="" width="28" height="28" />
        <h1>Alongside</h1>
        <button class="btn help-toggle" type="button" aria-expanded=${String(this.showHelp)} aria-controls="help" @click=${() => (this.showHelp = !this.showHelp)}>Need help now?</button>
      </header>
      <main>
        <div id="help" class="help-box" ?hidden=${!this.showHelp}>
          ${this.showHelp ? html`<al-crisis-help compact></al-crisis-help>` : ''}
        </div>
        ${this.view === 'prep'
          ? html`<al-quick-prep @al-quick-prep-done=${() => void this.show('home')}></al-quick-prep>`
          : this.view === 'words'
            ? this.renderWords()
            : this.renderHome()}
      </main>
      <footer>Kept in this browser only. Nothing is sent anywhere.</footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-popup': AlPopup;
  }
}
