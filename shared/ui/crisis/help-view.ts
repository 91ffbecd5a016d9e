import { css, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { countryHelp, findLocalLine, linesOfKind, type CountryHelp, type HelpKind, type HelpLine } from '../../content/crisis-lines.ts';
import { SOMEWHERE_ELSE } from '../../content/crisis/emergency-numbers.ts';
import { crisisHelpIn, helpWordsIn, type HelpWords } from '../../content/crisis-lines-es.ts';
import { interfaceLanguage } from '../../content/locale.ts';
import { callEmergency, emergencyStyles } from './emergency-view.ts';

/**
 * The parts every help screen shares (the help page, week 6, the crisis plan, the popup,
 * the extension's help page): the emergency number, the country chooser, the lines and
 * "what to say". Templates, not elements, so each host keeps its own heading levels; a host
 * is `@localized()`, so these words and the help data follow the interface's language.
 */

/**
 * The help data in the interface's language: read at render time, never kept, so a host that is
 * `@localized()` shows the other language's lines as soon as the language changes.
 */
export function listedHelp(): readonly CountryHelp[] {
  return crisisHelpIn(interfaceLanguage());
}

/** The help for a country code, in the interface's language. */
export function helpFor(code: string | undefined): CountryHelp | undefined {
  return countryHelp(code, listedHelp());
}

/** The sentences every help screen shares, in the interface's language. */
export function helpWords(): HelpWords {
  return helpWordsIn(interfaceLanguage());
}

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading at `level` (1–6). */
export function heading(level: number, text: string, className = ''): TemplateResult {
  const tag = HEADINGS[Math.min(6, Math.max(1, level)) - 1]!;
  return staticHtml`<${tag} class=${className}>${text}</${tag}>`;
}

/** "If someone is in danger…" and, for a known country, its number as a big tap-to-call link. */
export function emergencyBlock(help: CountryHelp | undefined, { big }: { big: boolean }): TemplateResult {
  return html`<div class="urgent">
    <p class="urgent-text">${helpWords().localEmergencyAdvice}${help ? ` ${msg(str`In ${help.inCountry}, that is ${help.emergency}.`)}` : ''}</p>
    ${help && big ? callEmergency(help.emergencyHref) : nothing}
  </div>`;
}

/** Whether a country choice is kept on this device: said once it is, or when it can't be. */
export type ChoiceKept = 'kept' | 'not-kept' | undefined;

/** What the chooser says about keeping the choice (a function: the words are read at render time). */
function keptWords(kept: 'kept' | 'not-kept'): string {
  return kept === 'kept' ? msg('Kept on this device for next time.') : msg('This choice could not be kept on this device, but the lines below are right for now.');
}

/** "Where are you?": every listed country, and "Somewhere else". */
export function countryChooser(help: CountryHelp | undefined, onChange: (code: string) => void, kept?: ChoiceKept): TemplateResult {
  return html`<div class="where">
    <label for="country">${msg('Where are you?')}</label>
    ${help ? nothing : html`<p class="where-hint" id="where-hint">${msg('If your country is in this list, choose it to see its free lines.')}</p>`}
    <select id="country" aria-describedby=${help ? nothing : 'where-hint'} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value=${SOMEWHERE_ELSE} ?selected=${!help}>${msg('Somewhere else')}</option>
      ${listedHelp().map((c) => html`<option value=${c.code} ?selected=${c.code === help?.code}>${c.country}</option>`)}
    </select>
    <p class="kept" role="status">${kept ? keptWords(kept) : nothing}</p>
  </div>`;
}

/** One line: its name, tap targets, hours and what it is for. */
export function lineCard(line: HelpLine, level: number): TemplateResult {
  return html`<li class="line">
    ${heading(level, line.name, 'line-name')}
    <p class="contacts">${line.contacts.map((c) => html`<a class="call" href=${c.href}>${c.label}</a>`)}</p>
    <p>${line.hours} ${line.detail}</p>
    ${line.website ? html`<p class="site"><a href=${line.website} target="_blank" rel="noopener noreferrer">${new URL(line.website).host.replace(/^www\./, '')}</a></p>` : nothing}
  </li>`;
}

/** Every line of a country in one list (compact places: the popup, the crisis plan). */
export function allLines(help: CountryHelp | undefined, level: number): TemplateResult {
  return help ? html`<ul class="lines">${help.lines.map((l) => lineCard(l, level))}</ul>` : html`<p>${helpWords().findALineElsewhere}</p>`;
}

/** The lines grouped by what they are for, in `kinds` order; a kind with none says how to find one. */
export function linesByKind(help: CountryHelp | undefined, kinds: readonly HelpKind[], level: number): TemplateResult {
  const words = helpWords();
  if (!help) return html`<p>${words.findALineElsewhere}</p>`;
  return html`${kinds.map((kind) => {
    const lines = linesOfKind(help, [kind]);
    return html`<section class="kind" aria-label=${words.kindTitles[kind]}>
      ${heading(level, words.kindTitles[kind], 'kind-title')}
      ${lines.length ? html`<ul class="lines">${lines.map((l) => lineCard(l, level + 1))}</ul>` : html`<p class="find-local">${findLocalLine(help, kind, words.findLocalDefault)}</p>`}
    </section>`;
  })}`;
}

/** "What to say when you call". */
export function whatToSay(level: number): TemplateResult {
  return html`${heading(level, msg('What to say when you call'), 'say')}
    <ol class="say-list">${helpWords().whatToSay.map((s) => html`<li>${s}</li>`)}</ol>
    <p>${msg('You do not need the right words. Saying "I am worried and I don\'t know what to do" is enough to start.')}</p>`;
}

/** Styles for the templates above. */
export const helpViewStyles = css`
  ${emergencyStyles}
  .where label { display: block; font-weight: 600; margin: var(--al-space-4) 0 var(--al-space-1); }
  .kept { margin: var(--al-space-2) 0 0; color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
  .kept:empty { margin: 0; }
  .where-hint { margin: 0 0 var(--al-space-2); color: var(--al-color-text-muted); font-size: var(--al-font-size-small); }
  .where select { font: inherit; min-height: var(--al-touch); max-width: 100%; padding: 0 var(--al-space-3); border: 2px solid var(--al-color-border); border-radius: var(--al-radius-small); background: var(--al-color-surface); color: inherit; }
  ul.lines { list-style: none; padding: 0; margin: var(--al-space-3) 0; display: grid; gap: var(--al-space-3); }
  .line { border: 1px solid var(--al-color-border-soft); border-radius: var(--al-radius); padding: var(--al-space-4); background: var(--al-color-surface); }
  .line .line-name { margin: 0 0 var(--al-space-2); font-size: 1.1rem; }
  .line p { margin: 0 0 var(--al-space-2); }
  .line p:last-child { margin-bottom: 0; }
  .contacts { display: flex; flex-wrap: wrap; gap: var(--al-space-2); }
  .call {
    display: inline-flex; align-items: center; min-height: var(--al-touch); padding: 0 var(--al-space-4);
    border: 2px solid var(--al-color-primary); border-radius: 999px; font-weight: 700; font-size: 1.1rem; text-decoration: none;
  }
  .call:hover, .call:focus-visible { text-decoration: underline; }
  .site { font-size: var(--al-font-size-small); }
  .kind { margin-top: var(--al-space-4); }
  .kind-title { font-size: 1.15rem; margin: 0; }
  .find-local { margin: var(--al-space-2) 0 0; }
  .say { font-size: var(--al-font-size-h2); margin-top: var(--al-space-5); }
`;
