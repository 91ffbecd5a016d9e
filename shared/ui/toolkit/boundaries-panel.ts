import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { addTry, type Boundary } from '../../domain/toolkit/boundary.ts';
import { boundariesRepo } from '../../data/toolkit/boundaries-repo.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlBoundarySaveEvent } from '../base/events.ts';
import type { AlBoundaryItemEvent } from './toolkit-events.ts';
import type { AlBoundaryItem } from './boundary-item.ts';
import { showToast } from '../base/toast.ts';
import './boundary-form.ts';
import './boundary-builder.ts';
import './boundary-item.ts';
import '../base/card.ts';
import { changeStored, problemBox, renderStored } from '../base/stored-view.ts';

/** Parts only the builder writes; empty ones are left out of the record. */
const OPTIONAL = ['feeling', 'words', 'holdPlan'] as const;

/**
 * "My boundaries": write a boundary (step by step with the guided builder, or with the quick
 * three-part form in the popup), see the list, mark a try, edit and delete (with undo).
 * Used as a page in the PWA and in the extension popup.
 *
 * @summary Boundaries panel.
 */
@localized()
@customElement('al-boundaries-panel')
export class AlBoundariesPanel extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      h2, h3 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      .empty { color: var(--al-color-text-muted); }
      :host([compact]) h2, :host([compact]) h3 { font-size: 1.1rem; margin-top: var(--al-space-4); }
      :host([compact]) al-card { --al-card-padding: var(--al-space-3); }
    `,
  ];

  @query('.new') private newForm!: HTMLElement & { reset(): void };

  @state() private editingId: string | undefined;
  @state() private problem = '';

  /** Where boundaries are kept; the PWA and the extension each pass their own (defaults to this origin's database). */
  @property({ attribute: false }) repo: RecordStore<Boundary> = boundariesRepo;
  /** Tighter spacing, the quick three-part form and the list first, for the popup. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Heading level the panel's headings start at. */
  @property({ type: Number }) headingLevel: 2 | 3 = 2;

  /** The stored boundaries: read when the panel opens, and again after each change. */
  private readonly boundaries = new Task(this, { task: ([repo]) => repo.list(), args: () => [this.repo] as const });

  /** Runs a change and reads the list again; a failure shows its kind message and leaves what is stored as it was. */
  private async change(work: () => Promise<unknown>): Promise<boolean> {
    this.problem = await changeStored(this.boundaries, work);
    return !this.problem;
  }

  private async handleSave(event: AlBoundarySaveEvent): Promise<void> {
    const { id, ...parts } = event.detail;
    const existing = id ? this.boundaries.value?.find((b) => b.id === id) : undefined;
    const record: Partial<Boundary> = { ...existing, ...parts };
    for (const key of OPTIONAL) if (!record[key]?.trim()) delete record[key];
    if (!(await this.change(() => this.repo.save(record as Boundary)))) return;
    if (existing) {
      this.editingId = undefined;
      showToast(this, msg('Boundary updated.'));
      await this.updateComplete;
      this.item(existing.id)?.focusEdit();
    } else {
      this.newForm.reset();
      showToast(this, msg('Boundary saved. You can find it in your list below.'));
    }
  }

  private async handleItem(event: AlBoundaryItemEvent): Promise<void> {
    const { id, action, howItWent } = event.detail;
    const boundary = this.boundaries.value?.find((b) => b.id === id);
    if (!boundary) return;
    if (action === 'edit') return this.handleEdit(boundary);
    if (action === 'delete') return this.handleDelete(boundary);
    if (await this.change(() => this.repo.save(addTry(boundary, howItWent ?? '', Date.now())))) showToast(this, msg('Saved. Well done for trying: that is the hard part.'));
  }

  private async handleDelete(boundary: Boundary): Promise<void> {
    if (!(await this.change(() => this.repo.remove(boundary.id)))) return;
    showToast(this, msg('Boundary deleted.'), {
      action: {
        label: msg('Undo'),
        run: async () => {
          // A new change, newer than the deletion, so a linked extension that already heard of the delete takes it back too.
          if (await this.change(() => this.repo.putExact({ ...boundary, updatedAt: Date.now() }))) showToast(this, msg('Boundary brought back.'));
        },
      },
    });
    this.newForm?.focus();
  }

  private async handleEdit(boundary: Boundary): Promise<void> {
    this.editingId = boundary.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`al-boundary-form[data-id="${boundary.id}"]`)?.focus();
  }

  private async handleCancel(id: string): Promise<void> {
    this.editingId = undefined;
    await this.updateComplete;
    this.item(id)?.focusEdit();
  }

  private item(id: string): AlBoundaryItem | null {
    return this.renderRoot.querySelector<AlBoundaryItem>(`al-boundary-item[data-id="${id}"]`);
  }

  private heading(text: string, id: string) {
    return this.headingLevel === 2 ? html`<h2 id=${id}>${text}</h2>` : html`<h3 id=${id}>${text}</h3>`;
  }

  private renderItem(b: Boundary) {
    return html`<li><al-card>
      ${this.editingId === b.id
        ? html`<al-boundary-form data-id=${b.id} ?compact=${this.compact} ?full=${!this.compact} .boundary=${b} .submitLabel=${msg('Save changes')}
            @al-boundary-save=${this.handleSave} @al-boundary-cancel=${() => this.handleCancel(b.id)}></al-boundary-form>`
        : html`<al-boundary-item data-id=${b.id} .boundary=${b} ?compact=${this.compact} @al-boundary-item=${this.handleItem}></al-boundary-item>`}
    </al-card></li>`;
  }

  override render() {
    const write = html`<section aria-labelledby="new-heading">
      ${this.heading(msg('Write a boundary'), 'new-heading')}
      ${this.compact
        ? html`<al-boundary-form class="new" compact @al-boundary-save=${this.handleSave}></al-boundary-form>`
        : html`<al-card><al-boundary-builder class="new" headingLevel=${this.headingLevel + 1} @al-boundary-save=${this.handleSave}></al-boundary-builder></al-card>`}
    </section>`;
    const saved = html`<section aria-labelledby="list-heading">
      ${this.heading(msg('Your boundaries'), 'list-heading')}
      ${renderStored(this.boundaries, {
        loading: msg('Loading your boundaries…'),
        complete: (list) =>
          list.length === 0
            ? html`<p class="empty">${msg('No boundaries yet. When you write one, it will be kept here, on this device only.')}</p>`
            : html`<ul>${list.map((b) => this.renderItem(b))}</ul>`,
      })}
    </section>`;
    return html`
      ${problemBox(this.problem)}
      ${this.compact ? html`${saved}${write}` : html`${write}${saved}`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundaries-panel': AlBoundariesPanel;
  }
}
