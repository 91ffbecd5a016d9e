import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatCount } from '../../content/locale.ts';
import type { ClassPack } from '../../domain/classes/class-pack.ts';
import { classFileName, classLink, classPackJson, encodeClassPack } from '../../domain/classes/class-pack-codec.ts';
import { problemText } from '../base/problem.ts';
import './pack-problem-wording.ts';
import { downloadFile } from '../base/download.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { classFormStyles } from './class-form-styles.ts';
import '../base/copy-button.ts';
import '../base/qr-code.ts';
import { problemBox } from '../base/stored-view.ts';

/**
 * The three ways to hand out a class pack: a `.json` file, a link with the pack inside its
 * `#fragment` (never sent to any server), and a QR code of that link, with the link beside it.
 *
 * @summary Class pack sharing.
 */
@localized()
@customElement('al-class-share')
export class AlClassShare extends LitElement {
  static override styles = [
    baseStyles,
    classFormStyles,
    css`
      :host { display: block; }
      .ways { display: grid; gap: var(--al-space-5); grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); align-items: start; }
      h3 { font-size: 1.1rem; margin-bottom: var(--al-space-2); }
      textarea { font-family: ui-monospace, monospace; font-size: 0.85rem; word-break: break-all; }
      figure { margin: 0; display: flex; flex-direction: column; gap: var(--al-space-2); align-items: flex-start; }
      figcaption { font-size: var(--al-font-size-small); color: var(--al-color-text-muted); max-width: 20rem; }
    `,
  ];

  @state() private link = '';
  /** Why the link could not be made (worded at render time, in the interface's language). */
  @state() private problem: unknown;

  /** The checked pack to share. */
  @property({ attribute: false }) pack: ClassPack | undefined;
  /** The app's address, for the link (the current origin by default). */
  @property() origin = location.origin;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('pack') || changed.has('origin')) void this.encode();
  }

  private async encode(): Promise<void> {
    const pack = this.pack;
    this.link = '';
    if (!pack) return;
    try {
      const code = await encodeClassPack(pack);
      if (pack === this.pack) this.link = classLink(this.origin, code);
    } catch (error) {
      this.problem = error;
    }
  }

  private handleDownload(): void {
    if (this.pack) downloadFile(classFileName(this.pack), classPackJson(this.pack), 'application/json');
  }

  override render() {
    if (!this.pack) return nothing;
    return html`
      ${problemBox(this.problem === undefined ? '' : problemText(this.problem))}
      <div class="ways">
        <section aria-labelledby="link-title">
          <h3 id="link-title">${msg('A link')}</h3>
          <p class="hint">${msg('Send it by message or email. The class is inside the link itself, so it works with no account and no server.')}</p>
          <div class="field"><label for="link">${msg('Class link')}</label>
            <textarea id="link" readonly rows="4" .value=${this.link} @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}></textarea></div>
          <div class="buttons"><al-copy-button primary .text=${this.link} caption=${msg('Copy the link')}></al-copy-button></div>
          <p class="hint">${this.link ? msg(str`${formatCount(this.link.length, { grouping: false })} characters long.`) : msg('Making the link…')}</p>
        </section>
        <section aria-labelledby="qr-title">
          <h3 id="qr-title">${msg('A QR code')}</h3>
          <p class="hint">${msg('Show it on a screen or print it. People scan it with their phone camera.')}</p>
          ${this.link
            ? html`<figure>
                <al-qr-code .text=${this.link} label=${msg(str`QR code that opens the class link for ${this.pack.name}. The same link is in the “Class link” box.`)}></al-qr-code>
                <figcaption>${msg('Scanning this opens the same link as the one in the “Class link” box.')}</figcaption>
              </figure>`
            : nothing}
        </section>
        <section aria-labelledby="file-title">
          <h3 id="file-title">${msg('A file')}</h3>
          <p class="hint">${msg('For email, or if a link is too long for your messaging app. People open it in Alongside under “Join a class”.')}</p>
          <button class="btn" type="button" @click=${this.handleDownload}>${msg('Download the class file')}</button>
        </section>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-share': AlClassShare;
  }
}
