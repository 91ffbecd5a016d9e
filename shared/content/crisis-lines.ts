/**
 * Help lines by country: what "Need help now?", week 6, the crisis plan, handouts, the
 * extension's popup and the chip show. Every entry carries the public page it was checked
 * against (`source`) and the day it was checked (`checkedOn`); a unit test refuses one
 * without them. Update here, nowhere else.
 */

/** What a line is for; the order here is the order the help page shows them in. */
export type HelpKind = 'crisis' | 'violence' | 'substance' | 'poison';

export const HELP_KINDS: readonly HelpKind[] = ['crisis', 'violence', 'substance', 'poison'];

/** One way to reach a line: a tap target that opens the dialler or the messages app. */
export interface HelpContact {
  /** As people read it: "Call 988", "Text START to 88788". */
  label: string;
  /** `tel:` or `sms:` link, dialled only when the person taps it; dials exactly the digits in `label`. */
  href: string;
}

/** A free line to call or text. */
export interface HelpLine {
  kind: HelpKind;
  name: string;
  /** What it is for, in a sentence. */
  detail: string;
  /** When it is open: "All day, every day". */
  hours: string;
  /** Call first, then text, as the service offers them. */
  contacts: HelpContact[];
  /** Its own website, for reading later (never needed to get help). */
  website?: string;
  /** The public page the number and hours were checked against. */
  source: string;
  /** The day it was checked, `YYYY-MM-DD`. */
  checkedOn: string;
}

/** The help for one country, and its emergency number. */
export interface CountryHelp {
  code: string;
  country: string;
  /** The country as it reads after "In": some names take "the". */
  inCountry: string;
  /** The emergency number as people say it ("911", "112 or 999"). */
  emergency: string;
  /** Tap to call the emergency number. */
  emergencyHref: string;
  /** Where the emergency number was checked, and when. */
  emergencySource: string;
  emergencyCheckedOn: string;
  lines: HelpLine[];
}

/** The saved choice of a person who said they live in none of the listed countries: never guess over it. */
export const SOMEWHERE_ELSE = 'elsewhere';

export const CRISIS_HELP: readonly CountryHelp[] = [
  {
    code: 'US',
    country: 'United States',
    inCountry: 'the United States',
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'TODO',
    emergencyCheckedOn: 'TODO',
    lines: [
      {
        kind: 'crisis',
        name: '988 Suicide & Crisis Lifeline',
        detail: 'For anyone in emotional distress or worried about someone else.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call or text 988', href: 'tel:988' }],
        source: 'TODO',
        checkedOn: 'TODO',
      },
    ],
  },
  {
    code: 'CA',
    country: 'Canada',
    inCountry: 'Canada',
    emergency: '911',
    emergencyHref: 'tel:911',
    emergencySource: 'TODO',
    emergencyCheckedOn: 'TODO',
    lines: [
      {
        kind: 'crisis',
        name: '9-8-8 Suicide Crisis Helpline',
        detail: 'For anyone thinking about suicide or worried about someone, in English and French.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call or text 988', href: 'tel:988' }],
        source: 'TODO',
        checkedOn: 'TODO',
      },
    ],
  },
  {
    code: 'GB',
    country: 'United Kingdom',
    inCountry: 'the United Kingdom',
    emergency: '999',
    emergencyHref: 'tel:999',
    emergencySource: 'TODO',
    emergencyCheckedOn: 'TODO',
    lines: [
      {
        kind: 'crisis',
        name: 'Samaritans',
        detail: 'You can talk about anything that is troubling you.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 116 123', href: 'tel:116123' }],
        source: 'TODO',
        checkedOn: 'TODO',
      },
    ],
  },
  {
    code: 'IE',
    country: 'Ireland',
    inCountry: 'Ireland',
    emergency: '112 or 999',
    emergencyHref: 'tel:112',
    emergencySource: 'TODO',
    emergencyCheckedOn: 'TODO',
    lines: [
      {
        kind: 'crisis',
        name: 'Samaritans',
        detail: 'You can talk about anything that is troubling you.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call 116 123', href: 'tel:116123' }],
        source: 'TODO',
        checkedOn: 'TODO',
      },
    ],
  },
  {
    code: 'AU',
    country: 'Australia',
    inCountry: 'Australia',
    emergency: '000',
    emergencyHref: 'tel:000',
    emergencySource: 'TODO',
    emergencyCheckedOn: 'TODO',
    lines: [
      {
        kind: 'crisis',
        name: 'Lifeline',
        detail: 'For anyone having a hard time or worried about someone.',
        hours: 'Open all day, every day.',
        contacts: [{ label: 'Call 13 11 14', href: 'tel:131114' }],
        source: 'TODO',
        checkedOn: 'TODO',
      },
    ],
  },
  {
    code: 'NZ',
    country: 'New Zealand',
    inCountry: 'New Zealand',
    emergency: '111',
    emergencyHref: 'tel:111',
    emergencySource: 'TODO',
    emergencyCheckedOn: 'TODO',
    lines: [
      {
        kind: 'crisis',
        name: 'Need to talk? 1737',
        detail: 'Talk with a trained counsellor.',
        hours: 'Free and open all day, every day.',
        contacts: [{ label: 'Call or text 1737', href: 'tel:1737' }],
        source: 'TODO',
        checkedOn: 'TODO',
      },
    ],
  },
];

/** Said on every help screen, for every country, including ones not listed. */
export const LOCAL_EMERGENCY_ADVICE =
  'If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.';

/** What to say when you call: a few plain lines that make a hard call easier. */
export const WHAT_TO_SAY: readonly string[] = [
  'Say who you are and that you are worried about someone (or about yourself).',
  'Say what is happening now, in simple words: what you see and hear.',
  'Say if there is a risk of harm, and if there are weapons, pills or other dangers nearby.',
  'Say if the person has a mental health condition or uses substances, and any treatment you know of.',
  'Ask what you should do while you wait, and stay on the line if you can.',
];

/** Picks the country to show first: a saved choice, else the browser's region, else none. */
export function guessCountry(saved: string | undefined, languages: readonly string[]): string | undefined {
  if (saved === SOMEWHERE_ELSE) return undefined;
  if (saved && CRISIS_HELP.some((c) => c.code === saved)) return saved;
  for (const lang of languages) {
    const region = lang.split('-')[1]?.toUpperCase();
    if (region && CRISIS_HELP.some((c) => c.code === region)) return region;
  }
  return undefined;
}

/** The help for a country code, if it is one we list. */
export function countryHelp(code: string | undefined): CountryHelp | undefined {
  return code ? CRISIS_HELP.find((c) => c.code === code) : undefined;
}

/** A country's lines of the given kinds, in the order of `kinds`. */
export function linesOfKind(help: CountryHelp, kinds: readonly HelpKind[]): HelpLine[] {
  return kinds.flatMap((k) => help.lines.filter((l) => l.kind === k));
}
