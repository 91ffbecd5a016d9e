/** Every event of `type` that reaches the document from now on: what a page listening would get. */
export function recordEvents<T extends Event>(type: string): T[] {
  const seen: T[] = [];
  document.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}


/** What a locator's element says, its white space as a reader meets it. */
export function textOf(locator: { element(): Element }): string {
  return (locator.element().textContent ?? '').replace(/\s+/g, ' ').trim();
}
