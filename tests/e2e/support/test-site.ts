/**
 * A local "site" for the in-page script's e2e tests: one HTML page served on 127.0.0.1 (a
 * site the granted-sites copy of the extension may run on) and turned on from the options
 * page, as a person would. Served for the whole spec file; closed after it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect } from '@playwright/test';

export interface TestSite {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
}

/** Serves `html` for every request, from before the file's first test to after its last. */
export function serveTestSite(html: string): TestSite {
  const site = { origin: '', port: 0 };
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  test.beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site.port = (server.address() as AddressInfo).port;
    site.origin = `http://127.0.0.1:${site.port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  return site;
}

/** Turns `origin` on from the options page, as a person would, and waits until it says so. */
export async function turnOnSite(page: Page, optionsUrl: string, origin: string): Promise<void> {
  await page.goto(optionsUrl);
  await page.getByRole('textbox', { name: 'Another site' }).fill(origin);
  await page.getByRole('button', { name: 'Turn on', exact: true }).click();
  await expect(page.getByRole('button', { name: `Stop using Alongside on ${new URL(origin).host}` })).toBeVisible();
}
