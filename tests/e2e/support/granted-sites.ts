import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, test } from './extension.ts';

/**
 * The extension test, loading a copy of the built extension whose manifest also grants
 * `hostPermissions` at install. Automation can't answer the browser's site prompt, nor click
 * the toolbar button that gives `activeTab`; a site granted up front stands in for both, and
 * the code under test runs unchanged. The product's own manifest grants no site (popup.spec.ts).
 */
export function testWithGrantedSites(hostPermissions: string[]) {
  return test.extend({
    extensionDir: async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'alongside-ext-copy-'));
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      manifest.host_permissions = hostPermissions;
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
