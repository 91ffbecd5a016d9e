import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import type { JournalEntry } from '../../../shared/domain/course/journal.ts';
import { JournalSearch, inSortedOrder, placesOf } from '../../../shared/domain/course/journal-search.ts';
import { journalRepo } from '../../../shared/data/course/course-repos.ts';
import type { RecordStore } from '../../../shared/data/record-store.ts';
import { isStaleWrite, onChangedInAnotherTab } from '../../../shared/data/trust/stale-write.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { showToast } from '../../../shared/ui/base/toast.ts';
import type { AlTextField } from '../../../shared/ui/base/text-field.ts';
import type { AlJournalEntry, AlJournalEntryEditEvent, AlJournalEntrySaveEvent, JournalConflict } from '../../../shared/ui/course/journal-entry.ts';
import type { AlJournalNoteSaveEvent } from '../../../shared/ui/course/journal-note-form.ts';
import { foundText, groupEntries, sortForView, type JournalView } from '../../../shared/ui/course/journal-groups.ts';
import { JournalPlanLabels } from '../../../shared/ui/course/journal-plan-labels.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/base/text-field.ts';
import '../../../shared/ui/course/journal-entry.ts';
import '../../../shared/ui/course/journal-note-form.ts';
import { storageProblem } from '../../../shared/ui/base/problem.ts';
import { problemBox, renderStored } from '../../../shared/ui/base/stored-view.ts';
import { counted, formatCount } from '../../../shared/content/locale.ts';

/** Entries shown at first and added by each "Show more", so even a huge journal stays quick. */
const PAGE = 50;

/**
 * Journal: every reflection, practice note, conversation reflection and free note in one
 * place, by date or by week, searchable as you type, edited in place.
 *
 * @summary Journal screen.
 */
@localized()
@customElement('al-journal-page')
export class AlJournalPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      .tools { display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--al-space-2) var(--al-space-4); max-width: var(--al-measure); }
      .tools al-text-field { flex: 1 1 15rem; margin-bottom: 0; }
      .views-label { display: block; font-weight: 600; margin-bottom: var(--al-space-1); }
      .views { display: flex; gap: var(--al-space-2); }
      .btn[aria-pressed='true'] { background: var(--al-color-primary); color: var(--al-color-on-primary); }
      .count { min-height: 1.55em; margin: 0; color: var(--al-color-text-muted); }
      h2 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); max-width: var(--al-measure); }
      .more { display: flex; flex-wrap: wrap; align-items: center; gap: var(--al-space-3); margin-top: var(--al-space-5); }
      .more p { margin: 0; color: var(--al-color-text-muted); }
      .empty { max-width: var(--al-measure); }
    `,
  ];

  @query('.search') private search!: AlTextField;

  /** The journal as read, with this screen's own changes since (a save never waits on reading every entry again). */
  @state() private entries: JournalEntry[] | undefined;
  @state() private view: JournalView = 'date';
  @state() private searchText = '';
  @state() private limit = PAGE;
  @state() private editingId: string | undefined;
  @state() private problem = '';
  /** The entry being edited was saved in another tab since it was opened here. */
  @state() private changedElsewhere = false;
  /** A save of the entry being edited was refused: another tab saved it first. */
  @state() private conflict: JournalConflict | undefined;

  /** Where journal entries are kept. */
  @property({ attribute: false }) repo: RecordStore<JournalEntry> = journalRepo;

  private stopListening = () => {};
  private sorted: JournalEntry[] = [];
  /** Each entry's place in `sorted`, so search results come out in the view's order without a pass over every entry. */
  private placeOf = new Map<string, number>();
  private filtered: JournalEntry[] = [];
  private readonly index = new JournalSearch();
  private readonly planLabels = new JournalPlanLabels(this);

  private readonly stored = new Task(this, {
    task: ([repo]) => repo.list(),
    args: () => [this.repo] as const,
    onComplete: (entries) => {
      this.entries = entries;
      // Marks for `npm run bench`: the journal's budget is counted from here.
      performance.mark('journal:data-ready');
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onChangedInAnotherTab((store) => store === 'journal' && void this.refresh());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  /**
   * Another tab changed the journal: show what is stored now, except the entry being edited
   * here, which keeps the copy its edit began from (and says it changed), so typing is never
   * replaced under the person's hands.
   */
  private async refresh(): Promise<void> {
    const fresh = await this.repo.list().catch(() => undefined);
    if (!fresh || !this.entries) return;
    const editing = this.entries.find((e) => e.id === this.editingId);
    if (editing) {
      const stored = fresh.find((e) => e.id === editing.id);
      this.changedElsewhere ||= stored?.updatedAt !== editing.updatedAt;
    }
    this.entries = editing ? [...fresh.filter((e) => e.id !== editing.id), editing] : fresh;
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('searchText') && changed.get('searchText') !== undefined) performance.mark('journal:search-start');
    if (changed.has('searchText') || changed.has('view')) this.limit = PAGE;
    // Sorting and filtering thousands of entries is quick; building their DOM is not, hence `limit`.
    const resort = changed.has('entries') || changed.has('view');
    if (changed.has('entries')) this.index.syncSoon(this.entries ?? [], (run) => requestAnimationFrame(() => setTimeout(run)));
    if (resort) this.sorted = sortForView(this.entries ?? [], this.view);
    if (resort) this.placeOf = placesOf(this.sorted);
    if (resort || changed.has('searchText')) {
      const found = this.index.find(this.searchText);
      this.filtered = found ? inSortedOrder(found, this.sorted, this.placeOf) : this.sorted;
    }
  }

  override updated(changed: PropertyValues): void {
    // The child entries render in microtasks before the next frame: measure there.
    if (changed.has('entries') && this.entries?.length) requestAnimationFrame(() => performance.measure('journal:first-screen', 'journal:data-ready'));
    // A search ends when the entries it shows have drawn (before layout, like the rAF above); waiting for the next frame added 0-16 ms by chance.
    const drawn = () => Promise.all([...this.renderRoot.querySelectorAll<AlJournalEntry>('al-journal-entry')].map((el) => el.updateComplete));
    if (changed.has('searchText') && changed.get('searchText') !== undefined) void drawn().then(() => performance.measure('journal:search', 'journal:search-start'));
    this.planLabels.want(this.filtered.slice(0, this.limit));
  }

  /** Runs a storage call; a failure shows its kind message and leaves what is stored as it was. */
  private async attempt(work: () => Promise<void>): Promise<boolean> {
    this.problem = await storageProblem(work);
    return !this.problem;
  }

  private entryEl(id: string): AlJournalEntry | null {
    return this.renderRoot.querySelector<AlJournalEntry>(`al-journal-entry[data-id="${CSS.escape(id)}"]`);
  }

  private async handleNote(event: AlJournalNoteSaveEvent): Promise<void> {
    const ok = await this.attempt(async () => {
      const saved = await this.repo.save({ kind: 'note', prompt: '', text: event.detail.text });
      this.entries = [saved, ...(this.entries ?? [])];
    });
    if (ok) showToast(this, msg('Note saved. It is in your journal below.'));
  }

  private async handleEdit(event: AlJournalEntryEditEvent): Promise<void> {
    const { id, editing } = event.detail;
    // Leaving an edit that lost to another tab's save shows that tab's version (or its delete).
    if (!editing && this.conflict) this.showStored(id, this.conflict.theirs);
    this.editingId = editing ? id : undefined;
    this.changedElsewhere = false;
    this.conflict = undefined;
    await this.updateComplete;
    if (editing) await this.entryEl(id)?.focusField();
    else this.entryEl(id)?.focusEdit();
  }

  private async handleSave(event: AlJournalEntrySaveEvent): Promise<void> {
    const { id, text } = event.detail;
    const entry = this.entries?.find((e) => e.id === id);
    if (!entry) return;
    const base = event.detail.base ?? entry.updatedAt;
    let conflict: JournalConflict | undefined;
    const ok = await this.attempt(async () => {
      try {
        const saved = await this.repo.save({ ...(this.conflict?.theirs ?? entry), text }, { base });
        this.entries = this.entries?.map((e) => (e.id === id ? saved : e));
      } catch (error) {
        if (!isStaleWrite<JournalEntry>(error)) throw error;
        conflict = { mine: text, theirs: error.theirs };
      }
    });
    if (!ok) return;
    if (conflict) {
      // Nothing was saved: both versions stay until the person chooses.
      this.conflict = conflict;
      return;
    }
    const merged = this.conflict !== undefined;
    this.editingId = undefined;
    this.changedElsewhere = false;
    this.conflict = undefined;
    showToast(this, merged ? msg('Saved the version you chose.') : msg('Changes saved.'));
    await this.updateComplete;
    this.entryEl(id)?.focusEdit();
  }

  /** Shows the stored copy of an entry after the person kept another tab's version. */
  private showStored(id: string, stored: JournalEntry | undefined): void {
    this.entries = stored ? this.entries?.map((e) => (e.id === id ? stored : e)) : this.entries?.filter((e) => e.id !== id);
    showToast(this, stored ? msg('Kept the version from the other tab.') : msg('This entry stays deleted, as it was in the other tab.'));
  }

  private async handleDelete(id: string): Promise<void> {
    const index = this.filtered.findIndex((e) => e.id === id);
    let removed: JournalEntry | undefined;
    const ok = await this.attempt(async () => {
      removed = await this.repo.remove(id);
      this.entries = this.entries?.filter((e) => e.id !== id);
    });
    if (!ok || !removed) return;
    const entry = removed;
    showToast(this, msg('Entry deleted.'), {
      action: {
        label: msg('Undo'),
        run: async () => {
          const back = await this.attempt(async () => {
            await this.repo.putExact(entry);
            this.entries = [entry, ...(this.entries ?? [])];
          });
          if (back) showToast(this, msg('Entry brought back.'));
        },
      },
    });
    // Keep the reader's place: focus the entry that took its place, else the search box.
    await this.updateComplete;
    const next = this.filtered[Math.min(index, this.filtered.length - 1)];
    if (next && index < this.limit) this.entryEl(next.id)?.focusEntry();
    else this.search.focus();
  }

  private async handleMore(): Promise<void> {
    const first = this.filtered[this.limit];
    this.limit += PAGE;
    await this.updateComplete;
    if (first) this.entryEl(first.id)?.focusEntry();
  }

  private renderEntries() {
    const all = this.filtered;
    if (this.entries?.length === 0) {
      return html`<div class="empty"><p>${msg('Your journal is empty for now, and that is fine.')}</p>
        <p>${msg('When you answer a reflection or make a plan in the course, your words are kept here. You can also write a note any time, just for you.')}</p></div>`;
    }
    if (all.length === 0) return html`<p class="empty">${msg(str`Nothing matches \u201c${this.searchText.trim()}\u201d. Try fewer words, or a different word.`)}</p>`;
    const shown = all.slice(0, this.limit);
    const groups = groupEntries(shown, this.view, Date.now());
    return html`
      ${repeat(
        groups,
        (g) => g.key,
        (g) => html`<section aria-labelledby=${g.key}>
          <h2 id=${g.key}>${g.heading}</h2>
          <ul>${repeat(g.entries, (e) => e.id, (e) => html`<li><al-journal-entry data-id=${e.id} .entry=${e} .view=${this.view}
            .planLabels=${this.planLabels.of(e.week)} ?editing=${this.editingId === e.id}
            ?changedElsewhere=${this.editingId === e.id && this.changedElsewhere} .conflict=${this.editingId === e.id ? this.conflict : undefined}
            @al-journal-entry-edit=${this.handleEdit} @al-journal-entry-save=${this.handleSave}
            @al-journal-entry-delete=${() => this.handleDelete(e.id)}></al-journal-entry></li>`)}</ul>
        </section>`,
      )}
      ${all.length > shown.length
        ? html`<div class="more">
            <button class="btn" type="button" @click=${this.handleMore}>${msg('Show more')}</button>
            <p>${msg(str`Showing ${formatCount(shown.length)} of ${counted(all.length, { one: msg('entry'), other: msg('entries') })}.`)}</p>
          </div>`
        : nothing}
    `;
  }

  override render() {
    const query = this.searchText.trim();
    return html`
      <h1>${msg('Journal')}</h1>
      <p class="lead">${msg('Everything you have written in one place: your reflections, practice plans, how conversations went, and your own notes. Only you can see it.')}</p>
      ${problemBox(this.problem)}
      <al-journal-note-form @al-journal-note-save=${this.handleNote}></al-journal-note-form>
      <div class="tools">
        <al-text-field class="search" type="search" label=${msg('Search your journal')} .value=${this.searchText}
          @input=${(e: Event) => (this.searchText = (e.target as AlTextField).value)}></al-text-field>
        <div role="group" aria-labelledby="views-label">
          <span class="views-label" id="views-label">${msg('Arrange')}</span>
          <div class="views">
            ${(['date', 'week'] as const).map((v) => html`<button class="btn" type="button" aria-pressed=${this.view === v ? 'true' : 'false'}
              @click=${() => (this.view = v)}>${v === 'date' ? msg('By date') : msg('By week')}</button>`)}
          </div>
        </div>
      </div>
      <p class="count" role="status">${query && this.entries ? foundText(this.filtered.length) : ''}</p>
      ${renderStored(this.stored, { loading: msg('Loading your journal…'), complete: () => this.renderEntries() })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-journal-page': AlJournalPage;
  }
}
