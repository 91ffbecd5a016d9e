/**
 * The Firefox e2e tests' browser: Debian's firefox-esr (or FIREFOX_PATH), driven through
 * WebDriver BiDi by puppeteer-core (no driver binary; Playwright's own Firefox can't be
 * downloaded here), with Alongside's Firefox build installed as a temporary add-on.
 *
 * As in Chrome, automation can't answer the browser's site prompt: the add-on installed is a
 * copy whose manifest also grants the test site and the course's origin at install, so the
 * product's own "Turn on" and "Link with the course" run unchanged and their requests resolve
 * at once. The product's manifest grants no site (the lint test reads it).
 *
 * BiDi may not navigate a tab to `moz-extension://`; the add-on opens its options page on
 * install, and other extension pages are opened from there with `chrome.tabs.create`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { test as base, expect } from '@playwright/test';
import { findFirefox } from '../../../scripts/find-firefox.mjs';
import { ALL_TAGS, AXE_SOURCE } from './axe.ts';

/** The built Firefox extension (ALONGSIDE_DIST moves it). */
export const FIREFOX_EXTENSION_DIR = resolve(`${process.env.ALONGSIDE_DIST ?? 'dist'}/extension-firefox`);

/** The course, served by the e2e web server (the origin the extension was built to trust). */
export const PWA_URL = `http://localhost:${process.env.ALONGSIDE_PORT ?? '4173'}`;

/**
 * Preferences for a quiet, quick Firefox: no first-run pages, no updates or remote settings,
 * nothing fetched from the network on its own.
 */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'data:,',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * Test-only in-page code, in the add-on's content-script world on the test site: reads the
 * chip's closed shadow root through Firefox's `openOrClosedShadowRoot` (only content
 * scripts have it) when the page asks, and answers in an attribute. The test stands where a
 * screen reader would: it reads button names and where they are, then clicks with the mouse.
 */
const READ_CHIP = `
document.addEventListener('alongside-test-read', (event) => {
  const ask = JSON.parse(String(event.detail));
  const root = document.querySelector('alongside-chip')?.openOrClosedShadowRoot ?? null;
  const name = (b) => (b.getAttribute('aria-label') || b.textContent || '').replace(/\\s+/g, ' ').trim();
  let answer = null;
  if (root && ask.what === 'buttons') answer = [...root.querySelectorAll('button')].map(name);
  if (root && ask.what === 'text') answer = root.textContent.replace(/\\s+/g, ' ');
  if (root && ask.what === 'centre') {
    const button = [...root.querySelectorAll('button')].find((b) => name(b) === ask.name);
    button?.scrollIntoView({ block: 'center' });
    const r = button?.getBoundingClientRect();
    answer = r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }
  document.documentElement.setAttribute('data-alongside-test-answer', JSON.stringify(answer));
});
`;

interface Manifest {
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; run_at: string }[];
}

/** A copy of the Firefox build that grants `hostPermissions` at install, and reads the chip on them. */
function grantedCopy(hostPermissions: string[]): string {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'alongside-firefox-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  manifest.host_permissions = hostPermissions;
  writeFileSync(join(dir, 'alongside-test-read-chip.js'), READ_CHIP);
  manifest.content_scripts = [{ matches: hostPermissions, js: ['alongside-test-read-chip.js'], run_at: 'document_start' }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Where the add-on's own pages are (`moz-extension://<uuid>/`). */
async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/** The first open tab whose address passes `test`, as soon as there is one. */
export async function tabWhere(browser: Browser, test: (href: string) => boolean, timeout = 10_000): Promise<Page> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) if (test(await hrefOf(page))) return page;
    if (Date.now() > until) throw new Error('No such tab opened');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Firefox {
  browser: Browser;
  /** The options page the add-on opened on install. */
  options: Page;
  /** Opens one of the add-on's pages in a new tab (by its path in the build) and returns it. */
  openExtensionPage: (path: string) => Promise<Page>;
}

/** A Playwright test with a fresh Firefox profile that has Alongside installed, granted `hostPermissions`. */
export function firefoxTest(hostPermissions: () => string[]) {
  return base.extend<{ firefox: Firefox }>({
    // Playwright reads a fixture's needs from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    firefox: async ({}, use) => {
      const executablePath = findFirefox();
      if (!executablePath) throw new Error('No Firefox found: run the tests with `npm test`, which installs or explains it.');
      const dir = grantedCopy(hostPermissions());
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: QUIET_PREFS });
      try {
        await browser.installExtension(dir);
        const options = await tabWhere(browser, (href) => href.startsWith('moz-extension://') && href.includes('/extension/options/index.html'));
        await expect.poll(() => text(options)).toContain('Alongside options');
        const openExtensionPage = async (path: string) => {
          const url = await options.evaluate((p) => chrome.runtime.getURL(p), path);
          await options.evaluate((u) => chrome.tabs.create({ url: u }).then(() => undefined), url);
          return tabWhere(browser, (href) => href === url);
        };
        await use({ browser, options, openExtensionPage });
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  });
}

/** The page's text, open shadow roots included, with spaces evened out. */
export function text(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
      if (node instanceof HTMLElement && getComputedStyle(node).display !== 'inline') parts.push(' ');
    };
    walk(document.body);
    return parts.join('').replace(/\s+/g, ' ');
  });
}

/**
 * A button (open shadow roots included) whose name, its text or aria-label, is exactly `name`.
 * Its tab comes to the front first: Firefox sends typing and clicks only to the tab in front.
 */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  await page.bringToFront();
  const found = await waitForDeep(page, 'button', (el, n) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim() === n, name);
  return found as ElementHandle<HTMLButtonElement>;
}

/** A text field (open shadow roots included) whose label reads `label` (a required field's "*" aside); its tab comes to the front. */
export async function field(page: Page, label: string): Promise<ElementHandle<HTMLInputElement | HTMLTextAreaElement>> {
  await page.bringToFront();
  const found = await waitForDeep(
    page,
    'input, textarea',
    (el, l) => {
      const own = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '';
      return own.replace(/\s+/g, ' ').replace(/\s*\*$/, '').trim() === l;
    },
    label,
  );
  return found as ElementHandle<HTMLInputElement | HTMLTextAreaElement>;
}

/** A radio button or checkbox (open shadow roots included) whose label begins with `label`: its label, to click as a person would. */
export async function choice(page: Page, label: string): Promise<ElementHandle<HTMLLabelElement>> {
  await page.bringToFront();
  const found = await waitForDeep(
    page,
    'label',
    (el, l) => el.querySelector('input[type=radio], input[type=checkbox]') !== null && (el.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(l),
    label,
  );
  return found as ElementHandle<HTMLLabelElement>;
}

/** Replaces what a field holds with `value`, typed as a person would (select all, then type). */
export async function retype(handle: ElementHandle<HTMLInputElement | HTMLTextAreaElement>, value: string): Promise<void> {
  await handle.click();
  await handle.evaluate((el) => el.select());
  await handle.type(value);
}

/** The first element matching `sel` under `document`, open shadow roots included, that passes `check`. Runs in the page. */
function findDeep(sel: string, check: (el: Element, arg: string) => boolean, a: string): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  // The list grows while it is walked: each shadow root found is searched in turn.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    for (const el of root.querySelectorAll(sel)) if (check(el, a)) return el;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
}

/**
 * The first element matching `selector`, open shadow roots included, that passes `test`; waits for it.
 * Up to 20 s: an extension page in Firefox first opens its database and reads its language, and
 * with Chromium's tests beside it on two cores that has taken over 10 s.
 *
 * The search and `test` go to the page as one expression's source, which puppeteer compiles once,
 * inside its WebDriver BiDi call. Nothing may be compiled while it polls: puppeteer checks again
 * from the page's own `setInterval`, outside that call, and there the page's CSP (the extension's
 * and the course's `script-src 'self'`) blocks `Function()` and `eval`. A check that compiled
 * `test` itself passed only when the element was there at the first look, and otherwise threw on
 * every later one, silently, until the timeout (a button drawn a moment after a click: "Turn on").
 */
async function waitForDeep(page: Page, selector: string, test: (el: Element, arg: string) => boolean, arg: string, timeout = 20_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(`(${findDeep.toString()})(${JSON.stringify(selector)}, ${test.toString()}, ${JSON.stringify(arg)})`, { timeout, polling: 100 });
  return handle as ElementHandle<Element>;
}

/** Runs axe (WCAG 2.0–2.2 A and AA, and best practice) in Firefox and expects no violations. */
export async function expectNoAxeViolationsInFirefox(page: Page, screen: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, ALL_TAGS);
  expect(violations, `axe violations on ${screen} (Firefox)`).toEqual([]);
}

/** Asks the test-only reader about the chip's closed shadow root (see READ_CHIP). */
export async function readChip<T>(page: Page, ask: { what: 'buttons' } | { what: 'text' } | { what: 'centre'; name: string }): Promise<T | null> {
  return page.evaluate((a: string) => {
    document.documentElement.removeAttribute('data-alongside-test-answer');
    document.dispatchEvent(new CustomEvent('alongside-test-read', { detail: a }));
    const raw = document.documentElement.getAttribute('data-alongside-test-answer');
    return raw === null ? null : (JSON.parse(raw) as T | null);
  }, JSON.stringify(ask)) as Promise<T | null>;
}

/** Everything the add-on keeps (its IndexedDB databases and its storage areas), as one string, read from one of its pages. */
export function everythingKept(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        out.push({ name, store, all });
      }
      db.close();
    }
    out.push(await chrome.storage.local.get(null), await chrome.storage.session.get(null));
    return JSON.stringify(out);
  });
}
