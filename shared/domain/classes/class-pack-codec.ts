/**
 * A class pack in a link: JSON, compressed with the platform's own `deflate-raw`
 * (`CompressionStream`, in browsers and Node alike), then base64url, after `#pack=` in the
 * link's fragment. A fragment never leaves the device when the link is opened, so the pack
 * is not sent to any server, ours or anyone's.
 */
import { CLASS_PACK_MAX_BYTES, parseClassPack, parseJsonSafely, type ClassPack, type PackResult } from './class-pack.ts';
import { PackProblemError, type PackProblem } from './pack-problems.ts';
import { fromBase64Url, toBase64Url } from '../base64.ts';

/** The path that opens a class link. */
export const JOIN_PATH = '/join';
/** The fragment's name for the pack. */
const PARAM = 'pack';
/** Longest encoded pack we try to read: base64 of the largest compressed pack, with room. */
const MAX_CODE_CHARS = Math.ceil((CLASS_PACK_MAX_BYTES * 4) / 3) + 16;

/** A link that was cut short or changed. */
const DAMAGED_LINK: PackResult = { ok: false, problem: { kind: 'damaged-link' } };
/** A pack over the size limit. */
export const TOO_LARGE: PackProblem = { kind: 'too-large', maxBytes: CLASS_PACK_MAX_BYTES };
const TOO_LARGE_RESULT: PackResult = { ok: false, problem: TOO_LARGE };

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Stop as soon as a "zip bomb" passes the limit, before it can fill memory.
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The pack as JSON text, checked first: a pack that would not be accepted is never written (a `PackProblemError` says why). */
export function classPackJson(pack: ClassPack): string {
  const checked = parseClassPack(pack);
  if (!checked.ok) throw new PackProblemError(checked.problem);
  return JSON.stringify(checked.pack);
}

/** The pack compressed and base64url-encoded, for a link's fragment. */
export async function encodeClassPack(pack: ClassPack): Promise<string> {
  const bytes = new TextEncoder().encode(classPackJson(pack));
  const compressed = await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  return toBase64Url(compressed as Uint8Array);
}

/** Reads a pack from JSON text (a `.json` file): size, JSON, then the pack itself. */
export function readClassPackJson(text: string): PackResult {
  if (new TextEncoder().encode(text).byteLength > CLASS_PACK_MAX_BYTES) return TOO_LARGE_RESULT;
  let data: unknown;
  try {
    data = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  return parseClassPack(data);
}

/** Reads a pack from the encoded text after `#pack=`. Never throws. */
export async function decodeClassPack(code: string): Promise<PackResult> {
  if (!code) return DAMAGED_LINK;
  if (code.length > MAX_CODE_CHARS) return TOO_LARGE_RESULT;
  const bytes = fromBase64Url(code);
  if (!bytes) return DAMAGED_LINK;
  let json: Uint8Array | 'too-large';
  try {
    json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), CLASS_PACK_MAX_BYTES);
  } catch {
    return DAMAGED_LINK;
  }
  if (json === 'too-large') return TOO_LARGE_RESULT;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return DAMAGED_LINK;
  }
  return readClassPackJson(text);
}

/** The encoded pack in a URL's fragment (`#pack=…`), or undefined when there is none. */
export function packCodeFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(PARAM);
  return code === null ? undefined : code.trim();
}

/** The link that opens a pack: `https://…/join#pack=…`. */
export function classLink(origin: string, code: string): string {
  return `${origin}${JOIN_PATH}#${PARAM}=${code}`;
}

/** A file name for the pack, from the class name: `alongside-class-tuesday-group.json`. */
export function classFileName(pack: Pick<ClassPack, 'name'>): string {
  const slug = pack.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `alongside-class${slug ? `-${slug}` : ''}.json`;
}
