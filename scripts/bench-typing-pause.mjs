// What one pause in typing costs on a site where Alongside is on, measured in real Chromium
// with the built extension: the in-page script's `read-message` to the background and the
// answer back (the background checks the site is still on, reads the text, and answers with
// positions). Run from the page's isolated world, as the in-page script sends it.
// And what typing a reply above a long quoted thread costs the page, with Alongside on and
// off there (benchQuotedThread).
//
// Automation can't answer the site-permission prompt, so, like the chip's e2e test, this
// loads a copy of the build whose manifest grants the bench's local test site up front.
/* global chrome -- functions handed to the extension's service worker (worker.evaluate) run there */
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './find-chromium.mjs';
import { webmailPage } from './webmail-page.mjs';

/**
 * Serves `html` on 127.0.0.1 (Alongside on) and, on the same port, localhost (a site it is
 * not on); starts Chromium with a copy of the build that may run on 127.0.0.1, and turns that
 * site on as a person would, on the options page. Call `close()` when done.
 */
async function launchWithSiteOn(executablePath, html) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const port = server.address().port;
  const origin = `http://127.0.0.1:${port}`;
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
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // On install Alongside opens its options page by itself: wait for that page and use it,
    // rather than navigate a tab at the same moment ("interrupted by another navigation").
    const options = await installPage(context, `chrome-extension://${id}/extension/options/index.html`);
    await options.getByRole('textbox', { name: 'Another site' }).fill(origin);
    await options.getByRole('button', { name: 'Turn on', exact: true }).click();
    await options.getByRole('button', { name: `Stop using Alongside on ${new URL(origin).host}` }).waitFor();
    return { context, worker, origin, offOrigin: `http://localhost:${port}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The page the extension opened on install, once it has loaded. */
async function installPage(context, url) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = context.pages().find((p) => p.url().startsWith(url));
    if (page) {
      await page.waitForLoadState('load');
      await page.getByRole('textbox', { name: 'Another site' }).waitFor();
      return page;
    }
    if (Date.now() > deadline) throw new Error('Alongside did not open its options page on install');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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
  const { context, worker, origin, close } = await launchWithSiteOn(executablePath, '<!doctype html><title>Mail</title><textarea aria-label="Message"></textarea>');
  try {
    const page = await context.newPage();
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
    await close();
  }
}

/** A reply typed above the thread: two sentences, each followed by a pause (the chip reads at each). */
const REPLY = ['I got your message and I have been thinking about it all day.', ' You never listen when I try to talk about the money, this is your last chance!!!'];

/**
 * What typing a reply above about 60 KB of quoted thread (a rich editor, Gmail's markup)
 * costs the page, on a site where Alongside is on and on one where it is off: DevTools'
 * Performance metrics ScriptDuration (every script on the page's main thread, the in-page
 * script's included), TaskDuration (all main-thread work: editing, layout, paint and
 * scripts, as wall-clock time, so it also counts moments the OS gave the core to another
 * process) and ThreadTime (the main thread's CPU time: the same work, without that), from the first key to a second after the last (the pause's read and the chip
 * included). Same page, same keys; runs interleaved on, off, off, on; medians in ms, and
 * on ÷ off as the median of the ratios within each side-by-side pair.
 * @param {string} executablePath
 * @param {number} runs pairs of runs
 */
export async function benchQuotedThread(executablePath, runs = 5) {
  const { context, origin, offOrigin, close } = await launchWithSiteOn(executablePath, webmailPage(60_000));
  try {
    const sample = { on: { script: [], task: [], cpu: [] }, off: { script: [], task: [], cpu: [] } };
    for (let i = 0; i < runs * 2; i++) {
      const site = ['on', 'off', 'off', 'on'][i % 4];
      const page = await context.newPage();
      await page.goto(`${site === 'on' ? origin : offOrigin}/`);
      await page.locator('#reply').focus();
      await page.evaluate(() => {
        const range = document.createRange();
        range.setStart(document.getElementById('reply-line'), 0);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      });
      // Focus starts the chip (on) and its first read: settled before the first key.
      await page.waitForTimeout(1000);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const before = await metrics();
      for (const part of REPLY) {
        await page.keyboard.type(part, { delay: 40 });
        await page.waitForTimeout(1000);
      }
      const after = await metrics();
      // Measured only if it did what it says: the chip came for the hard reply where Alongside is on.
      const chips = await page.locator('alongside-chip').count();
      if (chips !== (site === 'on' ? 1 : 0)) throw new Error(`Typing above the thread with Alongside ${site}: ${chips} chips`);
      sample[site].script.push((after.ScriptDuration - before.ScriptDuration) * 1000);
      sample[site].task.push((after.TaskDuration - before.TaskDuration) * 1000);
      sample[site].cpu.push((after.ThreadTime - before.ThreadTime) * 1000);
      await cdp.detach();
      await page.close();
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const on = { scriptMs: median(sample.on.script), taskMs: median(sample.on.task), cpuMs: median(sample.on.cpu) };
    const off = { scriptMs: median(sample.off.script), taskMs: median(sample.off.task), cpuMs: median(sample.off.cpu) };
    // Runs drift over a session (the same page took 1,420 ms at the start and 1,840 ms by the
    // end, on and off alike), so ratios are taken within each on/off pair run side by side
    // (on, off | off, on | …) and the median of those is the figure.
    const paired = (key) => median(sample.on[key].map((x, k) => x / sample.off[key][k]));
    return { chars: REPLY.join('').length, on, off, scriptRatio: paired('script'), taskRatio: paired('task'), cpuRatio: paired('cpu'), samples: sample };
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ensureChromium } = await import('./find-chromium.mjs');
  for (const r of await benchTypingPause(ensureChromium(), 100)) console.log(r);
  const { samples, ...quoted } = await benchQuotedThread(ensureChromium(), Number(process.env.BENCH_RUNS ?? 5));
  console.log('Typing above 60 KB of quoted thread (ms):', quoted, samples);
}
