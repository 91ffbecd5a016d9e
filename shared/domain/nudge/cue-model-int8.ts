/**
 * The weights file's encoding: int8 tables as standard base64. Written by training, read
 * once per background start; kept apart so both ends share one codec, with no dependency
 * on Buffer or atob (it runs in Node and in a service worker alike).
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Int8 values as standard base64. */
export function encodeInt8(values: Int8Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.length);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

const B64_INDEX = (() => {
  const index = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  return index;
})();

/** Reads `length` int8 weights back from base64; throws when the count is wrong. */
export function decodeInt8(text: string, length: number): Int8Array {
  // Chrome's own decoder where there is one (a few ms faster at a cold start), else ours.
  const native = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
  if (typeof native.fromBase64 === 'function') {
    const bytes = native.fromBase64(text);
    if (bytes.length !== length) throw new Error(`Cue model: expected ${length} weights, found ${bytes.length}`);
    return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i + 3 < text.length + 1 && o < length; i += 4) {
    const a = B64_INDEX[text.charCodeAt(i)]!;
    const b = B64_INDEX[text.charCodeAt(i + 1)]!;
    const c = B64_INDEX[text.charCodeAt(i + 2)]!;
    const d = B64_INDEX[text.charCodeAt(i + 3)]!;
    out[o++] = (a << 2) | (b >> 4);
    if (o < length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < length) out[o++] = ((c & 3) << 6) | d;
  }
  if (o !== length) throw new Error(`Cue model: expected ${length} weights, found ${o}`);
  return new Int8Array(out.buffer);
}
