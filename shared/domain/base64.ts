/**
 * Bytes as base64 text and back, for the two places bytes travel as text: sealed records and
 * the lock's salt in backups and the extension link (standard base64, with padding), and a
 * class pack inside a link (base64url, without padding, so it survives in an address). Reading
 * is strict: text that is not exactly base64 gives undefined, never a best guess.
 */

const STANDARD = /^[A-Za-z0-9+/]*={0,2}$/;
const URL_SAFE = /^[A-Za-z0-9_-]+$/;

/** Bytes as standard base64 (with padding). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a huge spread would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Standard base64 as bytes; undefined when the text is not strictly base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0 || !STANDARD.test(text)) return undefined;
  return decode(text);
}

/** Bytes as base64url, without padding: safe in an address. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url (unpadded) as bytes; undefined when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!URL_SAFE.test(text) || text.length % 4 === 1) return undefined;
  return decode(text.replace(/-/g, '+').replace(/_/g, '/'));
}

function decode(text: string): Uint8Array<ArrayBuffer> | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
