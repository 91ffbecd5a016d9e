// What one pause in typing costs on a site where Alongside is on, measured in real Chromium
// with the built extension: the in-page script's `read-message` to the background and the
// answer back (the background checks the site is still on, reads the text, and answers with
// positions). Run from the page's isolated world, as the in-page script sends it.
//
// Automation can't answer the site-permission prompt, so, like the chip's e2e test, this
// loads a copy of the build whose manifest grants the bench's local test site up front.
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './find-chromium.mjs';

/** A message of about `length` characters, ordinary lines with a hard one in them. */
function message(length, seed) {
  const lines = ['Hi love, I hope work was okay today.', 'Mum asked if you are still coming on Sunday.', 'You never listen when I try to talk about the money.', 'Can you pick up milk on your way back?', 'I am so tired of this, I really am.'];
  let out = '';
  for (let i = seed; out.length < length; i++) out += `${lines[i % lines.length]} `;
  return out.slice(0, length);
}

/**
 * @param {string} executablePath
 * @param {number} runs pauses timed per size
 * @returns {Promise<{ chars: number, firstMs: number, medianMs: number, p95Ms: number }[]>}
 */
export async function benchTypingPause(executablePath, runs = 200) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Mail</title><textarea aria-label="Message"></textarea>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'alongside-bench-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'alongside-bench-profile-'));
  cpSync('dist/extension', dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    // Turn the site on as a person would, on the options page.
    await page.goto(`chrome-extension://${id}/extension/options/index.html`);
    await page.getByRole('textbox', { name: 'Another site' }).fill(origin);
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByRole('button', { name: `Stop using Alongside on ${new URL(origin).host}` }).waitFor();
    await page.goto(`${origin}/`);
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url: `${url}/*` }))[0]?.id, origin);
    const results = [];
    for (const chars of [200, 2000, 10000]) {
      const texts = [0, 1, 2, 3].map((seed) => message(chars, seed));
      const [{ result: times }] = await worker.evaluate(
        ({ tabId, texts, runs }) =>
          chrome.scripting.executeScript({
            target: { tabId },
            args: [texts, runs],
            func: async (texts, runs) => {
              const times = [];
              try {
              for (let i = 0; i < runs; i++) {
                const text = texts[i % texts.length];
                const t0 = performance.now();
                const reply = await chrome.runtime.sendMessage({ type: 'read-message', payload: { text, caret: text.length } });
                times.push(performance.now() - t0);
                if (!reply?.ok) return `read-message was refused: ${JSON.stringify(reply)}`;
              }
              } catch (error) {
                return String(error);
              }
              return times;
            },
          }),
        { tabId, texts, runs },
      );
      if (!Array.isArray(times)) throw new Error(`Timing a typing pause failed: ${times}`);
      const sorted = [...times.slice(1)].sort((a, b) => a - b);
      const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
      results.push({ chars, firstMs: times[0], medianMs: at(50), p95Ms: at(95) });
    }
    return results;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ensureChromium } = await import('./find-chromium.mjs');
  for (const r of await benchTypingPause(ensureChromium(), 100)) console.log(r);
}
