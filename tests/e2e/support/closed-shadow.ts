import type { CDPSession, Page } from '@playwright/test';

/**
 * Reaches into a closed shadow root the way assistive technology does: through the
 * browser's accessibility tree (Chrome DevTools Protocol). Page scripts, Playwright's
 * selectors and axe can't see inside a closed root; a screen reader and a mouse can.
 */
export class ClosedShadow {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly hostSelector: string,
  ) {}

  /** A reader for the closed shadow root of the element matching `hostSelector`. */
  static async open(page: Page, hostSelector: string): Promise<ClosedShadow> {
    return new ClosedShadow(page, await page.context().newCDPSession(page), hostSelector);
  }

  private async hostBackendId(): Promise<number | undefined> {
    // A node id lasts only until the document is asked for again or the node is replaced (the chip
    // re-renders as a reading arrives): when it goes stale between two calls, look again.
    for (let attempt = 1; ; attempt++) {
      try {
        const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: this.hostSelector });
        if (!nodeId) return undefined;
        const { node } = await this.cdp.send('DOM.describeNode', { nodeId });
        return node.backendNodeId;
      } catch (error) {
        if (attempt >= 5 || !/Could not find node/.test(String(error))) throw error;
      }
    }
  }

  /** Accessible name of every node with this role inside the host, in order. */
  async names(role: string): Promise<string[]> {
    const backendNodeId = await this.hostBackendId();
    if (backendNodeId === undefined) return [];
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { backendNodeId, role });
    return nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? ''));
  }

  /** All the text inside the host's shadow root. */
  async text(): Promise<string> {
    const backendNodeId = await this.hostBackendId();
    if (backendNodeId === undefined) return '';
    const { node } = await this.cdp.send('DOM.describeNode', { backendNodeId, depth: -1, pierce: true });
    const parts: string[] = [];
    const walk = (n: typeof node): void => {
      if (n.nodeType === 3) parts.push(n.nodeValue);
      if (n.localName === 'style') return;
      for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(child);
    };
    walk(node);
    return parts.join('').replace(/\s+/g, ' ').trim();
  }

  /** Clicks, with the mouse, the node with this role whose name matches. */
  async click(role: string, name: string | RegExp): Promise<void> {
    const backendNodeId = await this.hostBackendId();
    if (backendNodeId === undefined) throw new Error(`no ${this.hostSelector} on the page`);
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { backendNodeId, role });
    const match = nodes.find((n) => {
      const value = String(n.name?.value ?? '');
      return typeof name === 'string' ? value === name : name.test(value);
    });
    if (!match?.backendDOMNodeId) throw new Error(`no ${role} named ${String(name)} in ${this.hostSelector}`);
    // As a person would: scroll it into view (the panel may scroll), then click its middle.
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: match.backendDOMNodeId });
    const { quads } = await this.cdp.send('DOM.getContentQuads', { backendNodeId: match.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = quads[0]!;
    await this.page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  }
}
