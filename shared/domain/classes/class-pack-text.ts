/**
 * The text in a class pack: plain words, cleaned and measured. A pack comes from a stranger's
 * link, so invisible characters that hide or reorder text are taken out, and text that looks
 * like code (an HTML tag, an event handler, a `javascript:` address) is refused outright: a
 * class has no use for it, so it can only be a mistake or an attack, and it is better said
 * than silently kept. The UI renders pack text only through Lit templates, never as HTML.
 */
import * as v from 'valibot';
import { say, type PackTextField } from './pack-problems.ts';

// Control characters (except tab and newline) and bidirectional overrides can hide or
// reorder text; a pack has no use for them.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

// Markup a class never needs. Tags are matched by name (dangerous ones, open or not), or any
// tag that carries an event handler; "Tom & Jerry <3" and "ages 5<10" stay fine.
const CODE_PATTERNS: readonly RegExp[] = [
  /<\/?(?:script|style|iframe|frame|frameset|object|embed|applet|img|image|svg|math|link|meta|base|form|input|button|textarea|select|video|audio|source|track|body|html|head|template|noscript|a|marquee|details|dialog|xml|portal)(?=[\s/>]|$)/i,
  /<[a-z][\w:-]*[^<>]*\son[a-z]+\s*=/i,
  /\bon(?:error|load|click|dblclick|mouse[a-z]*|pointer[a-z]*|touch[a-z]*|key[a-z]*|focus[a-z]*|blur|toggle|begin|end|animation[a-z]*|transition[a-z]*|change|input|submit|wheel|scroll|drag[a-z]*|drop|copy|cut|paste|play|pause|show|beforeunload|unload|message|hashchange|popstate|resize|contextmenu)\s*=/i,
  /\b(?:javascript|vbscript|livescript)\s*:/i,
  /\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+\s*[;,]/i,
];

/** True when text holds markup or a script address, which a class pack never needs. */
export function looksLikeCode(text: string): boolean {
  return CODE_PATTERNS.some((p) => p.test(text));
}

/** Plain text with a length limit; `multiline` keeps line breaks. */
export function plainText(field: PackTextField, max: number, options: { required?: boolean; multiline?: boolean } = {}) {
  const clean = (s: string) => {
    const t = s.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
    return (options.multiline ? t.replace(/\n{3,}/g, '\n\n') : t.replace(/\s*\n\s*/g, ' ')).trim();
  };
  const tooLong = say({ kind: 'too-long', field, max });
  return v.pipe(
    v.string(say({ kind: 'not-text', field })),
    // Measured before and after cleaning: a huge string is refused before any work on it.
    v.maxLength(max * 2, tooLong),
    v.transform(clean),
    v.maxLength(max, tooLong),
    v.check((s) => !options.required || s.length > 0, say({ kind: 'empty', field })),
    // Checked after cleaning, so an invisible character cannot split "java\u0000script:".
    v.check((s) => !looksLikeCode(s), say({ kind: 'code', field })),
  );
}

/** An optional text: missing becomes "". */
export function optionalPlainText(field: PackTextField, max: number, multiline = false) {
  return v.optional(plainText(field, max, { multiline }), '');
}
