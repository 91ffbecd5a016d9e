import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { interfaceLanguage } from '../../../shared/content/locale.ts';
import { patternWords } from '../../../shared/content/practice/pattern-words-es.ts';
import { activitiesRepo, patternsRepo } from '../../../shared/data/practice/pattern-repos.ts';
import type { RecordStore } from '../../../shared/data/record-store.ts';
import { settingsRepo } from '../../../shared/data/settings-repo.ts';
import { onChangedInAnotherTab } from '../../../shared/data/trust/stale-write.ts';
import { dayLabel, type PatternEntry, type RewardingActivity } from '../../../shared/domain/practice/pattern-log.ts';
import { personalise } from '../../../shared/domain/course/profile.ts';
import type { AlDialog } from '../../../shared/ui/base/dialog.ts';
import { showToast } from '../../../shared/ui/base/toast.ts';
import type { AlActivitiesList, AlActivityAddEvent, AlActivityRemoveEvent } from '../../../shared/ui/practice/activities-list.ts';
import type { AlPatternForm, AlPatternSaveEvent } from '../../../shared/ui/practice/pattern-form.ts';
import type { AlPatternActionEvent, AlPatternWeeks } from '../../../shared/ui/practice/pattern-weeks.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { changeStored, problemBox, renderStored } from '../../../shared/ui/base/stored-view.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/base/dialog.ts';
import '../../../shared/ui/practice/activities-list.ts';
import '../../../shared/ui/practice/pattern-form.ts';
import '../../../shared/ui/practice/pattern-weeks.ts';

const NO_ACTIVITIES: RewardingActivity[] = [];

/**
 * The pattern log and the rewarding-activities list, on one page: both come from the same
 * week-5 practice (what use gives, and what could give it instead), and the reader fills the
 * second with the first in view. Everything goes through the repos, sealed under the lock.
 *
 * @summary Pattern log screen.
 */
@customElement('al-patterns-page')
@localized()
export class AlPatternsPage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    css`
      h2 { font-size: var(--al-font-size-h2); margin-top: var(--al-space-6); }
      .guide { max-width: var(--al-measure); }
      .new { max-width: var(--al-measure); background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); box-shadow: var(--al-shadow); margin-bottom: var(--al-space-4); }
      .new h2 { margin-top: 0; }
      al-pattern-weeks, al-activities-list { max-width: var(--al-measure); }
      .empty { max-width: var(--al-measure); }
    `,
  ];

  /** Where log entries are kept. */
  /** The address's fragment ("#…"), from the shell. */
  @property() hash = '';
  @property({ attribute: false }) patterns: RecordStore<PatternEntry> = patternsRepo;
  /** Where the activities are kept. */
  @property({ attribute: false }) activitiesStore: RecordStore<RewardingActivity> = activitiesRepo;

  @state() private writing = false;
  @state() private editingId: string | undefined;
  @state() private deletingId: string | undefined;
  @state() private problem = '';

  @query('al-dialog') private confirmDialog!: AlDialog;
  @query('al-pattern-weeks') private weeks?: AlPatternWeeks;
  @query('.new al-pattern-form') private newForm?: AlPatternForm;
  @query('.write') private writeButton?: HTMLButtonElement;
  @query('al-activities-list') private activitiesList?: AlActivitiesList;

  private stopListening = () => {};
  private jumped = false;

  /** The log, the activities and who the reader supports: read when the screen opens, after each change, and when another tab changes them. */
  private readonly stored = new Task(this, {
    task: async ([patterns, activitiesStore]) => {
      const [entries, activities, profile] = await Promise.all([
        patterns.list(),
        activitiesStore.list(),
        // Only for the words "the person you support": without it, the page still works.
        settingsRepo.get('profile', null).catch(() => null),
      ]);
      return { entries, activities, profile: profile ?? undefined };
    },
    args: () => [this.patterns, this.activitiesStore] as const,
    onComplete: () => void this.jumpToActivities(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onChangedInAnotherTab((store) => (store === 'patterns' || store === 'activities') && !this.editingId && void this.stored.run());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  /** The toolkit links straight to the list; its heading lives in this shadow root, where the browser's own #hash jump cannot reach. */
  private async jumpToActivities(): Promise<void> {
    if (this.hash !== '#activities' || this.jumped) return;
    this.jumped = true;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#activities');
    heading?.scrollIntoView();
    heading?.focus();
  }

  /** Runs a change and reads everything again; a failure shows its kind message and leaves what is stored as it was. */
  private async change(work: () => Promise<unknown>): Promise<boolean> {
    this.problem = await changeStored(this.stored, work);
    return !this.problem;
  }

  private async openNew(open: boolean): Promise<void> {
    this.writing = open;
    await this.updateComplete;
    if (open) await this.newForm?.focus();
    else this.writeButton?.focus();
  }

  private async handleSave(event: AlPatternSaveEvent): Promise<void> {
    const { id, draft } = event.detail;
    const existing = id ? this.stored.value?.entries.find((e) => e.id === id) : undefined;
    const { note, ...rest } = draft;
    let saved: PatternEntry | undefined;
    const ok = await this.change(async () => {
      // A note cleared in the form is gone from the record, not kept as an empty field.
      const { note: _old, ...kept } = existing ?? ({} as Partial<PatternEntry>);
      saved = await this.patterns.save({ ...kept, ...rest, ...(note ? { note } : {}) } as PatternEntry);
    });
    if (!ok || !saved) return;
    showToast(this, existing ? msg('Changes saved.') : msg(str`Saved for ${dayLabel(saved.date)}.`));
    this.editingId = undefined;
    this.writing = false;
    // This page renders first, handing the list its new entries; then the list renders and takes focus.
    await this.updateComplete;
    await this.weeks?.focusEntry(saved.id);
  }

  private async handleCancel(): Promise<void> {
    const id = this.editingId;
    this.editingId = undefined;
    await this.updateComplete;
    if (id) await this.weeks?.focusEntry(id);
    else await this.openNew(false);
  }

  private async handleAction(event: AlPatternActionEvent): Promise<void> {
    const { id, action } = event.detail;
    if (action === 'edit') {
      this.editingId = id;
      await this.updateComplete;
      await this.weeks?.focusForm();
      return;
    }
    this.deletingId = id;
    await this.confirmDialog.show();
  }

  private async confirmDelete(): Promise<void> {
    const id = this.deletingId;
    this.confirmDialog.close();
    if (!id) return;
    const ok = await this.change(() => this.patterns.remove(id));
    this.deletingId = undefined;
    if (ok) showToast(this, msg('Entry deleted.'));
    await this.updateComplete;
    this.writeButton?.focus();
  }

  private async handleAddActivity(event: AlActivityAddEvent): Promise<void> {
    const { text, when } = event.detail;
    if (!(await this.change(() => this.activitiesStore.save({ text, ...(when ? { when } : {}) })))) return;
    this.activitiesList?.clear();
    showToast(this, msg(str`Added to your list: ${text}`));
  }

  private async handleRemoveActivity(event: AlActivityRemoveEvent): Promise<void> {
    let removed: RewardingActivity | undefined;
    const ok = await this.change(async () => (removed = await this.activitiesStore.remove(event.detail.id)));
    if (!ok || !removed) return;
    const item = removed;
    showToast(this, msg(str`Removed: ${item.text}`), { action: { label: msg('Undo'), run: () => void this.change(() => this.activitiesStore.putExact(item)) } });
  }

  private renderLog(entries: PatternEntry[]) {
    if (entries.length === 0) {
      return html`<div class="empty"><p>${msg('No entries yet, and that is fine.')}</p>
        <p>${msg('Next time something hard happens, write a few words about it here, when you have a quiet moment. After two or three weeks, you may start to see a pattern.')}</p></div>`;
    }
    return html`<al-pattern-weeks .entries=${entries} .editingId=${this.editingId} @al-pattern-action=${this.handleAction}></al-pattern-weeks>`;
  }

  override render() {
    const profile = this.stored.value?.profile;
    const language = interfaceLanguage();
    const words = patternWords(language);
    return html`
      <h1>${msg('Pattern log')}</h1>
      <p class="lead">${msg('What happened before, what happened, and what came after. Kept only on this device.')}</p>
      ${problemBox(this.problem)}
      <div class="guide">${words.guidance.map((p) => html`<p>${p}</p>`)}</div>
      <div @al-pattern-save=${this.handleSave} @al-pattern-cancel=${this.handleCancel}>
        ${this.writing
          ? html`<section class="new" aria-labelledby="new-heading">
              <h2 id="new-heading">${msg('A new entry')}</h2>
              <al-pattern-form></al-pattern-form>
            </section>`
          : html`<p><button class="btn primary write" type="button" @click=${() => this.openNew(true)}>${msg('Add an entry')}</button></p>`}
        <h2 id="log-heading">${msg('Your log, week by week')}</h2>
        ${renderStored(this.stored, { loading: msg('Opening your pattern log…'), complete: ({ entries }) => this.renderLog(entries) })}
      </div>
      <h2 id="activities" tabindex="-1">${msg('Things to do together')}</h2>
      <p class="guide">${personalise(words.activityGuidance, profile, language)}</p>
      <al-activities-list .activities=${this.stored.value?.activities ?? NO_ACTIVITIES} person=${personalise('{person}', profile, language)}
        @al-activity-add=${this.handleAddActivity} @al-activity-remove=${this.handleRemoveActivity}></al-activities-list>
      <al-dialog heading=${msg('Delete this entry?')}>
        <p>${msg('It will be gone from this device. This cannot be undone.')}</p>
        <button slot="actions" class="btn" type="button" @click=${() => this.confirmDialog.close()}>${msg('Keep it')}</button>
        <button slot="actions" class="btn danger" type="button" @click=${this.confirmDelete}>${msg('Delete')}</button>
      </al-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-patterns-page': AlPatternsPage;
  }
}
