import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { addTry, type Boundary } from '../../domain/toolkit/boundary.ts';
import { boundariesRepo } from '../../data/toolkit/boundaries-repo.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { baseStyles } from '../base/shared-styles.ts';
import type { AlBoundarySaveEvent } from '../base/events.ts';
import type { AlBoundaryItemEvent } from './toolkit-events.ts';
import type { AlBoundaryItem } from './boundary-item.ts';
import type { AlToast } from '../base/toast.ts';
import './boundary-form.ts';
import './boundary-builder.ts';
import './boundary-item.ts';
import '../base/card.ts';
import '../base/toast.ts';
import { storageProblem } from '../base/storage-call.ts';

/** Parts only the builder writes; empty ones are left out of the record. */
const OPTIONAL = ['feeling', 'words', 'holdPlan'] as const;

/**
 * "My boundaries": write a boundary (step by step with the guided builder, or with the quick
 * three-part form in the popup), see the list, mark a try, edit and delete (with undo).
 * Used as a page in the PWA and in the extension popup.
 *
 * @summary Boundaries panel.
 */
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
  @query('al-toast') private toast!: AlToast;

  @state() private boundaries: Boundary[] | undefined;
  @state() private editingId: string | undefined;
  @state() private problem = '';

  /** Where boundaries are kept; the PWA and the extension each pass their own (defaults to this origin's database). */
  @property({ attribute: false }) repo: RecordStore<Boundary> = boundariesRepo;
  /** Tighter spacing, the quick three-part form and the list first, for the popup. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Heading level the panel's headings start at. */
  @property({ type: Number }) headingLevel: 2 | 3 = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    await this.attempt(async () => {
      this.boundaries = await this.repo.list();
    });
    this.boundaries ??= [];
  }

  /** Runs a storage call; a failure shows its kind message and leaves what is stored as it was. */
  private async attempt(work: () => Promise<void>): Promise<boolean> {
    this.problem = await storageProblem(work);
    return !this.problem;
  }

  private async handleSave(event: AlBoundarySaveEvent): Promise<void> {
    const { id, ...parts } = event.detail;
    const existing = id ? this.boundaries?.find((b) => b.id === id) : undefined;
    const record: Partial<Boundary> = { ...existing, ...parts };
    for (const key of OPTIONAL) if (!record[key]?.trim()) delete record[key];
    const ok = await this.attempt(async () => {
      await this.repo.save(record as Boundary);
      this.boundaries = await this.repo.list();
    });
    if (!ok) return;
    if (existing) {
      this.editingId = undefined;
      this.toast.show('Boundary updated.');
      await this.updateComplete;
      this.item(existing.id)?.focusEdit();
    } else {
      this.newForm.reset();
      this.toast.show('Boundary saved. You can find it in your list below.');
    }
  }

  private async handleItem(event: AlBoundaryItemEvent): Promise<void> {
    const { id, action, howItWent } = event.detail;
    const boundary = this.boundaries?.find((b) => b.id === id);
    if (!boundary) return;
    if (action === 'edit') return this.handleEdit(boundary);
    if (action === 'delete') return this.handleDelete(boundary);
    const ok = await this.attempt(async () => {
      await this.repo.save(addTry(boundary, howItWent ?? '', Date.now()));
      this.boundaries = await this.repo.list();
    });
    if (ok) this.toast.show('Saved. Well done for trying: that is the hard part.');
  }

  private async handleDelete(boundary: Boundary): Promise<void> {
    const ok = await this.attempt(async () => {
      await this.repo.remove(boundary.id);
      this.boundaries = await this.repo.list();
    });
    if (!ok) return;
    this.toast.show('Boundary deleted.', {
      action: {
        label: 'Undo',
        run: async () => {
          await this.attempt(async () => {
            // A new change, newer than the deletion, so a linked extension that already heard of the delete takes it back too.
            await this.repo.putExact({ ...boundary, updatedAt: Date.now() });
            this.boundaries = await this.repo.list();
          });
          this.toast.show('Boundary brought back.');
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
        ? html`<al-boundary-form data-id=${b.id} ?compact=${this.compact} ?full=${!this.compact} .boundary=${b} submitLabel="Save changes"
            @al-boundary-save=${this.handleSave} @al-boundary-cancel=${() => this.handleCancel(b.id)}></al-boundary-form>`
        : html`<al-boundary-item data-id=${b.id} .boundary=${b} ?compact=${this.compact} @al-boundary-item=${this.handleItem}></al-boundary-item>`}
    </al-card></li>`;
  }

  override render() {
    const list = this.boundaries;
    const write = html`<section aria-labelledby="new-heading">
      ${this.heading('Write a boundary', 'new-heading')}
      ${this.compact
        ? html`<al-boundary-form class="new" compact @al-boundary-save=${this.handleSave}></al-boundary-form>`
        : html`<al-card><al-boundary-builder class="new" headingLevel=${this.headingLevel + 1} @al-boundary-save=${this.handleSave}></al-boundary-builder></al-card>`}
    </section>`;
    const saved = html`<section aria-labelledby="list-heading">
      ${this.heading('Your boundaries', 'list-heading')}
      ${list === undefined
        ? html`<p class="empty">Loading your boundaries…</p>`
        : list.length === 0
          ? html`<p class="empty">No boundaries yet. When you write one, it will be kept here, on this device only.</p>`
          : html`<ul>${list.map((b) => this.renderItem(b))}</ul>`}
    </section>`;
    return html`
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing}
      ${this.compact ? html`${saved}${write}` : html`${write}${saved}`}
      <al-toast></al-toast>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundaries-panel': AlBoundariesPanel;
  }
}
