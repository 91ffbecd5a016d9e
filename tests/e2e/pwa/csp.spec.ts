import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/pwa-test.ts';

const DIST = process.env.ALONGSIDE_DIST ?? 'dist';

// These tests provoke the policy on purpose.
test.use({ expectPolicyViolations: true });

/** Adds an inline script to the page; resolves with whether it ran and what the policy reported. */
function injectInlineScript(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string | null }>((done) => {
        const w = window as unknown as { injectedRan?: boolean };
        let violated: string | null = null;
        document.addEventListener('securitypolicyviolation', (e) => (violated = e.effectiveDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true;';
        document.body.append(script);
        // The violation event is queued as a task: let it arrive before answering.
        setTimeout(() => done({ ran: w.injectedRan === true, violated }), 0);
      }),
  );
}

test('the built course refuses a script injected into its page, by its headers and by its meta policy alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await injectInlineScript(page)).toEqual({ ran: false, violated: 'script-src-elem' });

  // A host that sends no headers at all: the policy in the page still holds.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/content-security-policy/i.test(name)));
    await route.fulfill({ response, headers });
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await injectInlineScript(page)).toEqual({ ran: false, violated: 'script-src-elem' });
});

test('the course cannot ask another host for anything, even if a script of its own tried', async ({ page }) => {
  await page.route('https://tracker.example/**', (route) => route.abort());
  // The course's last start-up work (registering the service worker, once the first screen is
  // on show: pwa/after-first-screen.ts) has fetched its code: from here, any request is the test's.
  const startedUp = page.waitForEvent('requestfinished', (request) => /\/assets\/sw-registration-[^/]+\.js$/.test(request.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await startedUp;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const outcome = await page.evaluate(async () => {
    let violated: string | null = null;
    document.addEventListener('securitypolicyviolation', (e) => (violated = e.effectiveDirective), { once: true });
    const sent = await fetch('https://tracker.example/pixel.gif').then(() => true, () => false);
    await new Promise((later) => setTimeout(later, 0));
    return { sent, violated };
  });
  expect(outcome).toEqual({ sent: false, violated: 'connect-src' });
  expect(requested).toEqual([]);
});

test('another site cannot frame the course; the same page frames a site that allows it', async ({ page, baseURL }) => {
  // A page on another origin with two frames: the course, and a page that may be framed.
  const framer = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    if (req.url === '/control') return res.end('<!doctype html><title>control</title><p id="control">Framed fine.</p>');
    const { port } = framer.address() as AddressInfo;
    res.end(`<!doctype html><title>framer</title>
      <iframe id="control" src="http://127.0.0.1:${port}/control"></iframe>
      <iframe id="course" src="${baseURL}/" onload="document.body.dataset.courseLoaded = 'yes'"></iframe>`);
  });
  await new Promise<void>((ready) => framer.listen(0, ready));
  try {
    const { port } = framer.address() as AddressInfo;
    await page.goto(`http://localhost:${port}/`);
    await expect(page.frameLocator('#control').locator('#control')).toHaveText('Framed fine.');
    // The course's frame has finished loading: what it shows is all it will show.
    await expect(page.locator('body')).toHaveAttribute('data-course-loaded', 'yes');
    const course = await page.locator('#course').elementHandle().then((el) => el!.contentFrame());
    expect(course!.url()).not.toContain(new URL(baseURL!).host);
    await expect(page.frameLocator('#course').locator('al-app')).toHaveCount(0);
  } finally {
    framer.closeAllConnections();
    await new Promise((closed) => framer.close(closed));
  }
});

test('every response carries the headers a host should send, as the build wrote them for hosts', async ({ page, request }) => {
  const file = readFileSync(`${DIST}/pwa/_headers`, 'utf8');
  for (const path of ['/', '/journal', '/manifest.webmanifest']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(file).toContain(`Content-Security-Policy: ${headers['content-security-policy']}`);
  }
  // The page's own policy is the header's, less what only a header can say.
  await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(`${meta}; frame-ancestors 'none'`).toBe((await request.get('/')).headers()['content-security-policy']);
  for (const directive of ["default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) {
    expect(meta).toContain(directive);
  }
  expect(meta).not.toMatch(/script-src[^;]*unsafe/);
});
