import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/base/qr-code.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { mount } from '../support/mount.ts';

test('a link becomes an image with its text alternative, square, on white with a quiet border, in any scheme', async () => {
  await mount('al-qr-code', { text: 'https://alongside.example/join#pack=abc', label: 'QR code that opens the class link' });
  const image = page.getByRole('img', { name: 'QR code that opens the class link' });
  await expect.element(image).toBeVisible();
  const [, , width, height] = image.element().getAttribute('viewBox')!.split(' ').map(Number);
  expect(width).toBe(height);
  // The smallest code (21 modules for version 1, 4 more per version) with its 4-module border.
  expect((width! - 8 - 21) % 4).toBe(0);
  const box = image.element().getBoundingClientRect();
  expect(Math.round(box.width)).toBe(Math.round(box.height));
  // The border's corners are white and the finder pattern's corner is black, in the dark scheme too.
  expect(image.element().querySelector('rect')!.getAttribute('fill')).toBe('#fff');
  expect(image.element().querySelector('path')!.getAttribute('d')).toMatch(/^M4 4h1v1h-1z/);
  await expectNoAxeViolationsLightAndDark('a QR code');
});

test('a text too long for any QR code says so, and what to share instead', async () => {
  await mount('al-qr-code', { text: 'x'.repeat(8000), label: 'QR code' });
  await expect.element(page.getByText('This class is too large for a QR code. Share the link or the class file instead.')).toBeVisible();
  expect(page.getByRole('img').elements()).toEqual([]);
});
