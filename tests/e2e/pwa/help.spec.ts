import { expect, test } from '../support/pwa-test.ts';

/** Each country's line, as the team keeps them in shared/content/crisis-lines.ts. */
const LINES = [
  { country: 'United States', line: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988', emergency: '911', in: 'the United States' },
  { country: 'Canada', line: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988', emergency: '911' },
  { country: 'United Kingdom', line: 'Samaritans', contact: 'Call 116 123', emergency: '999', in: 'the United Kingdom' },
  { country: 'Ireland', line: 'Samaritans', contact: 'Call 116 123', emergency: '112 or 999' },
  { country: 'Australia', line: 'Lifeline', contact: 'Call 13 11 14', emergency: '000' },
];

test('"Need help now?" shows each country\'s crisis line, the local emergency number, and what to say', async ({ page }) => {
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();
  const emergency = page.getByText('If someone is in danger right now, or may act on thoughts of suicide, call your local emergency number.');
  const where = page.getByRole('combobox', { name: 'Where are you?' });

  for (const { country, line, contact, emergency: number, in: inCountry = country } of LINES) {
    await where.selectOption({ label: country });
    await expect(page.getByRole('heading', { name: line })).toBeVisible();
    await expect(page.getByRole('link', { name: contact })).toHaveAttribute('href', `tel:${contact.replace(/\D/g, '')}`);
    await expect(emergency).toContainText(`In ${inCountry}, that is ${number}.`);
  }

  await expect(page.getByRole('heading', { level: 2, name: 'What to say when you call' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Say who you are and that you are worried about someone' })).toBeVisible();
  await expect(page.getByText('Saying "I am worried and I don\'t know what to do" is enough to start.')).toBeVisible();

  // The choice is kept for next time.
  await where.selectOption({ label: 'Australia' });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Call 13 11 14' })).toBeVisible();

  // Somewhere else is a choice too: no other country's line or number is guessed over it, then or later.
  await where.selectOption({ label: 'Somewhere else' });
  await expect(page.getByText('Many countries have a free crisis line.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Call/ })).toHaveCount(0);
  await expect(emergency).not.toContainText('that is');
  await page.reload();
  await expect(where).toHaveValue('elsewhere');
  await expect(page.getByText('Many countries have a free crisis line.')).toBeVisible();
  await expect(emergency).not.toContainText('that is');
});
