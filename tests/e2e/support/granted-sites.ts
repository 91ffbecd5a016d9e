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
 * reading that proves the chip decided, instead of sleeping longer than the typing pause.
 */
export function testWithGrantedSites(hostPermissions: string[], { watchMessages = false } = {}) {
  return test.extend({
    // Playwright reads a fixture's needs from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    extensionDir: async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'alongside-ext-copy-'));
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions?: string[]; background: { service_worker: string } };
      manifest.host_permissions = hostPermissions;
      if (watchMessages) {
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
