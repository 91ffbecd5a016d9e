import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { keyed } from 'lit/directives/keyed.js';
import { COURSE_OUTLINE } from '../../../shared/content/weeks/outline.ts';
import { LIMITS, packFromDraft, type ClassDraft, type ClassPack } from '../../../shared/domain/classes/class-pack.ts';
import { newDraft, nextClassDraft } from '../../../shared/domain/classes/class-draft.ts';
import { deviceTimeZone, isValidTimeZone, wallClock } from '../../../shared/domain/classes/zoned-time.ts';
import { classRepo } from '../../../shared/data/classes/class-repo.ts';
import { packProblemTextIn } from '../../../shared/content/classes/pack-problems-es.ts';
import type { PackProblem } from '../../../shared/domain/classes/pack-problems.ts';
import { interfaceLanguage } from '../../../shared/content/locale.ts';
import { baseStyles } from '../../../shared/ui/base/shared-styles.ts';
import { classFormStyles } from '../../../shared/ui/classes/class-form-styles.ts';
import type { AlClassMeetingsEditor } from '../../../shared/ui/classes/class-meetings-editor.ts';
import type { AlClassResourcesEditor } from '../../../shared/ui/classes/class-resources-editor.ts';
import { pageStyles } from '../page-styles.ts';
import '../../../shared/ui/classes/class-meetings-editor.ts';
import '../../../shared/ui/classes/class-resources-editor.ts';
import '../../../shared/ui/classes/class-share.ts';
import { weekNameOf, weekTitleOf } from '../../../shared/ui/course/week-name.ts';
import { problemText } from '../../../shared/ui/base/problem.ts';
import { problemBox, renderStored } from '../../../shared/ui/base/stored-view.ts';

/** What the line under the heading says about the draft; said at render time, in the interface's language. */
type Saved = '' | 'saving' | 'saved' | 'new-class' | { error: unknown };

const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/**
 * For facilitators: make a class pack (name, meetings, place, agreements, local support,
 * week notes), share it as a link, a QR code or a file, and open each week's session guide.
 * The draft is kept on this device as it is typed. "Start a new class" begins the next one
 * with a new id, so the first class's members never take it for an update to theirs.
 *
 * @summary Facilitator screen.
 */
@localized()
@customElement('al-facilitate-page')
export class AlFacilitatePage extends LitElement {
  static override styles = [
    baseStyles,
    pageStyles,
    classFormStyles,
    css`
      section { margin-top: var(--al-space-6); max-width: 52rem; }
      h2 { font-size: var(--al-font-size-h2); }
      .fields { display: grid; gap: var(--al-space-4); }
      .saved { min-height: 1.5em; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .stale { background: var(--al-color-help-bg); color: var(--al-color-help-text); padding: var(--al-space-3); border-radius: var(--al-radius-small); }
      details summary { cursor: pointer; font-weight: 600; min-height: var(--al-touch); display: flex; align-items: center; gap: var(--al-space-2); list-style: none; }
      details summary::-webkit-details-marker { display: none; }
      details summary::before { content: '▸'; }
      details[open] summary::before { content: '▾'; }
      al-class-share { margin-top: var(--al-space-4); padding: var(--al-space-4); border: 2px solid var(--al-color-primary); border-radius: var(--al-radius); background: var(--al-color-surface); }
      ul.weeks { list-style: none; padding: 0; display: grid; gap: var(--al-space-2); grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); }
      ul.weeks a { display: flex; min-height: var(--al-touch); align-items: center; font-weight: 600; }
      .error { color: var(--al-color-danger); font-weight: 600; font-size: var(--al-font-size-small); }
    `,
  ];

  @query('.problem') private problemShown!: HTMLElement | null;
  @query('#name') private nameInput!: HTMLInputElement | null;

  /** The draft as the person is editing it: as read at first, then with their changes. */
  @state() private draft: ClassDraft | undefined;
  @state() private pack: ClassPack | undefined;
  @state() private stale = false;
  @state() private problem: PackProblem | undefined;
  @state() private saved: Saved = '';
  @state() private confirmingNew = false;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private readonly abort = new AbortController();

  /** The draft kept on this device, or a new one; read when the screen opens. */
  private readonly stored = new Task(this, {
    task: () => {
      const zone = deviceTimeZone();
      return classRepo.draft(newDraft(crypto.randomUUID(), zone, wallClock(Date.now(), zone).date, interfaceLanguage()));
    },
    args: () => [],
    onComplete: (draft) => (this.draft = draft),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', () => void this.flush(), { signal: this.abort.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.flush();
    this.abort.abort();
  }

  private change(patch: Partial<ClassDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    if (this.pack) this.stale = true;
    this.dirty = true;
    this.saved = 'saving';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), 300);
  }

  private async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.draft || !this.dirty) return;
    this.dirty = false;
    try {
      await classRepo.saveDraft(this.draft);
      this.saved = 'saved';
    } catch (error) {
      this.saved = { error };
    }
  }

  private text(key: 'name' | 'venue') {
    return (e: Event) => this.change({ [key]: (e.target as HTMLInputElement).value });
  }

  private async handleMake(): Promise<void> {
    if (!this.draft) return;
    // The class is held in the language the facilitator made it in.
    if (this.draft.language !== interfaceLanguage()) this.change({ language: interfaceLanguage() });
    await this.flush();
    const result = packFromDraft(this.draft, Date.now());
    if (!result.ok) {
      this.pack = undefined;
      this.problem = result.problem;
      await this.updateComplete;
      this.problemShown?.focus();
      return;
    }
    this.problem = undefined;
    this.stale = false;
    this.pack = result.pack;
  }

  private async handleNewClass(): Promise<void> {
    if (!this.draft) return;
    await this.flush();
    const zone = this.draft.timeZone;
    this.draft = nextClassDraft(this.draft, crypto.randomUUID(), wallClock(Date.now(), isValidTimeZone(zone) ? zone : deviceTimeZone()).date);
    this.pack = undefined;
    this.stale = false;
    this.problem = undefined;
    this.confirmingNew = false;
    this.dirty = true;
    await this.flush();
    this.saved = 'new-class';
    await this.updateComplete;
    this.nameInput?.focus();
  }

  private savedText(): string {
    const saved = this.saved;
    if (typeof saved === 'object') return problemText(saved.error);
    if (saved === 'saving') return msg('Saving…');
    if (saved === 'saved') return msg('Your draft is saved on this device.');
    if (saved === 'new-class') return msg('A new class is ready. Your details, place, agreements and local support are kept. The last class’s link still works for its members.');
    return '';
  }

  private renderNewClass() {
    return html`<section aria-labelledby="new">
      <h2 id="new">${msg('Start a new class')}</h2>
      <p>${msg('When this class ends, start the next one here. It gets its own link, so the first group’s members are not moved to it. Your details, place, agreements and local support are kept; the name, notes and dates start again.')}</p>
      ${this.confirmingNew
        ? html`<p><strong>${msg('Start a new class?')}</strong> ${msg('Make sure you no longer need this class’s link: you can’t change this class after.')}</p>
            <div class="buttons"><button class="btn primary" type="button" @click=${this.handleNewClass}>${msg('Yes, start a new class')}</button>
              <button class="btn" type="button" @click=${() => (this.confirmingNew = false)}>${msg('Keep this class')}</button></div>`
        : html`<p><button class="btn" type="button" @click=${() => (this.confirmingNew = true)}>${msg('Start a new class…')}</button></p>`}
    </section>`;
  }

  private handleNote(week: number, text: string): void {
    const others = (this.draft?.notes ?? []).filter((n) => n.week !== week);
    this.change({ notes: [...others, ...(text.trim() ? [{ week, text }] : [])].sort((a, b) => a.week - b.week) });
  }

  private renderAbout(d: ClassDraft) {
    const zoneOk = isValidTimeZone(d.timeZone);
    return html`<section aria-labelledby="about">
      <h2 id="about">${msg('About the class')}</h2>
      <div class="fields">
        <div class="field"><label for="name">${msg('Class name')}</label>
          <input id="name" maxlength=${LIMITS.name} .value=${d.name} @input=${this.text('name')} autocomplete="off" /></div>
        <div class="row">
          <div class="field"><label for="fname">${msg('Your first name')}</label>
            <input id="fname" maxlength=${LIMITS.person} .value=${d.facilitator.name} autocomplete="given-name"
              @input=${(e: Event) => this.change({ facilitator: { ...d.facilitator, name: (e.target as HTMLInputElement).value } })} /></div>
          <div class="field"><label for="contact">${msg('How to reach you (optional)')}</label>
            <input id="contact" maxlength=${LIMITS.contact} .value=${d.facilitator.contact} aria-describedby="contact-hint"
              @input=${(e: Event) => this.change({ facilitator: { ...d.facilitator, contact: (e.target as HTMLInputElement).value } })} /></div>
        </div>
        <p class="hint" id="contact-hint">${msg('A phone number or email the group can use. Leave it empty if you prefer.')}</p>
        <div class="row">
          <div class="field"><label for="zone">${msg('Time zone')}</label>
            <input id="zone" list="zones" .value=${d.timeZone} aria-invalid=${zoneOk ? 'false' : 'true'} aria-describedby="zone-error"
              @change=${(e: Event) => this.change({ timeZone: (e.target as HTMLInputElement).value.trim() })} />
            <datalist id="zones">${ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>
            <span class="error" id="zone-error">${zoneOk ? '' : msg('Pick a time zone from the list, such as Europe/London.')}</span></div>
          <div class="field"><label for="minutes">${msg('Each meeting lasts (minutes)')}</label>
            <input id="minutes" type="number" min="15" max="480" step="5" .value=${String(d.minutes)}
              @change=${(e: Event) => this.change({ minutes: Number((e.target as HTMLInputElement).value) })} /></div>
        </div>
        <div class="field"><label for="venue">${msg('Where you meet')}</label>
          <p class="hint" id="venue-hint">${msg('An address and room, or a video link.')}</p>
          <textarea id="venue" rows="2" maxlength=${LIMITS.venue} aria-describedby="venue-hint" .value=${d.venue} @input=${this.text('venue')}></textarea></div>
      </div>
    </section>`;
  }

  private renderDraft(d: ClassDraft) {
    return html`
      ${this.renderAbout(d)}
      <section aria-labelledby="meetings">
        <h2 id="meetings">${msg('Meetings')}</h2>
        ${keyed(
          d.id,
          html`<al-class-meetings-editor .meetings=${d.meetings} @change=${(e: Event) => this.change({ meetings: (e.target as AlClassMeetingsEditor).meetings })}></al-class-meetings-editor>`,
        )}
      </section>
      <section aria-labelledby="agreements">
        <h2 id="agreements">${msg('Group agreements')}</h2>
        <div class="field"><label for="agree">${msg('One agreement per line')}</label>
          <textarea id="agree" rows="5" .value=${d.agreements.join('\n')}
            @change=${(e: Event) => this.change({ agreements: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean) })}></textarea></div>
      </section>
      <section aria-labelledby="resources">
        <h2 id="resources">${msg('Local support')}</h2>
        <p class="hint">${msg('Groups, services and helplines near you. Members see them on their home screen and on “Need help now?”.')}</p>
        <al-class-resources-editor .resources=${d.resources} @change=${(e: Event) => this.change({ resources: (e.target as AlClassResourcesEditor).resources })}></al-class-resources-editor>
      </section>
      <section aria-labelledby="notes">
        <h2 id="notes">${msg('Notes for each week (optional)')}</h2>
        <details ?open=${d.notes.length > 0}>
          <summary>${msg('Write a short note members see for a week')}</summary>
          ${COURSE_OUTLINE.map(
            (w) => html`<div class="field"><label for=${`note${w.number}`}>${weekNameOf(w.number)}: ${weekTitleOf(w.number)}</label>
              <textarea id=${`note${w.number}`} rows="2" maxlength=${LIMITS.note} .value=${d.notes.find((n) => n.week === w.number)?.text ?? ''}
                @change=${(e: Event) => this.handleNote(w.number, (e.target as HTMLTextAreaElement).value)}></textarea></div>`,
          )}
        </details>
      </section>
      <section aria-labelledby="share">
        <h2 id="share">${msg('Share the class')}</h2>
        <p>${msg('When the details look right, make the class pack. If you change something later, make it again and send the new link: members who open it get the change, and keep their own notes.')}</p>
        ${problemBox(this.problem ? msg(str`Not yet: ${packProblemTextIn(this.problem)}`) : '', { focusable: true })}
        ${this.stale ? html`<p class="stale">${msg('You changed the class. Make the class pack again to share the change.')}</p>` : nothing}
        <p><button class="btn primary" type="button" @click=${this.handleMake}>${msg('Make the class pack')}</button></p>
        ${this.pack && !this.stale ? html`<al-class-share .pack=${this.pack}></al-class-share>` : nothing}
      </section>
      ${this.renderNewClass()}
    `;
  }

  override render() {
    return html`
      <h1>${msg('Run a class')}</h1>
      <p class="lead">${msg('Make a class pack for your group: the dates, the place, your group agreements and local support. Members open it in Alongside. Nothing goes through a server, ours or anyone’s.')}</p>
      <p class="saved" role="status">${this.savedText()}</p>
      ${renderStored(this.stored, { loading: msg('Opening your draft…'), complete: () => this.renderDraft(this.draft!) })}
      <section aria-labelledby="run">
        <h2 id="run">${msg('Run a meeting')}</h2>
        <p>${msg('A guide for each week’s meeting, with timings, questions, pair practice and a view for a shared screen.')}</p>
        <ul class="weeks">${COURSE_OUTLINE.map((w) => html`<li><a href=${`/facilitate/session/${w.number}`}>${weekNameOf(w.number)}: ${weekTitleOf(w.number)}</a></li>`)}</ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-facilitate-page': AlFacilitatePage;
  }
}
