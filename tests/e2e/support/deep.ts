import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el.matches(':focus') || el.matches(':focus-within')).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Could not reach ${target} with ${key} in ${max} presses`);
}

/** Every button, in every shadow root, that a person can see, with its size and name. */
export function visibleButtons(page: Page): Promise<{ name: string; width: number; height: number }[]> {
  return page.evaluate(() => {
    const out: { name: string; width: number; height: number }[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!(el instanceof HTMLButtonElement) && !(el instanceof HTMLSelectElement)) return;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return;
        out.push({ name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40), width: Math.round(r.width), height: Math.round(r.height) });
      });
    };
    walk(document);
    return out;
  });
}
