import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { waitForServiceWorkerControl } from '../support/service-worker.ts';
import { expect, test } from '../support/pwa-test.ts';

// Updates come through the service worker.
test.use({ serviceWorkers: 'allow' });

/*
 * Prompt-to-update (issue 2): a new service worker waits until the person chooses to reload, so
 * a reload never surprises someone mid-sentence.
 *
 * A "new version" is the built sw.js with one line added. Playwright's routing cannot serve it:
 * Chromium fetches a registered worker's script for an update check from the browser process,
 * and that fetch shows up as a request but never reaches `context.route` or `page.route` (tried
 * here with Playwright 1.65). So each test talks to a small proxy in front of the preview server
 * that serves the changed script once told to, as a real deploy would.
 */

/** Marks the script as the next build; the running worker exposes it, so the test can tell builds apart. */
const NEXT_BUILD_LINE = "\nself.alongsideTestBuild = 'next';\n";

interface Site {
  origin: string;
  /** From now on, /sw.js is the next build. */
  deployNextVersion(): void;
  close(): Promise<void>;
}

async function startSite(): Promise<Site> {
  let next = false;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const upstream = await fetch(new URL(req.url ?? '/', PWA_URL), { headers: { accept: req.headers.accept ?? '*/*' } });
      const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)));
      let body = Buffer.from(await upstream.arrayBuffer());
      if (next && new URL(req.url ?? '/', 'http://x').pathname === '/sw.js') body = Buffer.concat([body, Buffer.from(NEXT_BUILD_LINE)]);
      res.writeHead(upstream.status, { ...headers, 'content-length': body.length });
      res.end(body);
    })().catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    deployNextVersion: () => (next = true),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Asks the browser to look for a new service worker now, as it does by itself on navigation and every day. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
}

async function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
}

/** The builds of the workers that are still alive: 'first' is the one installed at the start. */
async function liveBuilds(context: BrowserContext): Promise<string[]> {
  const builds = await Promise.all(
    context.serviceWorkers().map((w) => w.evaluate(() => (self as unknown as { alongsideTestBuild?: string }).alongsideTestBuild ?? 'first').catch(() => 'gone')),
  );
  return builds.filter((b) => b !== 'gone').sort();
}

/** Leaves a mark on this page load: it is gone after any reload or navigation. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
}
async function isSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);
}

/** The preview server Playwright starts (see playwright.config.ts). */
const PWA_URL = `http://localhost:${process.env.ALONGSIDE_PORT ?? '4173'}`;

let site: Site;
test.beforeEach(async () => {
  site = await startSite();
});
test.afterEach(async () => {
  await site.close();
});

test('a new version waits for the person, and "Reload now" brings it in with what they wrote', async ({ page, context }) => {
  await page.goto(`${site.origin}/course/week/1`);
  await waitForServiceWorkerControl(page);
  expect(await liveBuilds(context)).toEqual(['first']);

  // The person is part-way through a reflection.
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name: 'Reflect' }).click();
  const answer = page.getByRole('textbox', { name: /What might a good life look like/ });
  await answer.fill('Cooking together on Sundays, and');
  await markPage(page);

  site.deployNextVersion();
  await checkForUpdate(page);

  // The new version is offered, not forced: the same page, the same words in the field.
  const banner = page.getByRole('region', { name: 'Update' });
  await expect(banner.getByText('A new version of Alongside is ready.')).toBeVisible();
  expect(await hasWaitingWorker(page)).toBe(true);
  expect(await isSamePage(page)).toBe(true);
  await expect(answer).toHaveValue('Cooking together on Sundays, and');
  await expect(answer).toBeFocused();

  // They finish the sentence and reload straight away: the last words typed come along too.
  await answer.pressSequentially(' a walk after.');
  await banner.getByRole('button', { name: 'Reload now' }).click();
  await expect.poll(() => isSamePage(page).catch(() => true)).toBe(false);

  await expect(page.getByRole('heading', { level: 2, name: 'Reflect' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /What might a good life look like/ })).toHaveValue('Cooking together on Sundays, and a walk after.');
  await expect(page.getByRole('region', { name: 'Update' })).toHaveCount(0);
  expect(await hasWaitingWorker(page)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await expect.poll(() => liveBuilds(context)).toEqual(['next']);
});

test('"Later" keeps the page as it is, and the new version goes on waiting', async ({ page, context }) => {
  await page.goto(`${site.origin}/boundaries`);
  await waitForServiceWorkerControl(page);
  await page.getByRole('textbox').first().fill('When you call after midnight');
  await markPage(page);

  site.deployNextVersion();
  await checkForUpdate(page);
  const banner = page.getByRole('region', { name: 'Update' });
  await expect(banner.getByText('A new version of Alongside is ready.')).toBeVisible();
  await banner.getByRole('button', { name: 'Later' }).click();

  await expect(banner).toHaveCount(0);
  expect(await isSamePage(page)).toBe(true);
  await expect(page.getByRole('textbox').first()).toHaveValue('When you call after midnight');
  expect(await hasWaitingWorker(page)).toBe(true);
  expect(await liveBuilds(context)).toEqual(['first', 'next']);
});
