import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenCss } from '../../../shared/ui/base/tokens.ts';
import { ROOT, sourceFiles } from '../../../scripts/import-graph.ts';

/**
 * The end-to-end tests check the dark scheme with axe's colour rules only
 * (tests/e2e/support/axe.ts). That is whole only while the dark scheme changes colours and
 * nothing else: no layout, no text, nothing shown or hidden. These hold it to that.
 */
describe('the dark scheme changes colours only', () => {
  it('is written in one place for the screens (the tokens) and one for the page before they load', () => {
    const files = [...sourceFiles('shared', 'pwa', 'extension'), `${ROOT}pwa/index.html`, ...['popup', 'options', 'plan', 'help', 'link-confirm'].map((p) => `${ROOT}extension/${p}/index.html`)];
    const mentions = files.filter((file) => readFileSync(file, 'utf8').includes('prefers-color-scheme')).map((file) => relative(ROOT, file));
    expect(mentions.sort()).toEqual(['pwa/index.html', 'shared/ui/base/tokens.ts']);
  });

  it('swaps colour tokens, and nothing else', () => {
    const text = tokenCss(':root').cssText;
    const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(text)?.[1];
    expect(dark).toBeDefined();
    const properties = dark!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => d.slice(0, d.indexOf(':')).trim());
    expect(properties.length).toBeGreaterThan(10);
    for (const property of properties) expect(property).toMatch(/^--al-(color-[a-z-]+|shadow)$/);
  });

  it('before the screens load, sets only the page’s background and text colour', () => {
    const html = readFileSync(`${ROOT}pwa/index.html`, 'utf8');
    const rule = /@media \(prefers-color-scheme: dark\)\s*\{\s*html\s*\{([^}]*)\}\s*\}/.exec(html)?.[1];
    expect(rule?.split(';').map((d) => d.trim().split(':')[0]).filter(Boolean)).toEqual(['background', 'color']);
  });
});
