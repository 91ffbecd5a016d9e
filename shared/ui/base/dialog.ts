import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { baseStyles } from './shared-styles.ts';
import { deepActiveElement } from './deep-active.ts';

/**
 * A modal dialog built on the native `<dialog>`: it traps focus, closes on Escape and
 * gives focus back to what opened it.
 *
 * @summary Dialog.
 * @slot - The body.
 * @slot actions - The buttons.
 * @fires close - When the dialog closes, however it closed.
 */
@customElement('al-dialog')
export class AlDialog extends LitElement {
  static override styles = [
    baseStyles,
    css`
      dialog {
        border: none; border-radius: var(--al-radius); padding: var(--al-space-5); max-width: min(32rem, calc(100vw - 2rem));
        background: var(--al-color-surface); color: var(--al-color-text); box-shadow: var(--al-shadow);
      }
      dialog::backdrop { background: rgb(20 14 10 / 0.55); }
      h2 { font-size: var(--al-font-size-h2); }
      .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--al-space-2); margin-top: var(--al-space-4); }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The dialog's heading, also its accessible name. */
  @property() heading = '';

  private opener: Element | null = null;

  private handleClose(): void {
    (this.opener as HTMLElement | null)?.focus?.();
    this.dispatchEvent(new Event('close', { bubbles: true, composed: true }));
  }

  /** Opens the dialog as a modal. */
  async show(): Promise<void> {
    this.opener = deepActiveElement();
    await this.updateComplete;
    this.dialog.showModal();
  }

  /** Closes the dialog. */
  close(): void {
    this.dialog?.close();
  }

  override render() {
    return html`<dialog aria-labelledby="heading" @close=${this.handleClose}>
      <h2 id="heading">${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-dialog': AlDialog;
  }
}
