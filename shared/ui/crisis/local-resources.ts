import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { type ClassResource } from '../../domain/classes/class-pack.ts';
import { safeWebLink, telLink } from '../../domain/classes/class-links.ts';
import { classRepo } from '../../data/classes/class-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';

/**
 * Local community resources from the reader's class. Given `resources`, it shows those; with
 * `from-class`, it reads the joined class itself and shows nothing when there is none (so
 * "Need help now?" can carry it without knowing about classes). A class pack comes from a
 * facilitator, not from Alongside, so that section says so and looks unlike the crisis
 * lines: it belongs below them, never inside or above.
 *
 * @summary Local resources.
 */
@customElement('al-local-resources')
@localized()
export class AlLocalResources extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--al-space-3); }
      li { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-3) var(--al-space-4); background: var(--al-color-surface); overflow-wrap: anywhere; }
      .name { font-weight: 700; font-size: 1.05rem; margin: 0 0 var(--al-space-1); }
      p { margin: 0 0 var(--al-space-1); white-space: pre-line; }
      section { margin-top: var(--al-space-6); border: 2px dashed var(--al-color-border); border-radius: var(--al-radius); padding: var(--al-space-4); }
      h2 { font-size: var(--al-font-size-h2); margin: 0 0 var(--al-space-2); }
      .source { color: var(--al-color-text-muted); margin-bottom: var(--al-space-4); }
      @media print {
        :host, .source { color: #000; }
        section { border-color: #000; break-inside: avoid; }
        li { background: none; border-color: #999; break-inside: avoid; }
        a { color: #000; text-decoration: none; }
      }
    `,
  ];

  /** The resources to show; when unset and `from-class` is on, the joined class's. */
  @property({ attribute: false }) resources: ClassResource[] | undefined;
  /** Read the resources from the joined class, with a heading. */
  @property({ type: Boolean, attribute: 'from-class' }) fromClass = false;

  /** The joined class, read only with `from-class` (null: none, or none that could be read). */
  private readonly joined = new Task(this, {
    // Help screens must show even when storage is unavailable: then there is simply no class section.
    task: async ([fromClass]) => (fromClass ? ((await classRepo.get().catch(() => undefined)) ?? null) : null),
    args: () => [this.fromClass] as const,
  });

  private renderList(resources: readonly ClassResource[]) {
    return html`<ul>
      ${resources.map((r) => {
        const tel = r.phone ? telLink(r.phone) : undefined;
        const site = r.site ? safeWebLink(r.site) : undefined;
        return html`<li>
          <p class="name">${r.name}</p>
          ${r.offer ? html`<p>${r.offer}</p>` : nothing}
          ${r.phone ? html`<p>${msg('Phone:')} ${tel ? html`<a href=${tel}>${r.phone}</a>` : r.phone}</p>` : nothing}
          ${r.site ? html`<p>${msg('Website:')} ${site ? html`<a href=${site} target="_blank" rel="noopener noreferrer">${r.site}</a>` : r.site}</p>` : nothing}
          ${r.address ? html`<p>${msg(str`Address: ${r.address}`)}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    if (this.resources) return this.resources.length ? this.renderList(this.resources) : html`<p>${msg('Your facilitator has not added any yet.')}</p>`;
    const pack = this.joined.value;
    if (!pack || pack.resources.length === 0) return nothing;
    return html`<section aria-labelledby="local-title" aria-describedby="local-source">
      <h2 id="local-title">${msg(str`From your class: ${pack.name}`)}</h2>
      <p class="source" id="local-source">
        ${msg(str`Shared by ${pack.facilitator.name}, who runs your class. Alongside has not checked these. If someone is in danger, use the crisis lines and emergency number first.`)}
      </p>
      ${this.renderList(pack.resources)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-local-resources': AlLocalResources;
  }
}
