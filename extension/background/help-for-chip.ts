/**
 * The help the chip shows when a message calls for it: the lines for the person's country,
 * from the one list of help lines (shared/content/crisis-lines.ts). Only help data goes
 * back to the page, never anything of what was written. Pure, so the chip preview and the
 * unit tests use it as the background does.
 */
import { countryHelp, linesOfKind, type HelpKind } from '../../shared/content/crisis-lines.ts';
import type { HelpNeed } from '../../shared/domain/nudge/cue-detector.ts';
import type { ChipContact, ChipHelp } from '../messages.ts';

/** Which lines answer which need: crisis lines for despair and danger, domestic-violence lines for safety. */
const KINDS: Record<HelpNeed, readonly HelpKind[]> = { crisis: ['crisis'], safety: ['violence'] };

/** Only links that open the dialler or the messages app go into a web page. */
function isTapTarget(contact: ChipContact): boolean {
  return /^(?:tel|sms):\+?[\d*#,;]/.test(contact.href);
}

/**
 * The help for a need in a country (a code from `guessCountry`, or undefined when unknown).
 * With no line of the kind yet, the emergency number and the help page still stand.
 */
export function chipHelp(need: HelpNeed, country: string | undefined): ChipHelp {
  const help = countryHelp(country);
  if (!help) return { need, inCountry: null, emergency: null, lines: [] };
  const emergency = { label: `Call ${help.emergency}`, href: help.emergencyHref };
  return {
    need,
    inCountry: help.inCountry,
    emergency: isTapTarget(emergency) ? emergency : null,
    lines: linesOfKind(help, KINDS[need])
      .map((line) => ({ name: line.name, hours: line.hours, contacts: line.contacts.map(({ label, href }) => ({ label, href })).filter(isTapTarget) }))
      .filter((line) => line.contacts.length > 0),
  };
}
