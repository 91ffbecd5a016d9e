import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import webExt from 'web-ext';
import { COURSE_BRIDGE_SCRIPT, IN_PAGE_SCRIPT } from '../../../extension/in-page-script.ts';
import { FIREFOX_EXTENSION_DIR } from '../support/firefox.ts';

const CHROME_DIR = resolve(`${process.env.ALONGSIDE_DIST ?? 'dist'}/extension`);
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

test('the Firefox build is MV3 with an event-page background and a fixed gecko id, asks for no site at install, and web-ext lint finds no errors', async () => {
  const firefox = read(FIREFOX_EXTENSION_DIR);
  expect(firefox).toMatchObject({
    manifest_version: 3,
    background: { scripts: [expect.any(String)], type: 'module' },
    browser_specific_settings: { gecko: { id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/), strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } },
  });
  // What Firefox has no use for, and what would show the extension to web pages, is not there.
  for (const key of ['host_permissions', 'web_accessible_resources', 'externally_connectable', 'key', 'content_scripts']) expect(firefox).not.toHaveProperty(key);
  expect(existsSync(join(FIREFOX_EXTENSION_DIR, IN_PAGE_SCRIPT))).toBe(true);
  expect(existsSync(join(FIREFOX_EXTENSION_DIR, COURSE_BRIDGE_SCRIPT))).toBe(true);

  // One source: everything but the background and the browser's own keys is the same as Chrome's.
  const chrome = read(CHROME_DIR);
  for (const key of ['name', 'default_locale', 'version', 'description', 'permissions', 'optional_host_permissions', 'action', 'options_page', 'icons', 'content_security_policy']) {
    expect(firefox[key], key).toEqual(chrome[key]);
  }
  // The name and description the browser shows come from _locales, in its own language.
  expect(firefox).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  for (const dir of [FIREFOX_EXTENSION_DIR, CHROME_DIR]) for (const language of ['en', 'es']) expect(existsSync(join(dir, '_locales', language, 'messages.json'))).toBe(true);
  expect(chrome).toMatchObject({ background: { service_worker: expect.any(String) }, externally_connectable: expect.any(Object), key: expect.any(String) });
  expect(existsSync(join(CHROME_DIR, COURSE_BRIDGE_SCRIPT))).toBe(false);

  const result = (await webExt.cmd.lint({ sourceDir: FIREFOX_EXTENSION_DIR, output: 'none' }, { shouldExitProgram: false })) as { errors: LintMessage[]; warnings: LintMessage[] };
  expect(result.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  // The warnings known and accepted (README, "Firefox"): Lit's template set through innerHTML, and
  // data_collection_permissions, which Firefox for Android reads from 142 (Alongside does not claim Android).
  expect(new Set(result.warnings.map((w) => w.code))).toEqual(new Set(['UNSAFE_VAR_ASSIGNMENT', 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION']));
});
