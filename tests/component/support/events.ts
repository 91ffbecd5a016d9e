/** Every event of `type` that reaches the document from now on: what a page listening would get. */
export function recordEvents<T extends Event>(type: string): T[] {
  const seen: T[] = [];
  document.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

