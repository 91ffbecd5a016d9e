import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { expect, isWelcomePage, pageWhere, test as base } from '../support/extension.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { saveBoundaryWithBuilder } from '../support/boundary-builder.ts';
import { watchEgress } from '../support/no-egress.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { PWA_URL, linkCourse } from '../support/course-link.ts';

/** A site to turn Alongside on for; nothing is served there, and nothing needs to be. */
const SITE = 'http://127.0.0.1:8999';
const GRANT = 'http://127.0.0.1/*';

/** Launches Chromium on `profile` with the extension at `dir`, and closes the welcome page if one opens. */
async function launch(profile: string, dir: string, welcome: 'must' | 'may'): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const page = await pageWhere(context, isWelcomePage, welcome === 'must' ? 10_000 : 3_000);
  if (!page && welcome === 'must') throw new Error('Alongside did not open its welcome (options) page on install');
  await page?.close();
  return context;
}

async function backgroundOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
}

/*
 * Headless Chromium can't answer the site-permission prompt (see chip.spec.ts), yet this test
 * needs optional host access really granted, so the wipe must give it back. So the profile is
 * prepared in two launches. First, a copy of the extension whose manifest requires
 * `http://127.0.0.1/*` (granted at install), where the options page's real "Turn on" works.
 * Then the product's own manifest, where that access is only optional: Chrome keeps the grant,
 * as if the person had allowed the site in the prompt. Chrome drops dynamic content scripts
 * when it loads the extension again from disk, so the one "Turn on" registered is put back.
 */
const test = base.extend({
  context: async ({ extensionDir }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'alongside-ext-copy-'));
    const profile = mkdtempSync(join(tmpdir(), 'alongside-ext-'));
    cpSync(extensionDir, dir, { recursive: true });
    const manifestFile = join(dir, 'manifest.json');
    const manifest = readFileSync(manifestFile, 'utf8');
    writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(manifest), host_permissions: [GRANT] }));
    const preparing = await launch(profile, dir, 'must');
    const egress = watchEgress(preparing);
    const options = await preparing.newPage();
    await options.goto(`chrome-extension://${new URL((await backgroundOf(preparing)).url()).host}/extension/options/index.html`);
    await options.getByRole('textbox', { name: 'Another site' }).fill(SITE);
    await options.getByRole('button', { name: 'Turn on', exact: true }).click();
    await expect(options.getByRole('button', { name: `Stop using Alongside on ${new URL(SITE).host}` })).toBeVisible();
    const scripts = await (await backgroundOf(preparing)).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts.map((s) => s.matches)).toEqual([[`${SITE}/*`]]);
    egress.assertNone();
    await preparing.close();

    writeFileSync(manifestFile, manifest);
    const context = await launch(profile, dir, 'may');
    await (await backgroundOf(context)).evaluate((s) => chrome.scripting.registerContentScripts(s), scripts);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  },
});

/** Everything the extension keeps, read from its background. */
function extensionState(background: Worker) {
  return background.evaluate(async () => {
    const storage = (chrome as { storage?: typeof chrome.storage }).storage;
    const stored: Record<string, unknown> = {};
    for (const area of [storage?.local, storage?.session, storage?.sync]) if (area) Object.assign(stored, await area.get(null));
    return {
      databases: (await indexedDB.databases()).map((d) => d.name),
      storage: Object.keys(stored),
      alarms: (await chrome.alarms.getAll()).map((a) => a.name).sort(),
      contentScripts: (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches),
      hostPermissions: (await chrome.permissions.getAll()).origins ?? [],
      requiredHostPermissions: chrome.runtime.getManifest().host_permissions ?? [],
      notifications: Object.keys(await chrome.notifications.getAll()),
    };
  });
}

test('"Delete all my data" in a linked course deletes the extension’s copy too, and says so', async ({ context, background, extensionUrl, extensionId }) => {
  // Linked, and a boundary made in the course has reached the extension.
  const page = await linkCourse(context);
  await page.goto(`${PWA_URL}/boundaries`);
  await saveBoundaryWithBuilder(page, { situation: 'you ask me for money', action: 'say no kindly' });
  const boundary = 'When you ask me for money, I will say no kindly.';
  await expect(page.getByText(boundary)).toBeVisible();
  const popup = await context.newPage();
  await expect(async () => {
    await popup.goto(extensionUrl('extension/popup/index.html'));
    await expect(popup.getByText(boundary)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await popup.close();

  // In the extension: a site turned on (see above), the weekly reminder, and a reminder on screen.
  const options = await context.newPage();
  await options.goto(extensionUrl('extension/options/index.html'));
  await expect(options.getByRole('button', { name: `Stop using Alongside on ${new URL(SITE).host}` })).toBeVisible();
  await options.getByRole('checkbox', { name: /Remind me each week to open the course/ }).check();
  await expect.poll(async () => (await extensionState(background)).alarms).toContain('lesson-weekly');
  await background.evaluate(() =>
    chrome.notifications.create('lesson-weekly', { type: 'basic', iconUrl: chrome.runtime.getURL('icons/icon-128.png'), title: 'Alongside', message: 'This week’s lesson is ready when you are.' }),
  );
  // The options page stays open: a page of the extension holding the database must not stop the wipe.

  const before = await extensionState(background);
  expect(before.databases).toContain('alongside');
  expect(before.alarms).toEqual(['lesson-weekly', 'resync']);
  expect(before.contentScripts).toEqual([[`${SITE}/*`]]);
  // Granted, and not by the manifest: only optional access, which the wipe must give back.
  expect(before.hostPermissions).toEqual([GRANT]);
  expect(before.requiredHostPermissions).toEqual([]);
  expect(before.notifications).toEqual(['lesson-weekly']);

  // The person deletes everything in the course; the dialog says the extension's copy goes too.
  await page.goto(`${PWA_URL}/privacy`);
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete everything on this device?' })).toBeVisible();
  await expect(page.getByText('so the extension’s copy will be deleted too')).toBeVisible();
  await expectNoAxeViolations(page, '/privacy delete dialog, linked');
  await page.getByRole('checkbox', { name: /I understand this deletes everything/ }).check();
  const opened: Page[] = [];
  context.on('page', (p) => opened.push(p));
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Everything is deleted' })).toBeVisible();
  await expect(page.getByText('The Alongside extension in this browser has deleted its copy too.')).toBeVisible();
  await expect(page.getByText('could not')).toHaveCount(0);
  expect(await page.evaluate(async () => ({ databases: await indexedDB.databases(), caches: await caches.keys() }))).toEqual({ databases: [], caches: [] });

  // The extension is as if freshly installed, without its welcome page opening again.
  expect(await extensionState(background)).toEqual({
    databases: [],
    storage: [],
    alarms: [],
    contentScripts: [],
    hostPermissions: [],
    requiredHostPermissions: [],
    notifications: [],
  });
  await expectNoAxeViolations(page, 'closing screen, linked');

  // And it carries on, fresh: its background answers (from a new, empty database), unlinked.
  const hello = await page.evaluate((id) => chrome.runtime.sendMessage(id, { type: 'link-hello', payload: {} }), extensionId);
  expect(hello).toEqual({ ok: true, value: { linked: false, pending: false } });
  // Checked only now, with no sleep: a welcome page the wipe opened would have been asked for
  // before the wipe answered, and the background has answered another message since.
  expect(opened.map((p) => p.url())).toEqual([]);
  expect(context.pages().filter(isWelcomePage)).toEqual([options]);
});

test('when the extension no longer answers as linked, the course still deletes its own data and says what to do', async ({ context, background, extensionUrl }) => {
  const page = await linkCourse(context);

  await page.goto(`${PWA_URL}/privacy`);
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(page.getByText('so the extension’s copy will be deleted too')).toBeVisible();
  // While the dialog is open, the person unlinks in the extension's popup: the extension now
  // refuses to delete (as it does for anyone not linked), and the course was not told.
  const popup = await context.newPage();
  await popup.goto(extensionUrl('extension/popup/index.html'));
  await popup.getByRole('button', { name: 'Unlink' }).click();
  await expect(popup.getByText('Linked with the course')).toHaveCount(0);
  await popup.close();
  await page.bringToFront();
  await page.getByRole('checkbox', { name: /I understand this deletes everything/ }).check();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Everything is deleted' })).toBeVisible();
  await expect(page.getByText('Alongside could not reach the extension, so its copy may still be in this browser.')).toBeVisible();
  await expect(page.getByText('open your browser’s extensions page (chrome://extensions or edge://extensions) and remove Alongside')).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  // The extension refused, so its copy is still there, as the closing screen says.
  expect((await extensionState(background)).databases).toContain('alongside');
});
