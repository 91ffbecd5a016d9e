import { expect, type BrowserContext } from '@playwright/test';

/** Hosts a product may load its own files from; anything else is a leak. */
const LOCAL = /^(https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/|chrome-extension:\/\/|data:|blob:|about:)/;

/** Records every request the context makes; `assertNone()` fails on any that left this machine. */
export function watchEgress(context: BrowserContext): { assertNone: () => void } {
  const outside: string[] = [];
  context.on('request', (request) => {
    if (!LOCAL.test(request.url())) outside.push(request.url());
  });
  return { assertNone: () => expect(outside, 'requests that left localhost').toEqual([]) };
}
