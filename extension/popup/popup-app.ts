import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { baseStyles } from '../../shared/ui/shared-styles.ts';
import '../../shared/ui/features/boundaries-panel.ts';
import '../../shared/ui/features/crisis-help.ts';

/**
 * The extension popup: your boundaries, ready before a hard conversation, and crisis help one
 * click away. It shares the PWA's components; its data lives in the extension's own database.
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
      main { padding: var(--al-space-3) var(--al-space-4) var(--al-space-5); }
      .help-toggle { font-size: var(--al-font-size-small); background: var(--al-color-help-bg); color: var(--al-color-help-text); border-color: currentColor; border-radius: 999px; }
      .help-box { margin-bottom: var(--al-space-4); }
      .intro { color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      footer { padding: 0 var(--al-space-4) var(--al-space-4); font-size: var(--al-font-size-small); color: var(--al-color-text-muted); }
    `,
  ];

  @state() private showHelp = false;

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
        <p class="intro">Before a hard conversation, read your boundaries once. Say what you will do, calmly.</p>
        <al-boundaries-panel compact></al-boundaries-panel>
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
