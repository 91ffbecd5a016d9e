/** Web and phone links in what a class pack says: only `https:`/`http:` and `tel:`, never anything else. */

/**
 * What a website field holds: a web address (`ok`), an address with a user name or password
 * before an `@` (`credentials`: "https://988lifeline.org@evil.example/" opens evil.example),
 * or anything else (`not-web`). A bare "example.org/help" is a web address.
 */
export function webAddressParts(text: string): 'ok' | 'credentials' | 'not-web' {
  const trimmed = text.trim();
  // A backslash is read as "/" by browsers, so "evil.example\@988lifeline.org" opens evil.example.
  if (!trimmed || /[\s\\]/.test(trimmed)) return 'not-web';
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return 'not-web';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-web';
  if (url.username || url.password) return 'credentials';
  if (!hasScheme && !/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(trimmed)) return 'not-web';
  return 'ok';
}

/** A `https:` or `http:` address in the text, safe to use as a link; undefined for anything else, and for an address with a user name or password in it. */
export function safeWebLink(text: string): string | undefined {
  if (webAddressParts(text) !== 'ok') return undefined;
  const trimmed = text.trim();
  return new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`).href;
}

/** A piece of text, and the web address it links to when it is one. */
export interface LinkPart {
  text: string;
  href?: string;
}

/**
 * Text cut into plain parts and `https:`/`http:` links, for a place like "Zoom:
 * https://meet.example.org/abc (code 42)". Punctuation after an address stays text. A text
 * that is a bare address as a whole ("meet.example.org/abc") is one link, as `safeWebLink`.
 */
export function linkParts(text: string): LinkPart[] {
  const whole = safeWebLink(text);
  if (whole) return [{ text, href: whole }];
  const parts: LinkPart[] = [];
  let at = 0;
  for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>"]+/gi)) {
    const address = match[0].replace(/[.,;:!?'’)\]]+$/, '');
    const href = safeWebLink(address);
    if (!href) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: address, href });
    at = match.index + address.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** True when a phone number is only digits, spaces and `+ ( ) - .`, with `+` only at the start: what it dials is what it shows. */
export function phoneLinkable(phone: string): boolean {
  return /^\+?[\d\s().-]+$/.test(phone.trim()) && /\d/.test(phone);
}

/**
 * A `tel:` link that dials exactly the digits shown (and a leading `+`), or undefined when the
 * number has anything else in it (a letter O is not a zero) or too few digits to dial.
 */
export function telLink(phone: string): string | undefined {
  if (!phoneLinkable(phone)) return undefined;
  const digits = phone.trim().replace(/[^\d+]/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : undefined;
}
