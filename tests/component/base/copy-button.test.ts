import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/base/copy-button.ts';
import { mount } from '../support/mount.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';

test('Copy puts the text on the clipboard and says "Copied", in view and to screen readers', async () => {
  await mount('al-copy-button', { text: 'Can we talk on Sunday?', label: 'Copy: your opening line' });
  const button = page.getByRole('button', { name: 'Copy: your opening line' });
  await button.click();
  await expect.element(page.getByRole('status')).toHaveTextContent('Copied');
  expect(await navigator.clipboard.readText()).toBe('Can we talk on Sunday?');
  await expectNoAxeViolationsLightAndDark('a copy button that has copied');
});
