/** Web and phone links in what a class pack says: only `https:`/`http:` and `tel:`, never anything else. */

/** A `https:` or `http:` address in the text, safe to use as a link; undefined for anything else. */
export function safeWebLink(text: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text.trim()) ? text.trim() : /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text.trim()) ? `https://${text.trim()}` : '';
  if (!candidate || /\s/.test(candidate)) return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
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

/** A `tel:` link for a phone number, or undefined when it has too few digits to dial. */
export function telLink(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : undefined;
}
