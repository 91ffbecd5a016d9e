import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { boundarySentence, type Boundary } from '../../domain/boundary.ts';
import { boundariesRepo } from '../../data/boundaries-repo.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { baseStyles } from '../shared-styles.ts';
import type { AlBoundarySaveEvent } from '../events.ts';
import type { AlBoundaryForm } from './boundary-form.ts';
import type { AlToast } from '../base/toast.ts';
import './boundary-form.ts';
import '../base/card.ts';
import '../base/button.ts';
import '../base/toast.ts';

/**
 * "My boundaries": write a boundary, see the list, edit and delete (with undo).
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
      h2 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      .sentence { font-size: 1.05em; margin: 0; }
      .empty { color: var(--al-color-text-muted); }
      .problem { border: 2px solid var(--al-color-danger); background: var(--al-color-danger-soft); border-radius: var(--al-radius-small); padding: var(--al-space-3); }
      :host([compact]) h2 { font-size: 1.1rem; margin-top: var(--al-space-4); }
      :host([compact]) al-card { --al-card-padding: var(--al-space-3); }
    `,
  ];

  @query('al-boundary-form.new') private newForm!: AlBoundaryForm;
  @query('al-toast') private toast!: AlToast;

  @state() private boundaries: Boundary[] | undefined;
  @state() private editingId: string | undefined;
  @state() private problem = '';

  /** Where boundaries are kept; the PWA and the extension each pass their own (defaults to this origin's database). */
  @property({ attribute: false }) repo: RecordStore<Boundary> = boundariesRepo;
  /** Tighter spacing for the popup. */
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
    try {
      await work();
      this.problem = '';
      return true;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      return false;
    }
  }

  private async handleSave(event: AlBoundarySaveEvent): Promise<void> {
    const { id, situation, action, reason } = event.detail;
    const existing = id ? this.boundaries?.find((b) => b.id === id) : undefined;
    const ok = await this.attempt(async () => {
      await this.repo.save(existing ? { ...existing, situation, action, reason } : { situation, action, reason });
      this.boundaries = await this.repo.list();
    });
    if (!ok) return;
    if (existing) {
      this.editingId = undefined;
      this.toast.show('Boundary updated.');
      await this.updateComplete;
      this.focusItem(existing.id);
    } else {
      this.newForm.reset();
      this.toast.show('Boundary saved. You can find it in your list below.');
    }
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
            await this.repo.putExact(boundary);
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
    this.renderRoot.querySelector<AlBoundaryForm>(`al-boundary-form[data-id="${boundary.id}"]`)?.focus();
  }

  private async handleCancel(id: string): Promise<void> {
    this.editingId = undefined;
    await this.updateComplete;
    this.focusItem(id);
  }

  private focusItem(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-edit="${id}"]`)?.focus();
  }

  private heading(text: string, id: string) {
    return this.headingLevel === 2 ? html`<h2 id=${id}>${text}</h2>` : html`<h3 id=${id}>${text}</h3>`;
  }

  private renderItem(b: Boundary) {
    if (this.editingId === b.id) {
      return html`<li><al-card>
        <al-boundary-form data-id=${b.id} ?compact=${this.compact} .boundary=${b} submitLabel="Save changes"
          @al-boundary-save=${this.handleSave} @al-boundary-cancel=${() => this.handleCancel(b.id)}></al-boundary-form>
      </al-card></li>`;
    }
    const sentence = boundarySentence(b);
    return html`<li><al-card>
      <p class="sentence">${sentence}</p>
      <al-button slot="actions" data-edit=${b.id} label=${`Edit: ${sentence}`} @click=${() => this.handleEdit(b)}>Edit</al-button>
      <al-button slot="actions" variant="danger" label=${`Delete: ${sentence}`} @click=${() => this.handleDelete(b)}>Delete</al-button>
    </al-card></li>`;
  }

  override render() {
    const list = this.boundaries;
    return html`
      ${this.problem ? html`<div class="problem" role="alert">${this.problem}</div>` : nothing}
      <section aria-labelledby="new-heading">
        ${this.heading('Write a boundary', 'new-heading')}
        <al-boundary-form class="new" ?compact=${this.compact} @al-boundary-save=${this.handleSave}></al-boundary-form>
      </section>
      <section aria-labelledby="list-heading">
        ${this.heading('Your boundaries', 'list-heading')}
        ${list === undefined
          ? html`<p class="empty">Loading your boundaries…</p>`
          : list.length === 0
            ? html`<p class="empty">No boundaries yet. When you write one, it will be kept here, on this device only.</p>`
            : html`<ul>${list.map((b) => this.renderItem(b))}</ul>`}
      </section>
      <al-toast></al-toast>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-boundaries-panel': AlBoundariesPanel;
  }
}
