/**
 * The words the person is writing, without the quoted thread or signature below them: a
 * reply is read for what it says, however long the history it carries (issue 13, part 5).
 *
 * Read once per pause, never per keystroke. A rich editor is walked node by node in order,
 * with no layout (no innerText): text nodes' own text, a line break at block elements and
 * <br>, stopping at the first quote or signature. So a 60 KB thread below the reply is never
 * walked. The walk touches only node fields (no `instanceof`), so node tests can give it
 * plain objects.
 */
import { MAX_MESSAGE_CHARS } from '../messages.ts';
import { AFTER_CARET } from './message-window.ts';

/** The person's own words, and where the caret is in them (when it is). */
export interface OwnWords {
  text: string;
  caret: number | undefined;
}

/** Where webmail keeps the history or a signature: Gmail, Apple Mail, Thunderbird, Outlook, Yahoo, Proton. */
const THREAD_CLASS =
  /(?:^|\s)(?:gmail_quote|gmail_quote_container|gmail_attr|gmail_signature|gmail_extra|moz-cite-prefix|moz-signature|yahoo_quoted|protonmail_quote|protonmail_signature_block)(?:\s|$)/;
const THREAD_ID = /^(?:divRplyFwdMsg|appendonsend|Signature)$/;
/** Elements that start a new line, as a browser lays them out. */
const BLOCK = /^(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|tr|ul)$/;
/** Elements whose text is never shown. */
const UNSEEN = /^(?:script|style|template|noscript|head|title)$/;

/** A line that begins the history or signature: "On … wrote:", "> ", "-----Original Message-----", "From: … Sent: …", "-- ". */
const THREAD_LINE = /^(?:>|On\s.{1,200}\swrote:\s*$|-{2,}\s*(?:Original|Forwarded) [Mm]essage\s*-{2,}|--[ \u00a0]?$|From:\s.{1,200}\sSent:\s)/;

/** 'line' when this line begins the thread, 'prev' when it does together with the line before ("On …" / "wrote:", "From:" / "Sent:"). */
export function threadStartsAt(line: string, prev: string): 'line' | 'prev' | null {
  const here = line.trimStart();
  if (THREAD_LINE.test(here)) return 'line';
  const before = prev.trimStart();
  if (line.length < 300 && /^On\s/.test(before) && /\swrote:\s*$/.test(` ${here}`)) return 'prev';
  if (/^From:\s/.test(before) && /^(?:Sent|Date):\s/.test(here)) return 'prev';
  return null;
}

/** The own words of a plain field's value (textarea, input), with the caret if it is in them. */
export function ownWordsOfValue(value: string, caret: number | undefined): OwnWords {
  let prev = 0;
  let start = 0;
  let cut = value.length;
  while (start <= value.length) {
    const nl = value.indexOf('\n', start);
    const end = nl < 0 ? value.length : nl;
    const at = threadStartsAt(value.slice(start, end), start === 0 ? '' : value.slice(prev, start - 1));
    if (at) {
      cut = at === 'line' ? start : prev;
      break;
    }
    if (nl < 0) break;
    prev = start;
    start = nl + 1;
  }
  return { text: value.slice(0, cut), caret: caret !== undefined && caret <= cut ? caret : undefined };
}

/** The node fields the walk reads: a DOM node has them all. */
interface WalkNode {
  nodeType: number;
  localName?: string;
  data?: string;
  firstChild: WalkNode | null;
  nextSibling: WalkNode | null;
  parentNode: WalkNode | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?(name: string): string | null;
}

function startsThread(el: WalkNode): boolean {
  const attr = (name: string): string => el.getAttribute?.(name) ?? '';
  return el.localName === 'blockquote' || attr('type') === 'cite' || THREAD_CLASS.test(attr('class')) || THREAD_ID.test(attr('id')) || attr('data-smartmail') === 'gmail_signature';
}

/**
 * The own words inside a rich editor, walked in order up to the first quote or signature.
 * `caretNode` and `caretOffset` are the selection's end, as a Range gives them; the caret is
 * given back only when it lies in the own words. A message with no thread is read up to
 * what would be sent anyway (MAX_MESSAGE_CHARS, with room after the caret).
 */
export function ownWordsOfTree(root: WalkNode, caretNode: WalkNode | null, caretOffset: number): OwnWords {
  let text = '';
  let lineStart = 0;
  let prevStart = 0;
  let cut = -1;
  let caret: number | undefined;
  /** The child the caret sits before, when the caret is given as an element and an offset. */
  let caretBefore: WalkNode | null = null;

  const endLine = (end: number): void => {
    const at = threadStartsAt(text.slice(lineStart, end), lineStart === 0 ? '' : text.slice(prevStart, lineStart - 1));
    if (at) cut = at === 'line' ? lineStart : prevStart;
    prevStart = lineStart;
    lineStart = end + 1;
  };
  const add = (s: string): void => {
    const from = text.length;
    text += s;
    for (let nl = s.indexOf('\n'); nl >= 0 && cut < 0; nl = s.indexOf('\n', nl + 1)) endLine(from + nl);
  };
  const breakLine = (): void => {
    if (text && !text.endsWith('\n')) add('\n');
  };
  const enough = (): boolean => text.length >= MAX_MESSAGE_CHARS && (caretNode === null || (caret !== undefined && text.length >= caret + AFTER_CARET));

  if (caretNode === root) caretBefore = root.childNodes[caretOffset] ?? null;
  let node = root.firstChild;
  while (node && cut < 0 && !enough()) {
    if (node === caretBefore) caret = text.length;
    let descend = false;
    if (node.nodeType === 3) {
      if (node === caretNode) caret = text.length + Math.min(caretOffset, node.data?.length ?? 0);
      add(node.data ?? '');
    } else if (node.nodeType === 1) {
      const tag = node.localName ?? '';
      if (startsThread(node)) {
        cut = text.length;
        break;
      }
      if (tag === 'br') add('\n');
      else if (!UNSEEN.test(tag)) {
        if (BLOCK.test(tag)) breakLine();
        if (node === caretNode) caretBefore = node.childNodes[caretOffset] ?? null;
        descend = node.firstChild !== null;
        if (!descend && node === caretNode) caret = text.length;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Up past every finished parent, closing its line and marking the caret at its end.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) break;
      if (node === caretNode && caret === undefined) caret = text.length;
      if (BLOCK.test(node.localName ?? '')) breakLine();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (caretNode === root && caretBefore === null && cut < 0) caret = text.length;
  if (cut < 0) endLine(text.length);
  if (cut < 0) cut = text.length;
  return { text: text.slice(0, cut), caret: caret !== undefined && caret <= cut ? caret : undefined };
}

/** The own words of a message field now, with the caret when it is in them. */
export function readOwnWords(field: HTMLElement): OwnWords {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return ownWordsOfValue(field.value, field.selectionEnd ?? undefined);
  const sel = field.ownerDocument.getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const inField = range !== null && field.contains(range.endContainer);
  return ownWordsOfTree(field, inField ? range.endContainer : null, inField ? range.endOffset : 0);
}
