/**
 * V8 compiles a regex on its first use, and how depends on the text: for a text of 1,000
 * characters or more it goes straight to machine code; for a shorter one it first builds
 * an interpreter's bytecode, which for the lexicon's long word lists costs about four times
 * as much (measured: the first read of a 200-character message took ~180 ms of CPU, of a
 * 1,000-character one ~80 ms). A person's first message is usually short, so each rule's
 * first try is made on a long blank text first: the regex is compiled the cheap way, and
 * every later try, on any text, uses that code.
 *
 * V8 keeps separate code for one-byte (Latin-1) and two-byte texts, so the blank text
 * matches the message's kind. Only speed depends on this: results never do.
 */
const LONG_ENOUGH = 1_000;
const BLANK_ONE_BYTE = ' '.repeat(LONG_ENOUGH + 24);
// A curly apostrophe makes the string two-byte, as most pasted or phone-typed text is.
const BLANK_TWO_BYTE = `\u2019${' '.repeat(LONG_ENOUGH + 23)}`;
// eslint-disable-next-line no-control-regex -- from U+0000 on purpose: any character beyond Latin-1
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Compiles `re` to machine code for texts like `text`, unless `text` is long enough to do
 * that itself. Call it once per regex, before its first use.
 */
export function compileForText(re: RegExp, text: string): void {
  if (text.length >= LONG_ENOUGH) return;
  const lastIndex = re.lastIndex;
  re.lastIndex = 0;
  re.test(BEYOND_LATIN1.test(text) ? BLANK_TWO_BYTE : BLANK_ONE_BYTE);
  re.lastIndex = lastIndex;
}

const compiled = new WeakSet<RegExp>();

/** `re.test(text)`, compiled the cheap way on its first use (for the guards, which see short texts). */
export function testCompiled(re: RegExp, text: string): boolean {
  if (!compiled.has(re)) {
    compiled.add(re);
    compileForText(re, text);
  }
  return re.test(text);
}
