import { beforeEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/toolkit/prompt-library.ts';
import '../../../shared/ui/base/toast.ts';
import type { OwnPromptRecord } from '../../../shared/data/schema.ts';
import { PROMPTS_EN } from '../../../shared/content/prompts/prompts-en.ts';
import { deepActiveElement } from '../../../shared/ui/base/deep-active.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { textOf } from '../support/events.ts';
import { memoryFavourites, memoryStore } from '../support/memory-stores.ts';
import { mount } from '../support/mount.ts';

const count = (n: number) => page.getByText(n === 1 ? '1 prompt' : `${n} prompts`, { exact: true });
const search = () => page.getByRole('searchbox', { name: 'Search prompts' });
const card = (words: string) => page.getByRole('listitem').filter({ hasText: words });

// The library asks the page's one toast for "Deleted" with Undo, as in the app.
beforeEach(() => {
  document.body.append(document.createElement('al-toast'));
});

test('search is instant; a card’s blanks are filled and copied; a favourite is kept and found with "Favourites only"', async () => {
  const favourites = memoryFavourites();
  await mount('al-prompt-library', { favouritesStore: favourites, ownStore: memoryStore<OwnPromptRecord>() });
  await expect.element(count(PROMPTS_EN.length)).toBeVisible();

  await search().fill('proud');
  await expect.element(count(1)).toBeVisible();
  const proud = card('I feel proud of you for');
  expect(proud.getByRole('textbox').elements()).toEqual([]);
  await proud.getByRole('button', { name: /^Fill in the blanks/ }).click();
  const blank = proud.getByRole('textbox', { name: 'What they did' });
  await expect.poll(() => deepActiveElement()).toBe(blank.element());
  await blank.fill('going to your first meeting');
  await proud.getByRole('button', { name: /^Copy/ }).click();
  await expect.poll(() => textOf(proud.getByRole('status'))).toBe('Copied');
  expect(await navigator.clipboard.readText()).toBe('I feel proud of you for going to your first meeting.');
  await expectNoAxeViolationsLightAndDark('the prompt library with blanks open');

  const star = proud.getByRole('button', { name: /^Favourite/ });
  await expect.element(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect.element(star).toHaveAttribute('aria-pressed', 'true');
  expect(favourites.kept.size).toBe(1);
  await search().fill('');
  await page.getByRole('checkbox', { name: /Favourites only/ }).click();
  await expect.element(count(1)).toBeVisible();
  await expect.element(card('I feel proud of you for')).toBeVisible();
  await page.getByRole('checkbox', { name: /Favourites only/ }).click();
  await expect.element(count(PROMPTS_EN.length)).toBeVisible();
});

test('a prompt of the person’s own is written, found, edited, and deleted with undo', async () => {
  await mount('al-prompt-library', { favouritesStore: memoryFavourites(), ownStore: memoryStore<OwnPromptRecord>() });
  await page.getByRole('textbox', { name: 'Your words' }).fill('I’m here, [name]. No pressure to talk.');
  await page.getByRole('button', { name: 'Save my prompt' }).click();
  const mine = card('No pressure to talk.');
  await expect.element(mine.getByText('Your own')).toBeVisible();
  await search().fill('pressure to talk');
  await expect.element(mine).toBeVisible();
  await mine.getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('listitem').getByRole('textbox', { name: 'Your words' }).fill('I’m here, [name]. No pressure to talk tonight.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const edited = card('No pressure to talk tonight.');
  await expect.element(edited).toBeVisible();
  await edited.getByRole('button', { name: /^Delete/ }).click();
  await expect.element(edited).not.toBeInTheDocument();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.element(card('No pressure to talk tonight.')).toBeVisible();
});
