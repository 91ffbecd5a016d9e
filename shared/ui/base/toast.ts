import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from './shared-styles.ts';

/** What a toast can offer besides its message. */
export interface ToastOptions {
  /** A button such as "Undo". */
  action?: { label: string; run: () => void | Promise<void> };
  /** `alert` for problems the person must notice; `status` otherwise. */
  tone?: 'status' | 'alert';
}

/** Asks the page's toast for a message; fired by `showToast()`, answered by the page's `<al-toast>`. */
export class AlToastRequestEvent extends Event {
  static readonly type = 'al-toast-request';
  constructor(
    readonly message: string,
    readonly options: ToastOptions = {},
  ) {
    super(AlToastRequestEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Shows a message in the page's one toast, from any element on the page: the PWA's shell and
 * the extension's popup each keep one `<al-toast>`, so messages never stack on each other and
 * the toast's live regions are there before the first message.
 */
export function showToast(from: Element, message: string, options: ToastOptions = {}): void {
  from.dispatchEvent(new AlToastRequestEvent(message, options));
}

/**
 * A short status message, announced to screen readers. It stays long enough to read and
 * act on, and stays while hovered or focused. A page keeps one, and elements inside it ask
 * for messages with `showToast()`.
 *
 * @summary Toast / status message.
 */
@localized()
@customElement('al-toast')
export class AlToast extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { position: fixed; inset: auto 0 max(var(--al-space-4), env(safe-area-inset-bottom)) 0; display: flex; justify-content: center; pointer-events: none; z-index: 50; padding: 0 var(--al-space-4); }
      .toast {
        pointer-events: auto; display: flex; align-items: center; gap: var(--al-space-3); flex-wrap: wrap;
        max-width: 36rem; padding: var(--al-space-2) var(--al-space-2) var(--al-space-2) var(--al-space-4);
        background: var(--al-color-text); color: var(--al-color-bg); border-radius: var(--al-radius); box-shadow: var(--al-shadow);
      }
      .toast.alert { background: var(--al-color-danger-soft); color: var(--al-color-text); border: 2px solid var(--al-color-danger); }
      .btn { border-color: currentColor; color: inherit; background: transparent; }
      .btn:hover { background: rgb(127 127 127 / 0.2); }
      .btn:focus-visible { outline-color: currentColor; }
      p { margin: var(--al-space-2) 0; flex: 1 1 12rem; }
    `,
  ];

  @state() private message = '';
  @state() private options: ToastOptions = {};

  private timer: ReturnType<typeof setTimeout> | undefined;
  private paused = false;
  private abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.abort = new AbortController();
    // The request crosses shadow roots (composed) up to the window, whichever element asked.
    window.addEventListener(AlToastRequestEvent.type, (event) => this.show(event.message, event.options), { signal: this.abort.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearTimeout(this.timer);
  }

  /** Shows a message; a newer one replaces an older one. */
  show(message: string, options: ToastOptions = {}): void {
    this.message = message;
    this.options = options;
    this.schedule();
  }

  /** Hides the message. */
  hide(): void {
    clearTimeout(this.timer);
    this.message = '';
    this.options = {};
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const ms = this.options.action || this.options.tone === 'alert' ? 12000 : 6000;
    this.timer = setTimeout(() => (this.paused ? this.schedule() : this.hide()), ms);
  }

  private async handleAction(): Promise<void> {
    const action = this.options.action;
    this.hide();
    await action?.run();
  }

  override render() {
    const tone = this.options.tone ?? 'status';
    // The live regions exist before any message, so the first message is announced too.
    return html`
      <div role="status" aria-live="polite" class="visually-hidden">${tone === 'status' ? this.message : ''}</div>
      <div role="alert" class="visually-hidden">${tone === 'alert' ? this.message : ''}</div>
      ${this.message
        ? html`<div class="toast ${tone}" @pointerenter=${() => (this.paused = true)} @pointerleave=${() => (this.paused = false)}
            @focusin=${() => (this.paused = true)} @focusout=${() => (this.paused = false)}>
            <p aria-hidden="true">${this.message}</p>
            ${this.options.action ? html`<button class="btn" type="button" @click=${this.handleAction}>${this.options.action.label}</button>` : nothing}
            <button class="btn quiet" type="button" aria-label=${msg('Dismiss message')} @click=${this.hide}>✕</button>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-toast': AlToast;
  }
  interface WindowEventMap {
    'al-toast-request': AlToastRequestEvent;
  }
}
