import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { BUILT_FOR } from '../browser-target.ts';
import { COURSE_ORIGIN } from '../built-course.ts';
import { linkFromExtension, removeBridge } from '../course-bridge/course-bridge.ts';
import { clearLinkRequest } from '../link-confirm/link-request.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { baseStyles } from '../../shared/ui/base/shared-styles.ts';

/** What became of "Link with the course" in Firefox: linked, Firefox said no, or it failed; '' for nothing yet. */
type LinkNote = '' | 'linked' | 'refused' | 'failed';

function linkNoteText(note: LinkNote): string {
  if (note === 'linked') return msg('Linked. The course opened in a new tab; your toolkit is now the same in both.');
  if (note === 'refused') return msg('Firefox was not allowed to let Alongside reach the course, so nothing changed.');
  if (note === 'failed') return msg('Alongside could not link just now. Please try again.');
  return '';
}

/**
 * "Linked with the course": shown in the popup and options when the person linked the course
 * (the PWA) with the extension; "Unlink" stops the sync here (nothing is deleted). With
 * `explain-unlinked` (the options page) it also says when they are not linked, and how to link;
 * in Firefox, where linking starts in the extension, it offers "Link with the course" there.
 *
 * @summary Link status line.
 */
@customElement('al-link-status')
@localized()
export class AlLinkStatus extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; font-size: var(--al-font-size-small); margin-top: var(--al-space-3); }
      p { display: flex; gap: var(--al-space-2); align-items: center; margin: 0; }
      p.how { display: block; margin-top: var(--al-space-1); color: var(--al-color-text-muted); }
      p.action { margin-top: var(--al-space-2); }
    `,
  ];

  /** Also say "Not linked" and how to link (the popup stays short and says nothing then). */
  @property({ type: Boolean, attribute: 'explain-unlinked' }) explainUnlinked = false;

  /** When the link was made (null: not linked); read again after "Unlink". Nothing shows until it is known. */
  private readonly linkedAt = new Task(this, { task: () => settingsRepo.get('linkedAt', null), args: () => [] });

  /** Firefox: what became of "Link with the course", said under it (in words at render time). */
  @state() private linkNote: LinkNote = '';

  private async handleUnlink(): Promise<void> {
    await clearLinkRequest();
    await settingsRepo.set('linkedAt', null);
    if (BUILT_FOR === 'firefox') await removeBridge();
    await this.linkedAt.run();
  }

  /** Firefox: Firefox's question must be the first thing the click does (course-bridge.ts). */
  private async handleLink(): Promise<void> {
    this.linkNote = '';
    try {
      const linked = await linkFromExtension();
      this.linkNote = linked ? 'linked' : 'refused';
    } catch {
      this.linkNote = 'failed';
    }
    await this.linkedAt.run();
  }

  override render() {
    const at = this.linkedAt.value;
    if (at === undefined) return nothing;
    if (at === null) {
      if (!this.explainUnlinked) return nothing;
      if (BUILT_FOR === 'firefox') {
        return html`<p>${msg('Not linked with the course.')}</p>
          <p class="how">
            ${msg(str`Linking keeps your boundaries, plans and favourite words the same here and in the course at ${COURSE_ORIGIN}. Firefox will ask to let Alongside reach that one site, only so the two can talk inside this browser.`)}
          </p>
          <p class="action"><button class="btn" type="button" @click=${this.handleLink}>${msg('Link with the course')}</button></p>
          <p class="how" role="status">${linkNoteText(this.linkNote)}</p>`;
      }
      return html`<p>${msg('Not linked with the course.')}</p>
        <p class="how">${msg('To link them, open the Alongside course in this browser, go to its Settings, and choose “Link” under “Link with the Alongside extension”.')}</p>`;
    }
    return html`<p><span>${msg('Linked with the course')}</span><button class="btn quiet" type="button" @click=${this.handleUnlink}>${msg('Unlink')}</button></p>
      ${this.linkNote ? html`<p class="how" role="status">${linkNoteText(this.linkNote)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-link-status': AlLinkStatus;
  }
}
