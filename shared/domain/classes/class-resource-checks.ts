/**
 * Checks on a class's local resources that keep a pack from passing itself off as crisis
 * help. A class pack comes from a stranger's link, and a resource shows on "Need help now?",
 * so a number that dials something other than what it shows ("1-8OO-273-8255", with the
 * letter O, dials 182738255) or a website that names one site and opens another
 * ("https://988lifeline.org@evil.example/") is refused, with a `ResourceProblem` that says
 * which resource and why (the UI puts it into words). Look-alike letters from other alphabets
 * in a web address (IDN homographs) are not caught here: the section is labelled as coming
 * from the class, not from Alongside.
 */
import { phoneLinkable, webAddressParts } from './class-links.ts';
import type { ResourceProblem } from './pack-problems.ts';

/** The least digits a phone number can have (short numbers like 111 exist). */
const MIN_PHONE_DIGITS = 3;

/** What is wrong with the phone number of the resource `name`; undefined when it is fine or empty. */
export function phoneProblem(name: string, phone: string): ResourceProblem | undefined {
  if (!phone) return undefined;
  // Letters are how "1-8OO" passes for "1-800": the words say so plainly when one sits by a digit.
  if (/\p{L}/u.test(phone)) return { kind: 'phone-letters', name, phone, lookAlike: /\d[OoIl]|[OoIl]\d/.test(phone) };
  if (!phoneLinkable(phone)) return { kind: 'phone-not-digits', name, phone };
  if ((phone.match(/\d/g) ?? []).length < MIN_PHONE_DIGITS) return { kind: 'phone-too-short', name, phone };
  return undefined;
}

/** What is wrong with the website of the resource `name`; undefined when it is fine or empty. */
export function siteProblem(name: string, site: string): ResourceProblem | undefined {
  if (!site) return undefined;
  const parts = webAddressParts(site);
  if (parts === 'credentials') return { kind: 'site-credentials', name, site };
  if (parts === 'not-web') return { kind: 'site-not-web', name, site };
  return undefined;
}

/** The first problem with a resource's phone or website, for the pack check and the facilitator's editor; an unnamed one is `name: ''`. */
export function resourceProblem(resource: { name: string; phone: string; site: string }): ResourceProblem | undefined {
  const name = resource.name.trim();
  return phoneProblem(name, resource.phone.trim()) ?? siteProblem(name, resource.site.trim());
}
