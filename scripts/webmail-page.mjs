// A webmail-like reply page: a rich editor whose reply line sits above about 60 KB of quoted
// thread (Gmail's markup: .gmail_quote, .gmail_attr, nested blockquotes), and a plain
// textarea holding the same thread as "On … wrote:" and "> " lines. The thread is full of
// hard words, so a read that counted it would nudge every reply. Like a webmail, the page
// keeps a draft: it marks it unsaved on each edit and saves it once typing pauses.
// Shared by tests/e2e/extension/quoted-thread.spec.ts and scripts/bench-typing-pause.mjs.

/** Earlier messages of the thread, in turn; hard words, so counting them would show. */
const EARLIER = [
  'You never listen to a word I say, this is your last chance!!!',
  'It is all your fault and everyone knows it. You always do this.',
  'I am done covering for you. If you take money from my purse again you are out.',
  'Stop lying to me. You are such a liar and you know it.',
  'Why do you ALWAYS have to ruin everything? Grow up.',
  'We talked about Sunday lunch and you did not even turn up.',
];

/** About `bytes` characters of quoted thread, as plain lines: "On … wrote:" then "> " lines, going back in time. */
export function plainThread(bytes = 60_000) {
  let out = '';
  for (let i = 0; out.length < bytes; i++) {
    const depth = '>'.repeat((i % 4) + 1);
    out += `On Mon, ${(i % 28) + 1} Nov 2026 at 09:${String(i % 60).padStart(2, '0')}, Sam <sam@example.com> wrote:\n`;
    for (let j = 0; j < 6; j++) out += `${depth} ${EARLIER[(i + j) % EARLIER.length]}\n`;
    out += `${depth}\n`;
  }
  return out;
}

/** About `bytes` characters of Gmail-style quoted thread, as HTML. */
export function gmailThread(bytes = 60_000) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = '';
  let text = 0;
  for (let i = 0; text < bytes; i++) {
    const attr = `On Mon, ${(i % 28) + 1} Nov 2026 at 09:${String(i % 60).padStart(2, '0')}, Sam <sam@example.com> wrote:`;
    const lines = Array.from({ length: 6 }, (_, j) => EARLIER[(i + j) % EARLIER.length]);
    text += attr.length + lines.join('').length;
    out += `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${lines.map((l) => `<div>${escape(l)}</div>`).join('')}`;
  }
  // Each earlier message quotes the one before it, as replies do.
  return out + '</blockquote></div>'.repeat((out.match(/class="gmail_attr"/g) ?? []).length);
}

/** The page, with both editors holding the thread. */
export function webmailPage(bytes = 60_000) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Re: Sunday</title>
<style>body { font: 16px/1.5 sans-serif; margin: 2rem; max-width: 48rem } #reply, textarea { display: block; width: 100%; height: 16rem; overflow: auto; border: 1px solid #888; padding: .5rem; margin: .25rem 0 1.5rem; box-sizing: border-box }</style></head>
<body><main><h1>Re: Sunday</h1>
<p id="reply-label">Reply</p>
<div id="reply" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="reply-label"><div id="reply-line"><br></div><br>${gmailThread(bytes)}</div>
<label for="plain">Plain reply</label>
<textarea id="plain"></textarea>
<p id="draft" role="status"></p>
</main>
<script>
  document.getElementById('plain').value = '\\n\\n' + ${JSON.stringify(plainThread(bytes))};
  // A webmail keeps a draft: unsaved on each edit, saved once typing pauses.
  const draft = document.getElementById('draft');
  let save;
  for (const id of ['reply', 'plain']) {
    document.getElementById(id).addEventListener('input', () => {
      if (draft.textContent !== 'Unsaved') draft.textContent = 'Unsaved';
      clearTimeout(save);
      save = setTimeout(() => (draft.textContent = 'Draft saved'), 1000);
    });
  }
</script></body></html>`;
}
