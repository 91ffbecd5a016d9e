import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { stepWords } from './step-words.ts';
import type { Practice } from '../../content/course-types.ts';
import { journalIdFor, type JournalEntry } from '../../domain/course/journal.ts';
import { personalise, type Profile } from '../../domain/course/profile.ts';
import { formatDay, interfaceLanguage, type Language } from '../../content/locale.ts';
import { journalRepo } from '../../data/course/course-repos.ts';
import { oneAtATime } from '../../data/one-at-a-time.ts';
import type { RecordStore } from '../../data/record-store.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { renderBlocks } from './blocks.ts';
import { problemText } from '../base/problem.ts';
import { problemBox, readProblem } from '../base/stored-view.ts';
import '../base/autosave-field.ts';

/**
 * This week's skill: what it is, its steps, and a "try this" plan the reader fills in (saved
 * as they type, into the journal), then marks as tried with how it went.
 *
 * @summary Practice plan.
 */
@localized()
@customElement('al-practice-plan')
export class AlPracticePlan extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ol { padding-left: 1.4rem; }
      li { margin-bottom: var(--al-space-2); }
      .plan { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-surface); margin-top: var(--al-space-4); }
      h3 { font-size: 1.15rem; }
      .tried { color: var(--al-color-success); font-weight: 700; }
      .tools { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  @state() private problem = '';

  /** The practice from the week's content. */
  @property({ attribute: false }) practice!: Practice;
  /** The week it belongs to. */
  @property({ type: Number }) week = 1;
  /** The reader's words for placeholders. */
  @property({ attribute: false }) profile: Profile | undefined;
  /** The language the practice is written in, which fills in the reader's words. */
  @property({ attribute: false }) language: Language = 'en';
  /** Where plans are kept. */
  @property({ attribute: false }) repo: RecordStore<JournalEntry> = journalRepo;

  /** The reader's plan for this practice (null: not started); read again after each save. */
  private readonly read = new Task(this, {
    task: async ([id, repo]) => (await repo.get(journalIdFor(id))) ?? null,
    args: () => [this.practice.id, this.repo] as const,
  });

  /** Until the read is done, the fields show empty. */
  private get entry(): JournalEntry | undefined {
    return this.read.value ?? undefined;
  }

  /** Saves one change; changes run one after another so two fields never overwrite each other. */
  private readonly store = oneAtATime((change: Partial<JournalEntry>) => this.write(change));

  private async write(change: Partial<JournalEntry>): Promise<void> {
    const base: JournalEntry = this.entry ?? {
      id: journalIdFor(this.practice.id),
      kind: 'practice',
      week: this.week,
      ref: this.practice.id,
      prompt: stepWords().practice(this.practice.title),
      text: '',
      plan: {},
      createdAt: 0,
      updatedAt: 0,
    };
    const latest = (await this.repo.get(base.id)) ?? base;
    await this.repo.save({ ...latest, ...change, plan: { ...latest.plan, ...change.plan } });
    await this.read.run();
  }

  /** The entry as stored now (another tab may have changed it). */
  private stored(): Promise<JournalEntry | undefined> {
    return this.repo.get(journalIdFor(this.practice.id));
  }

  private async handleTried(): Promise<void> {
    try {
      await this.store({ triedAt: Date.now() });
      this.problem = '';
    } catch (error) {
      this.problem = problemText(error);
    }
  }

  override render() {
    const fill = (text: string) => personalise(text, this.profile, this.language);
    const plan = this.entry?.plan ?? {};
    return html`
      ${renderBlocks(this.practice.intro, this.profile, this.language)}
      <ol>${this.practice.steps.map((s) => html`<li>${fill(s)}</li>`)}</ol>
      ${this.practice.tools
        ? html`<p class="tools">${this.practice.tools.map((t, i) => html`<a class=${i === 0 ? 'btn' : 'btn quiet'} href=${t.href}>${t.label}</a>`)}</p>`
        : nothing}
      <section class="plan" aria-labelledby="plan-heading">
        <h3 id="plan-heading">${msg('My plan')}</h3>
        ${this.practice.plan.map(
          (f) => html`<al-autosave-field rows="2" label=${fill(f.label)} hint=${f.hint ? fill(f.hint) : ''} .value=${plan[f.id] ?? ''}
            .save=${(text: string) => this.store({ plan: { [f.id]: text } })} .current=${async () => (await this.stored())?.plan?.[f.id] ?? ''}></al-autosave-field>`,
        )}
        ${this.entry?.triedAt
          ? html`<p class="tried">${msg(str`Tried on ${triedOn(this.entry.triedAt)}. Well done for trying.`)}</p>
              <al-autosave-field rows="3" label=${msg('How did it go?')} hint=${msg('Whatever happened, trying is the skill. Saved as you type.')} .value=${this.entry.text}
                .save=${(text: string) => this.store({ text })} .current=${async () => (await this.stored())?.text ?? ''}></al-autosave-field>`
          : html`<button class="btn" type="button" @click=${this.handleTried}>${msg('I tried it')}</button>`}
        ${problemBox(readProblem(this.read) || this.problem)}
      </section>
    `;
  }
}

/**
 * The day a practice was tried. English keeps the browser's own short date, as it always has;
 * another language writes the day its own way ("6 de diciembre de 2026").
 */
function triedOn(at: number): string {
  const day = new Date(at);
  return interfaceLanguage() === 'en' ? day.toLocaleDateString() : formatDay(day, { day: 'numeric', month: 'long', year: 'numeric' });
}

declare global {
  interface HTMLElementTagNameMap {
    'al-practice-plan': AlPracticePlan;
  }
}
