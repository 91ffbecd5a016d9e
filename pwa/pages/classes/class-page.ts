import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import type { ClassPack } from '../../../shared/domain/classes/class-pack.ts';
import { classRepo } from '../../../shared/data/classes/class-repo.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { pageStyles } from '../page-styles.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { problemBox, renderStored } from '../../../shared/ui/base/stored-view.ts';
import '../../../shared/ui/base/card.ts';
import '../../../shared/ui/classes/calendar-button.ts';
import '../../../shared/ui/classes/class-summary.ts';
import '../../../shared/ui/crisis/local-resources.ts';

/**
 * The member's class: meetings and the facilitator's notes, a calendar file, the group
 * agreements, local support, and leaving the class (which keeps all their own writing).
 *
 * @summary My class screen.
 */
@localized()
@customElement('al-class-page')
export class AlClassPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      al-card { max-width: var(--al-measure); margin-top: var(--al-space-5); }
      h2 { font-size: var(--al-font-size-h2); }
      .done { background: var(--al-color-primary-soft); padding: var(--al-space-3) var(--al-space-4); border-radius: var(--al-radius); max-width: var(--al-measure); }
      .agreements li { margin-bottom: var(--al-space-1); }
      .confirm { border: 2px solid var(--al-color-danger); border-radius: var(--al-radius-small); padding: var(--al-space-3); }
      .buttons { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  /** The address's query, from the shell. */
  @property({ attribute: false }) query = new URLSearchParams();

  @state() private confirming = false;
  /** Whether the person just left the class (said at render time, in the interface's language). */
  @state() private left = false;
  @state() private problem = '';

  /** The class the reader joined (null: none); read again after they leave it. */
  private readonly pack = new Task(this, { task: async () => (await classRepo.get()) ?? null, args: () => [] });

  private async handleLeave(): Promise<void> {
    try {
      await classRepo.leave();
      await this.pack.run();
      this.confirming = false;
      this.problem = '';
      this.left = true;
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  /** A line about what just happened: leaving, or (from the address) joining or updating. */
  private get status(): string {
    const pack = this.pack.value;
    if (this.left) return msg('You left the class. Your notes, reflections and progress are all still here, and weeks open at your own pace again.');
    if (!pack) return '';
    if (this.query.has('updated')) return msg('Your class is up to date. Your own notes are just as they were.');
    return this.query.has('joined') ? msg(str`You joined ${pack.name}. Week 1 is open now; each week after opens on its meeting date.`) : '';
  }

  private renderClass(p: ClassPack) {
    return html`
      <al-card>
        <h2>${p.name}</h2>
        <al-class-summary .pack=${p} detailed></al-class-summary>
        <al-calendar-button slot="actions" .pack=${p}></al-calendar-button>
        <a slot="actions" class="btn quiet" href="/share">${msg('Share one thing with the group')}</a>
      </al-card>
      ${p.agreements.length
        ? html`<al-card><h2>${msg('Our group agreements')}</h2><ul class="agreements">${p.agreements.map((a) => html`<li>${a}</li>`)}</ul></al-card>`
        : nothing}
      <al-card><h2>${msg('Local support')}</h2><al-local-resources .resources=${p.resources}></al-local-resources><a slot="actions" class="btn quiet" href="/support">${msg('National groups for families')}</a></al-card>
      <al-card>
        <h2>${msg('Leave the class')}</h2>
        <p>${msg('If you stop going, you can leave the class here. Everything you wrote stays on this device.')}</p>
        ${this.confirming
          ? html`<div class="confirm"><p><strong>${msg(str`Leave ${p.name}?`)}</strong> ${msg('Your notes, reflections and progress stay. Weeks go back to opening at your own pace.')}</p>
              <div class="buttons"><button class="btn danger" type="button" @click=${this.handleLeave}>${msg('Yes, leave the class')}</button>
              <button class="btn" type="button" @click=${() => (this.confirming = false)}>${msg('Stay in the class')}</button></div></div>`
          : html`<button class="btn" type="button" @click=${() => (this.confirming = true)}>${msg('Leave this class…')}</button>`}
      </al-card>
    `;
  }

  private renderNoClass() {
    return html`<al-card>
      <h2>${msg('You are not in a class')}</h2>
      <p>${msg('Some people go through the course with a group. If your facilitator sent you a link, open it on this device. You can also open a class file.')}</p>
      <a slot="actions" class="btn primary" href="/join">${msg('Join a class')}</a>
      <a slot="actions" class="btn" href="/facilitate">${msg('I run a group')}</a>
    </al-card>`;
  }

  override render() {
    return html`
      <h1>${msg('My class')}</h1>
      <p class="done" role="status" ?hidden=${!this.status}>${this.status}</p>
      ${problemBox(this.problem)}
      ${renderStored(this.pack, { loading: msg('Opening your class…'), complete: (pack) => (pack ? this.renderClass(pack) : this.renderNoClass()) })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-page': AlClassPage;
  }
}
