import type { LitElement } from 'lit';

/**
 * Puts one element in the page, with its properties set before it first renders, inside a
 * `<main>` (as the app's screens are, so axe's landmark rules read it as they would there),
 * and waits for it to render.
 */
export async function mount<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  Object.assign(el, props);
  const main = document.createElement('main');
  main.append(el);
  document.body.append(main);
  await (el as unknown as LitElement).updateComplete;
  return el;
}
