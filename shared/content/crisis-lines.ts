/** A free line to call or text when someone may be in danger or in crisis. */
export interface CrisisLine {
  name: string;
  /** How to reach it, as people dial or text it. */
  contact: string;
  /** `tel:` or `sms:` link, dialled only when the person taps it. */
  href: string;
  /** What it is for and when it is open. */
  detail: string;
}

/** The lines for one country, and its emergency number. */
export interface CountryHelp {
  code: string;
  country: string;
  /** The country as it reads after "In": some names take "the". */
  inCountry: string;
  emergency: string;
  lines: CrisisLine[];
}

/** The saved choice of a person who said they live in none of the listed countries: never guess over it. */
export const SOMEWHERE_ELSE = 'elsewhere';

/** Crisis lines by country. Checked for accuracy by the team; update here, nowhere else. */
export const CRISIS_HELP: readonly CountryHelp[] = [
  {
    code: 'US',
    country: 'United States',
    inCountry: 'the United States',
    emergency: '911',
    lines: [{ name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988', href: 'tel:988', detail: 'Free and open all day, every day, for anyone in emotional distress or worried about someone else.' }],
  },
  {
    code: 'CA',
    country: 'Canada',
    inCountry: 'Canada',
    emergency: '911',
    lines: [{ name: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988', href: 'tel:988', detail: 'Free and open all day, every day, in English and French.' }],
  },
  {
    code: 'GB',
    country: 'United Kingdom',
    inCountry: 'the United Kingdom',
    emergency: '999',
    lines: [{ name: 'Samaritans', contact: 'Call 116 123', href: 'tel:116123', detail: 'Free and open all day, every day. You can talk about anything that is troubling you.' }],
  },
  {
    code: 'IE',
    country: 'Ireland',
    inCountry: 'Ireland',
    emergency: '112 or 999',
    lines: [{ name: 'Samaritans', contact: 'Call 116 123', href: 'tel:116123', detail: 'Free and open all day, every day. You can talk about anything that is troubling you.' }],
  },
  {
    code: 'AU',
    country: 'Australia',
    inCountry: 'Australia',
    emergency: '000',
    lines: [{ name: 'Lifeline', contact: 'Call 13 11 14', href: 'tel:131114', detail: 'Open all day, every day, for anyone having a hard time or worried about someone.' }],
  },
  {
    code: 'NZ',
    country: 'New Zealand',
    inCountry: 'New Zealand',
    emergency: '111',
    lines: [{ name: 'Need to talk? 1737', contact: 'Call or text 1737', href: 'tel:1737', detail: 'Free and open all day, every day, with a trained counsellor.' }],
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
