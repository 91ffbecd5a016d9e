import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, type Worker } from '@playwright/test';
import { EXTENSION_DIR, test } from './extension.ts';

/**
 * The extension test, loading a copy of the built extension whose manifest also grants
 * `hostPermissions` at install. Automation can't answer the browser's site prompt, nor click
 * the toolbar button that gives `activeTab`; a site granted up front stands in for both, and
 * the code under test runs unchanged. The product's own manifest grants no site (popup.spec.ts).
 *
 * With `watchMessages`, the copy's background also keeps, in memory, every message a page
 * sends it and every answer it gives (see `WATCH_MESSAGES`): a test can then wait for the
 * reading that proves the chip decided, instead of sleeping longer than the typing pause. The
 * copy also counts the timers pending in its in-page world (see `WATCH_TIMERS`), so a test can
 * wait until a stopped chip has had every chance to act (`inPageSettled`).
 */
export function testWithGrantedSites(hostPermissions: string[], { watchMessages = false } = {}) {
  return test.extend({
    // Playwright reads a fixture's needs from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    extensionDir: async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'alongside-ext-copy-'));
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        host_permissions?: string[];
        background: { service_worker: string };
        content_scripts?: { matches: string[]; js: string[]; run_at: string }[];
      };
      manifest.host_permissions = hostPermissions;
      if (watchMessages) {
        // Content scripts of one extension share one world per page: this one, run first, sees the in-page script's timers.
        writeFileSync(join(dir, 'alongside-test-timers.js'), WATCH_TIMERS);
        manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: hostPermissions, js: ['alongside-test-timers.js'], run_at: 'document_start' }];
        // A module imported before the product's own: ES modules run in import order, so the
        // product's listener is registered through the wrapper. The product's code is unchanged.
        writeFileSync(join(dir, 'alongside-test-watch.js'), WATCH_MESSAGES);
        writeFileSync(join(dir, 'alongside-test-background.js'), `import './alongside-test-watch.js';\nimport './${manifest.background.service_worker}';\n`);
        manifest.background.service_worker = 'alongside-test-background.js';
      }
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** One message a page sent the background: its type, the text it asked to have read, and (once given) the answer. */
export interface Watched {
  type: string;
  text: string | null;
  answer?: { ok: boolean; value?: Record<string, unknown> };
}

/**
 * Test-only background code: wraps `chrome.runtime.onMessage.addListener` so each message is
 * recorded when it is dispatched (in the order the page sent it) and its answer when it is given.
 */
const WATCH_MESSAGES = `
const onMessage = chrome.runtime.onMessage;
const addListener = onMessage.addListener.bind(onMessage);
globalThis.alongsideWatched = [];
onMessage.addListener = (listener) =>
  addListener((message, sender, sendResponse) => {
    const watched = { type: String(message?.type), text: typeof message?.payload?.text === 'string' ? message.payload.text : null };
    globalThis.alongsideWatched.push(watched);
    return listener(message, sender, (answer) => {
      watched.answer = answer;
      sendResponse(answer);
    });
  });
`;

/**
 * Test-only in-page code, in the extension's isolated world: keeps the ids of the timers set
 * there and not yet fired or cleared (the typing pause's, the chip's), in `alongsidePendingTimers`.
 */
const WATCH_TIMERS = `
const pending = new Set();
globalThis.alongsidePendingTimers = pending;
const set = globalThis.setTimeout.bind(globalThis);
const clear = globalThis.clearTimeout.bind(globalThis);
globalThis.setTimeout = (callback, ms, ...args) => {
  const id = set(() => {
    pending.delete(id);
    if (typeof callback === 'function') callback(...args);
  }, ms);
  pending.add(id);
  return id;
};
globalThis.clearTimeout = (id) => {
  pending.delete(id);
  clear(id);
};
`;

/**
 * Waits until the in-page world of `page` has no timer pending (a typing pause it heard has
 * fired), then until the background has seen a message sent from that world after it: messages
 * from one page arrive in order, so by then anything the chip sent is in `watchedMessages`.
 * What a test asserts next about a stopped chip (no chip, nothing read) is then settled, with
 * no sleep. Needs `testWithGrantedSites` with `watchMessages`.
 */
export async function inPageSettled(page: Page, background: Worker): Promise<void> {
  /** Asks the page's isolated world how many timers are pending, or has it send the probe. */
  const inPage = (ask: 'pending timers' | 'probe') =>
    background.evaluate(
      async ([origin, ask]) => {
        const tabs = await chrome.tabs.query({ url: `${origin}/*` });
        if (tabs.length !== 1) throw new Error(`expected one tab on ${origin}, found ${tabs.length}`);
        const [done] = await chrome.scripting.executeScript({
          target: { tabId: tabs[0]!.id! },
          world: 'ISOLATED',
          args: [ask],
          func: (what: string) =>
            what === 'probe'
              ? chrome.runtime.sendMessage({ type: 'alongside-test-probe', payload: {} }).then(() => 0)
              : ((globalThis as unknown as { alongsidePendingTimers?: Set<unknown> }).alongsidePendingTimers?.size ?? -1),
        });
        return done?.result as number;
      },
      [new URL(page.url()).origin, ask] as const,
    );
  await expect.poll(() => inPage('pending timers'), { message: 'the in-page world has no timer pending', intervals: [50] }).toBe(0);
  const mark = await watchMark(background);
  await inPage('probe');
  expect((await watchedMessages(background)).slice(mark).map((m) => m.type)).toContain('alongside-test-probe');
}

/** Every message watched so far (testWithGrantedSites with `watchMessages`). */
export async function watchedMessages(background: Worker): Promise<Watched[]> {
  return background.evaluate(() => (globalThis as unknown as { alongsideWatched: Watched[] }).alongsideWatched);
}

/** The texts pages sent to be read since `mark`, in the order they were sent. */
export async function readsSince(background: Worker, mark: number): Promise<string[]> {
  return (await watchedMessages(background)).slice(mark).flatMap((m) => (m.type === 'read-message' ? [m.text ?? ''] : []));
}

/** How many messages were watched so far: a mark, so a later wait looks only at what comes after. */
export async function watchMark(background: Worker): Promise<number> {
  return (await watchedMessages(background)).length;
}

/**
 * Waits until the background has answered a message of `type` sent after `mark` (for
 * `read-message`, a reading of exactly `text`, the nth such when `nth` is given), then for one
 * frame of `page`, whose in-page script acts on an answer as soon as it arrives. Returns the answer's value.
 */
export async function answered(page: Page, background: Worker, mark: number, type: string, { text, nth = 1 }: { text?: string; nth?: number } = {}): Promise<Record<string, unknown>> {
  let found: Watched | undefined;
  await expect
    .poll(
      async () => {
        const after = (await watchedMessages(background)).slice(mark).filter((m) => m.type === type && (text === undefined || m.text?.trim() === text.trim()));
        found = after[nth - 1];
        return found?.answer !== undefined;
      },
      { message: `the background answered ${type}${text === undefined ? '' : ` for “${text}”`}`, intervals: [50] },
    )
    .toBe(true);
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(frame)));
  return found!.answer!.value ?? {};
}
