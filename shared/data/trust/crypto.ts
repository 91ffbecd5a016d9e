/**
 * The few WebCrypto steps Alongside uses, in one place: a key from a passcode or passphrase
 * (PBKDF2-SHA-256, 600,000 iterations, random 16-byte salt) and AES-GCM with a 256-bit key
 * and a fresh random 12-byte IV for every message. Works in pages, service workers and Node.
 *
 * Keys made here are never extractable: the passcode's key lives only in memory, and can be
 * used, not read out.
 */
import { toBase64Url } from '../../domain/base64.ts';

/** The key-derivation function, as backups name it. */
export const KDF = 'PBKDF2-SHA-256';
/** PBKDF2 iterations for every new key (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;
/** The most iterations a backup file may ask for, so a hostile file cannot hang the page. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
/** Bytes of salt. */
export const SALT_BYTES = 16;
/** Bytes of IV for AES-GCM (the size it is designed for). */
export const IV_BYTES = 12;

/** An encrypted value as stored in IndexedDB: the IV and the ciphertext (with its tag). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

declare const opensTo: unique symbol;

/**
 * A sealed value that opens to a `T`: the type the schema declares for it. What opens is what
 * `sealJson` sealed, because AES-GCM authenticates it together with its context (store and id),
 * so the declared type holds as firmly as any typed IndexedDB read. Never set at run time.
 */
export interface SealedAs<T> extends Sealed {
  readonly [opensTo]?: T;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Fresh random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** The same passcode gives the same key however the keyboard composed its letters. */
function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(secret.normalize('NFC'));
}

/**
 * Derives a non-extractable AES-GCM 256 key from a passcode or passphrase.
 * `iterations` comes from `PBKDF2_ITERATIONS` for new keys, or from a stored salt record or
 * backup file for existing ones.
 */
export async function deriveKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > PBKDF2_MAX_ITERATIONS) throw new RangeError('iterations out of range');
  const material = await crypto.subtle.importKey('raw', secretBytes(secret), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Encrypts bytes with a fresh IV; `context` is authenticated too, so a sealed value only opens where it was made. */
export async function encryptBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, context: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, plain);
  return { iv, data: new Uint8Array(data) };
}

/** Decrypts bytes; throws (an `OperationError`) if the key, the context or a single bit is wrong. */
export async function decryptBytes(key: CryptoKey, sealed: Sealed, context: string): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(context) }, key, sealed.data);
  return new Uint8Array(plain);
}

/** Smallest padded size: short records (a score, a one-line answer) all look the same. */
export const PAD_MIN_BYTES = 256;

/** Above this, buckets grow by this much instead of doubling. */
export const PAD_STEP_BYTES = 64 * 1024;

/**
 * The size a sealed value's plain bytes are padded to: the next power of two, at least
 * `PAD_MIN_BYTES`, and past `PAD_STEP_BYTES` the next multiple of it. Powers of two rather
 * than fixed 512-byte steps because what is written ranges from a score to pages of journal:
 * fixed small steps would still tell a 3 KB entry from a 3.5 KB one, while doubling buckets
 * say only "about this order of size" for at most twice the bytes, which a device holding one
 * family's words can afford. The 64 KB steps above keep a very long record from doubling past
 * what the linked extension accepts.
 */
export function paddedLength(length: number): number {
  if (length > PAD_STEP_BYTES) return Math.ceil(length / PAD_STEP_BYTES) * PAD_STEP_BYTES;
  let size = PAD_MIN_BYTES;
  while (size < length) size *= 2;
  return size;
}

const SPACE = 0x20;

/**
 * Encrypts a JSON-safe value, padded with spaces to its bucket (`paddedLength`) so the
 * ciphertext's size gives away little of how much was written. JSON ignores trailing spaces,
 * so values sealed before padding existed open the same way. `pad: false` for a value whose
 * length tells nothing (the lock's known check text, which travels to the extension as it is).
 */
export function sealJson<T>(key: CryptoKey, value: T, context: string, options: { pad?: boolean } = {}): Promise<SealedAs<T>> {
  const bytes = encoder.encode(JSON.stringify(value));
  return encryptBytes(key, options.pad === false ? bytes : padJson(bytes), context);
}

/** JSON bytes with trailing spaces up to their bucket. */
export function padJson(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(paddedLength(bytes.length)).fill(SPACE);
  out.set(bytes);
  return out;
}

/** Decrypts a value sealed by `sealJson`: the `T` it was sealed as (see `SealedAs`). */
export async function openJson<T>(key: CryptoKey, sealed: SealedAs<T>, context: string): Promise<T> {
  const value: T = JSON.parse(decoder.decode(await decryptBytes(key, sealed, context)));
  return value;
}

/** Text as UTF-8 bytes. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** UTF-8 bytes as text; throws on bytes that are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array<ArrayBuffer>): string {
  return decoder.decode(bytes);
}


/** Bytes of the random secret behind opaque ids (`idKeyFrom`). */
export const ID_SECRET_BYTES = 32;

/** A non-extractable HMAC-SHA-256 key from random bytes, for ids that name nothing without it. */
export function idKeyFrom(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** The same text always gives the same id under one key; without the key the id says nothing. */
export async function opaqueId(key: CryptoKey, text: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  // 18 bytes: 24 characters, no padding, the same ids as ever.
  return toBase64Url(mac.subarray(0, 18));
}
