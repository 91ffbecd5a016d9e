import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg } from '@lit/localize';
import type { ClassPack } from '../../domain/classes/class-pack.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { renderStored } from '../base/stored-view.ts';
import '../base/card.ts';

/**
 * The home screen's class card: for someone in a class, the class itself (./class-card.ts,
 * loaded only then); for everyone else, how to join or run one.
 *
 * @summary Home class card.
 */
@localized()
@customElement('al-class-home')
export class AlClassHome extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      :host([joined]) { grid-column: 1 / -1; }
      al-card, al-class-card { height: 100%; }
      h2 { font-size: 1.2rem; }
      ul.links { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--al-space-1); }
      ul.links a { display: flex; align-items: center; min-height: var(--al-touch); font-weight: 600; }
    `,
  ];

  /** Reflects whether the reader is in a class (a wider card; styling only). */
  @property({ type: Boolean, reflect: true }) joined = false;

  /** The class the reader joined (null: none); the card shows once it is read. */
  private readonly pack = new Task(this, {
    task: async () => {
      // Most people are in no class: the class code (a pack's checks, its meetings, a calendar
      // file) loads only for someone who joined one. One that can't be read shows as no class:
      // home's card still offers a way in.
      if (!(await settingsRepo.isSet('classPack').catch(() => true))) return null;
      const [{ classRepo }] = await Promise.all([import('../../data/classes/class-repo.ts'), import('./class-card.ts')]);
      return (await classRepo.get().catch(() => undefined)) ?? null;
    },
    args: () => [],
    onComplete: (pack) => (this.joined = Boolean(pack)),
  });

  override render() {
    return renderStored(this.pack, { complete: (p) => this.renderCard(p) });
  }

  private renderCard(p: ClassPack | null) {
    if (!p) {
      return html`<al-card>
        <h2>${msg('Going through this with a group?')}</h2>
        <p>${msg('If a facilitator runs a class near you, you can follow the course together, week by week.')}</p>
        <ul class="links"><li><a href="/join">${msg('Join a class')}</a></li><li><a href="/facilitate">${msg('Run a class')}</a></li></ul>
      </al-card>`;
    }
    return html`<al-class-card .pack=${p}></al-class-card>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-class-home': AlClassHome;
  }
}
