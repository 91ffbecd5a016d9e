import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { watchEgress } from './no-egress.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../../scripts/find-chromium.mjs';

/** The built extension, loaded unpacked as a person would load it (ALONGSIDE_EXTENSION_DIR points elsewhere, e.g. a private build). */
export const EXTENSION_DIR = resolve(process.env.ALONGSIDE_EXTENSION_DIR ?? `${process.env.ALONGSIDE_DIST ?? 'dist'}/extension`);

interface ExtensionFixtures {
  noEgress: void;
  /** The unpacked extension to load; a spec may give a prepared copy (see chip.spec.ts). */
  extensionDir: string;
  /** The browser's own language ("es" for a Spanish Chromium); unset, Chromium's default. */
  browserLanguage: string | undefined;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Opens a page of the extension by its path in the manifest. */
  extensionUrl: (path: string) => string;
}

/** The page Alongside opens on install, to say what it does: its options page. */
export const isWelcomePage = (p: Page) => p.url().includes('/extension/options/index.html');

/**
 * The first page of `context` that passes `test`, as soon as one is open or has navigated there
 * (no polling); undefined if none has within `timeout` ms.
 */
export function pageWhere(context: BrowserContext, test: (page: Page) => boolean, timeout: number): Promise<Page | undefined> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (page: Page | undefined) => {
      stop.abort();
      clearTimeout(timer);
      context.off('page', watch);
      resolve(page);
    };
    const watch = (page: Page) => {
      if (test(page)) return done(page);
      const onNavigated = () => {
        if (test(page)) done(page);
      };
      page.on('framenavigated', onNavigated);
      stop.signal.addEventListener('abort', () => page.off('framenavigated', onNavigated));
    };
    const timer = setTimeout(() => done(undefined), timeout);
    context.on('page', watch);
    context.pages().forEach(watch);
  });
}

/** A Playwright test with a fresh Chromium profile that has Alongside loaded. */
export const test = base.extend<ExtensionFixtures>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  browserLanguage: [undefined, { option: true }],
  context: async ({ extensionDir, browserLanguage }, use) => {
    if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
    const profile = mkdtempSync(join(tmpdir(), 'alongside-ext-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(browserLanguage ? [`--lang=${browserLanguage}`] : [])],
      // On Linux, Chromium takes its own language from LANGUAGE (the flag alone is not enough).
      ...(browserLanguage ? { env: { ...process.env, LANGUAGE: browserLanguage }, locale: browserLanguage } : {}),
      // The course's pages opened here (to link) need no service worker; the extension's own
      // background worker is the browser's to start, and this does not touch it.
      serviceWorkers: 'block',
    });
    // On install Alongside opens its options page once, to say what it does; wait for it so it
    // can't interrupt a test's own navigation, and close it.
    const welcome = await pageWhere(context, isWelcomePage, 10_000);
    if (!welcome) throw new Error('Alongside did not open its welcome (options) page on install');
    await welcome.close();
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((path) => `chrome-extension://${extensionId}/${path}`);
  },
  // Every extension test fails if anything the browser asked for left this machine.
  noEgress: [
    async ({ context }, use) => {
      const egress = watchEgress(context);
      await use();
      egress.assertNone();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
