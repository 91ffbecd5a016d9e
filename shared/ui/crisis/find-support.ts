import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SOMEWHERE_ELSE } from '../../content/crisis/emergency-numbers.ts';
import { guessCountryHere } from './browser-country.ts';
import { SUPPORT_KIND_TITLES, supportsByKind, supportsFor, telHref, type Support } from '../../content/supports/index.ts';
import { settingsRepo } from '../../data/settings-repo.ts';
import { baseStyles } from '../base/shared-styles.ts';
import { heading, helpFor, listedHelp } from './help-view.ts';
import { formatDay } from '../../content/locale.ts';

/** For a country we list nothing for: where national organisations are usually found (read at render time). */
const elsewhereAdvice = () =>
  msg(
    'We only list countries we have checked. To find family groups near you, ask a doctor or the care team, a national mental health or addiction charity, or your local council or library. Al-Anon and Nar-Anon have family groups in many countries.',
  );

/** When the list was checked: its oldest entry's day, in the reader's language. */
const checkedNote = (day: Date) =>
  msg(
    str`Checked on ${formatDay(day, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })} against each organisation's public pages. Details change: if one is out of date, its website will have the latest.`,
  );

/**
 * National organisations for families in the reader's country, grouped by what they offer:
 * courses, family groups, helplines, peer support, housing, work. The country is the one saved
 * on the help screen (else the browser's region); choosing one here is remembered there too,
 * so both always agree. Crisis lines are not here: they live under "Need help now?".
 *
 * @summary Find support by country.
 */
@customElement('al-find-support')
@localized()
export class AlFindSupport extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .where label { display: block; font-weight: 600; margin: 0 0 var(--al-space-1); }
      .where select {
        font: inherit; min-height: var(--al-touch); max-width: 100%; padding: 0 var(--al-space-3);
        border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); background: var(--al-color-surface); color: inherit;
      }
      .kept { margin: var(--al-space-2) 0 0; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
      .kept:empty { margin: 0; }
      section { margin-top: var(--al-space-5); }
      .kind-title { font-size: var(--al-font-size-h2); }
      ul { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--al-space-3); }
      li { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-surface); overflow-wrap: anywhere; }
      .name { font-size: 1.1rem; margin: 0 0 var(--al-space-2); }
      li p { margin: 0 0 var(--al-space-2); }
      li p:last-child { margin-bottom: 0; }
      .reach { display: flex; flex-wrap: wrap; gap: var(--al-space-2) var(--al-space-4); align-items: center; }
      .reach a { display: inline-flex; align-items: center; min-height: var(--al-touch); font-weight: 600; }
      .checked { margin-top: var(--al-space-4); color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
    `,
  ];

  /** The saved or guessed country code, `SOMEWHERE_ELSE`, or undefined while unknown. */
  @state() private country: string | undefined;
  @state() private kept: 'kept' | 'not-kept' | undefined;

  /** Inside a section with its own h2 (week 7): headings one level down. */
  @property({ type: Boolean }) nested = false;

  override connectedCallback(): void {
    super.connectedCallback();
    settingsRepo.get('country', '').then(
      (saved) => (this.country ??= saved === SOMEWHERE_ELSE ? SOMEWHERE_ELSE : guessCountryHere(saved || undefined)),
      // Still useful without storage: guess from the browser, and let the person choose.
      () => (this.country ??= guessCountryHere(undefined)),
    );
  }

  private handleCountry(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.country = code;
    settingsRepo.set('country', code).then(
      () => (this.kept = 'kept'),
      () => (this.kept = 'not-kept'),
    );
  }

  /** Whether the choice was kept; nothing until it is known, so the status stays empty. */
  private keptWords() {
    if (this.kept === 'kept') return msg('Kept on this device, for here and "Need help now?".');
    if (this.kept === 'not-kept') return msg('This choice could not be kept on this device, but the list below is right for now.');
    return nothing;
  }

  private renderSupport(s: Support, level: number) {
    return html`<li>
      ${heading(level, s.name, 'name')}
      <p>${s.offer}</p>
      ${s.phone || s.website
        ? html`<p class="reach">
            ${s.phone ? html`<a href=${telHref(s.phone)}>${msg(str`Call ${s.phone}`)}</a>` : nothing}
            ${s.website ? html`<a href=${s.website} target="_blank" rel="noopener noreferrer">${new URL(s.website).host.replace(/^www\./, '')}</a>` : nothing}
          </p>`
        : nothing}
      ${s.hours ? html`<p>${s.hours}</p>` : nothing}
      ${s.howToReach ? html`<p>${s.howToReach}</p>` : nothing}
    </li>`;
  }

  override render() {
    const level = this.nested ? 3 : 2;
    const listed = supportsFor(this.country);
    const place = helpFor(listed?.code);
    const checkedOn = listed && new Date(`${listed.supports.map((s) => s.checkedOn).sort()[0]}T00:00:00Z`);
    // A country with help lines but no organisations checked yet: it is chosen, and says so (never another country's list).
    const unchecked = listed ? undefined : helpFor(this.country);
    return html`
      <div class="where">
        <label for="support-country">${msg('Your country')}</label>
        <select id="support-country" @change=${(e: Event) => this.handleCountry(e)}>
          <option value="" disabled ?selected=${this.country === undefined}>${msg('Choose a country')}</option>
          ${listedHelp().map((c) => html`<option value=${c.code} ?selected=${c.code === this.country}>${c.country}</option>`)}
          <option value=${SOMEWHERE_ELSE} ?selected=${this.country === SOMEWHERE_ELSE}>${msg('Somewhere else')}</option>
        </select>
        <p class="kept" role="status">${this.keptWords()}</p>
      </div>
      ${listed && place && checkedOn
        ? html`${supportsByKind(listed).map(
              (g) => html`<section aria-label=${msg(str`${SUPPORT_KIND_TITLES[g.kind]} in ${place.inCountry}`)}>
                ${heading(level, SUPPORT_KIND_TITLES[g.kind], 'kind-title')}
                <ul>${g.supports.map((s) => this.renderSupport(s, level + 1))}</ul>
              </section>`,
            )}
            <p class="checked">${checkedNote(checkedOn)}</p>`
        : this.country === SOMEWHERE_ELSE
          ? html`<p>${elsewhereAdvice()}</p>`
          : unchecked
            ? html`<p>${msg(str`Organisations for families in ${unchecked.inCountry} are not listed yet.`)}</p>
                <p>${elsewhereAdvice()}</p>`
            : html`<p>${msg('Choose your country to see national organisations for families.')}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'al-find-support': AlFindSupport;
  }
}
