/**
 * The chip's help view: when a message speaks of despair or danger (crisis) or of being
 * hurt or afraid (safety), the chip answers with a caring line and the help for the
 * person's country, and nothing about wording and nothing to insert. The lines come from
 * the background (help data only); none of the person's words is shown here.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { HelpNeed } from '../../shared/domain/nudge/cue-detector.ts';
import type { ChipContact, ChipHelp } from '../messages.ts';

/** The chip's full name when a message calls for help; its visible text is the part after "Alongside: ". */
export const HELP_CHIP_LABEL: Record<HelpNeed, string> = {
  crisis: 'Alongside: you don’t have to carry this alone',
  safety: 'Alongside: your safety comes first',
};

/** What the help view's buttons do. */
export interface ChipHelpActions {
  close(): void;
  notNow(): void;
  openHelp(need: HelpNeed): void;
}

const WORDS: Record<HelpNeed, { intro: string; reach: string; local: string; emergency: string; more: string }> = {
  crisis: {
    intro: 'It sounds like things are really hard right now. You don’t have to carry this alone.',
    reach: 'You can talk to someone right now.',
    local: 'If you might act on these thoughts, or someone’s life is in danger, call your local emergency number now.',
    emergency: 'Emergency: if a life is in danger',
    more: 'More help, and what to do now',
  },
  safety: {
    intro: 'Your safety comes first. You deserve to feel safe, and you are not alone.',
    reach: 'You can get help to stay safe, whenever you are ready.',
    local: 'If you are in danger now, call your local emergency number.',
    emergency: 'Emergency: if you are in danger now',
    more: 'More help to stay safe',
  },
};

/** A link that opens the dialler or the messages app; the service's name makes each link clear on its own. */
function call(contact: ChipContact, service: string): TemplateResult {
  return html`<a class="call" href=${contact.href} aria-label=${`${contact.label}: ${service}`}>${contact.label}</a>`;
}

/** The help for a need, in the chip's panel. */
export function helpPanel(help: ChipHelp, a: ChipHelpActions, mark: TemplateResult): TemplateResult {
  const words = WORDS[help.need];
  return html`<section class="panel" role="dialog" aria-modal="false" aria-labelledby="al-title" aria-describedby="al-intro">
    <div class="head">
      <h2 id="al-title" tabindex="-1">${mark}Help is here</h2>
      <button class="icon" type="button" aria-label="Close" title="Close (Esc)" @click=${a.close}><span aria-hidden="true">×</span></button>
    </div>
    <p id="al-intro">${words.intro}</p>
    ${help.emergency
      ? html`<p>${words.reach}</p>
          <h3>${help.inCountry ? `In ${help.inCountry}` : 'Who to call'}</h3>
          <ul class="lines">
            ${help.lines.map(
              (line) => html`<li class="line">
                <p class="name">${line.name}</p>
                <p class="hours">${line.hours}</p>
                <div class="calls">${line.contacts.map((c) => call(c, line.name))}</div>
              </li>`,
            )}
            <li class="line"><p class="name">${words.emergency}</p><div class="calls">${call(help.emergency, 'emergency')}</div></li>
          </ul>`
      : html`<p class="help">${words.local}</p>`}
    <div class="actions">
      <button class="btn primary" type="button" @click=${() => a.openHelp(help.need)}>${words.more}</button>
      <button class="btn quiet" type="button" @click=${a.notNow}>Not now</button>
    </div>
    <p class="fine">Only you can see this. Alongside reads what you write only inside your browser, and never keeps it or sends it anywhere.</p>
  </section>`;
}
