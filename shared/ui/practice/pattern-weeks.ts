import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { beforeLine, dayLabel, groupByWeek, localDay, type PatternEntry } from '../../domain/practice/pattern-log.ts';
import { weekHeadingIn } from '../../content/practice/pattern-words-es.ts';
import { shortWords } from '../base/format.ts';
import { baseStyles } from '../base/shared-styles.ts';
import './pattern-form.ts';

/** Fired by `<al-pattern-weeks>` when the person asks to change or delete an entry. */
export class AlPatternActionEvent extends Event {
  static readonly type = 'al-pattern-action';
  constructor(readonly detail: Readonly<{ id: string; action: 'edit' | 'delete' }>) {
    super(AlPatternActionEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The pattern log, a calendar week at a time, newest first. Each week starts with the
 * entries' "before" lines side by side, so what comes back (a place, a person, a feeling)
 * can be seen without the app guessing at it; then each entry in full. The entry being
 * changed shows its form in place.
 *
 * @summary Pattern log by week.
 * @fires al-pattern-action - Edit or delete an entry.
 */
@customElement('al-pattern-weeks')
@localized()
export class AlPatternWeeks extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      section { margin-top: var(--al-space-5); }
      h3 { font-size: var(--al-font-size-h2); }
      .side { background: var(--al-color-surface-soft); border-left: 4px solid var(--al-color-accent); border-radius: var(--al-radius-small); padding: var(--al-space-3) var(--al-space-4); margin-bottom: var(--al-space-3); }
      .side h4 { font-size: 1rem; margin: 0 0 var(--al-space-2); }
      .side ul { margin: 0; padding-left: 1.25rem; }
      ul.entries { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--al-space-3); }
      article { background: var(--al-color-surface); border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); overflow-wrap: anywhere; }
      h4.day { font-size: 1.05rem; margin: 0 0 var(--al-space-2); }
      dl { margin: 0 0 var(--al-space-3); }
      dt { font-weight: 600; }
      dd { margin: 0 0 var(--al-space-2); white-space: pre-line; }
      .actions { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
    `,
  ];

  /** Every entry; grouped and ordered here. */
  @property({ attribute: false }) entries: readonly PatternEntry[] = [];
  /** The entry whose form is open, if any. */
  @property() editingId: string | undefined;

  /** Moves focus to an entry's Edit button (after a save or cancel), or its article. */
  async focusEntry(id: string): Promise<void> {
    await this.updateComplete;
    const article = this.renderRoot.querySelector<HTMLElement>(`article[data-id="${CSS.escape(id)}"]`);
    (article?.querySelector<HTMLElement>('button.edit') ?? article)?.focus();
  }

  /** Puts focus in the open form. */
  async focusForm(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('al-pattern-form')?.focus();
  }

  private send(id: string, action: 'edit' | 'delete'): void {
    this.dispatchEvent(new AlPatternActionEvent({ id, action }));
  }

  private renderEntry(e: PatternEntry) {
    if (e.id === this.editingId) {
      return html`<article data-id=${e.id} tabindex="-1" aria-labelledby=${`day-${e.id}`}>
        <h4 class="day" id=${`day-${e.id}`}>${msg(str`Change the entry for ${dayLabel(e.date)}`)}</h4>
        <al-pattern-form .entry=${e} submitLabel=${msg('Save changes')}></al-pattern-form>
      </article>`;
    }
    const before = beforeLine(e);
    const about = `${dayLabel(e.date)}: ${shortWords(e.happened, 6)}`;
    const row = (label: string, value: string | undefined) => (value?.trim() ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    return html`<article data-id=${e.id} tabindex="-1" aria-labelledby=${`day-${e.id}`}>
      <h4 class="day" id=${`day-${e.id}`}>${dayLabel(e.date)}</h4>
      <dl>
        ${row(msg('Before'), before)}
        ${row(msg('What happened'), e.happened)}
        ${row(msg('After, for them'), e.afterThem)}
        ${row(msg('After, for you'), e.afterMe)}
        ${row(msg('Anything else'), e.note)}
      </dl>
      <div class="actions">
        <button class="btn edit" type="button" aria-label=${msg(str`Edit entry: ${about}`)} @click=${() => this.send(e.id, 'edit')}>${msg('Edit')}</button>
        <button class="btn danger" type="button" aria-label=${msg(str`Delete entry: ${about}`)} @click=${() => this.send(e.id, 'delete')}>${msg('Delete')}</button>
      </div>
    </article>`;
  }

  override render() {
    const today = localDay();
    return repeat(
      groupByWeek(this.entries),
      (w) => w.monday,
      (w) => {
        const befores = w.entries.map((e) => ({ id: e.id, day: dayLabel(e.date), line: beforeLine(e) })).filter((b) => b.line);
        return html`<section aria-labelledby=${`week-${w.monday}`} data-week=${w.monday}>
          <h3 id=${`week-${w.monday}`}>${weekHeadingIn(w.monday, today)}</h3>
          ${befores.length > 1
            ? html`<div class="side">
                <h4>${msg('What came before, side by side')}</h4>
                <ul>${befores.map((b) => html`<li><span class="visually-hidden">${b.day}: </span>${b.line}</li>`)}</ul>
              </div>`
            : nothing}
          <ul class="entries">${repeat(w.entries, (e) => e.id, (e) => html`<li>${this.renderEntry(e)}</li>`)}</ul>
        </section>`;
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-pattern-weeks': AlPatternWeeks;
  }
  interface HTMLElementEventMap {
    'al-pattern-action': AlPatternActionEvent;
  }
}
