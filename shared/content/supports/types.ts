/**
 * The shape of the national organisations a family can turn to, one file per country
 * (the countries of `crisis-lines.ts`). Crisis lines stay in `crisis-lines.ts`: these are for
 * the weeks and months after, not for danger right now.
 *
 * Every entry carries the public page it was checked against (`source`) and the day
 * (`checkedOn`); a unit test refuses one without them, a phone number with letters in it,
 * and a website that is not https. An organisation we could not confirm on a public page is
 * left out, with a comment saying so.
 */

/** What an organisation offers a family; the order here is the order the page shows them in. */
export type SupportKind = 'course' | 'group' | 'helpline' | 'peer' | 'housing' | 'work';

export const SUPPORT_KINDS: readonly SupportKind[] = ['course', 'group', 'helpline', 'peer', 'housing', 'work'];

/** A heading for each kind, as the "Find support" page shows it. */
export const SUPPORT_KIND_TITLES: Readonly<Record<SupportKind, string>> = {
  course: 'Courses for families',
  group: 'Family support groups',
  helpline: 'Advice and helplines',
  peer: 'Peer support and local services',
  housing: 'Housing',
  work: 'Work and study',
};

/** One national organisation or programme. */
export interface Support {
  kind: SupportKind;
  name: string;
  /** What it offers, in our own words: one or two short sentences. */
  offer: string;
  /** Its website, https only. */
  website?: string;
  /** A public phone number as people read it ("1-800-950-6264"): digits, spaces and dashes only. */
  phone?: string;
  /** When the phone is answered, if the source says. */
  hours?: string;
  /** How to reach it when it has no single website or number we could confirm. */
  howToReach?: string;
  /** The public page the details were checked against. */
  source: string;
  /** The day it was checked, `YYYY-MM-DD`. */
  checkedOn: string;
}

/** The organisations of one country. */
export interface CountrySupports {
  /** The same code as in `crisis-lines.ts`. */
  code: string;
  supports: Support[];
}

/** The digits to dial for a phone number as shown. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\D/g, '')}`;
}
