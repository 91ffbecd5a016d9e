/**
 * Checks on a class's local resources that keep a pack from passing itself off as crisis
 * help. A class pack comes from a stranger's link, and a resource shows on "Need help now?",
 * so a number that dials something other than what it shows ("1-8OO-273-8255", with the
 * letter O, dials 182738255) or a website that names one site and opens another
 * ("https://988lifeline.org@evil.example/") is refused, with a message that says which
 * resource and why. Look-alike letters from other alphabets in a web address (IDN homographs)
 * are not caught here: the section is labelled as coming from the class, not from Alongside.
 */
import { phoneLinkable, webAddressParts } from './class-links.ts';

/** The least digits a phone number can have (short numbers like 111 exist). */
const MIN_PHONE_DIGITS = 3;

/** The phone number's problem, in a sentence about the resource `name`; undefined when it is fine or empty. */
export function phoneProblem(name: string, phone: string): string | undefined {
  if (!phone) return undefined;
  const about = `The phone number for “${name}”`;
  const ifYouMadeIt = 'If you made this class, please write the number with digits only.';
  if (/\p{L}/u.test(phone)) {
    // Letters are how "1-8OO" passes for "1-800": say so plainly.
    const lookAlike = /\d[OoIl]|[OoIl]\d/.test(phone) ? ' A letter O or I can look just like a 0 or a 1.' : '';
    return `${about} has letters in it (${phone}), so it can’t be used.${lookAlike} A phone number can only have digits, spaces and the signs + ( ) - and . in it, so it calls exactly the number you see. ${ifYouMadeIt}`;
  }
  if (!phoneLinkable(phone)) {
    return `${about} has something in it that is not a digit (${phone}), so it can’t be used. A phone number can only have digits, spaces and the signs + ( ) - and . in it, with + only at the start, so it calls exactly the number you see. ${ifYouMadeIt}`;
  }
  if ((phone.match(/\d/g) ?? []).length < MIN_PHONE_DIGITS) {
    return `${about} is too short to call (${phone}). ${ifYouMadeIt}`;
  }
  return undefined;
}

/** The website's problem, in a sentence about the resource `name`; undefined when it is fine or empty. */
export function siteProblem(name: string, site: string): string | undefined {
  if (!site) return undefined;
  const about = `The website for “${name}”`;
  const parts = webAddressParts(site);
  if (parts === 'credentials') {
    return `${about} has a name or password before an @ sign (${site}). That can make one website look like another, so this class can’t be used. If you made it, use the website’s plain address, like https://example.org/help.`;
  }
  if (parts === 'not-web') {
    return `${about} must be a web address that starts with https:// or http://, like https://example.org/help. If you made this class, please check it.`;
  }
  return undefined;
}

/** The first problem with a resource's phone or website, for the pack check and the facilitator's editor. */
export function resourceProblem(resource: { name: string; phone: string; site: string }): string | undefined {
  const name = resource.name.trim() || 'a local resource';
  return phoneProblem(name, resource.phone.trim()) ?? siteProblem(name, resource.site.trim());
}
