import { expect, type Page } from '@playwright/test';

/** The parts of a boundary, as the guided builder asks for them (any may be left empty). */
export interface BoundaryParts {
  situation?: string;
  feeling?: string;
  action?: string;
  reason?: string;
  words?: string;
  holdPlan?: string;
}

const STEPS: [keyof BoundaryParts, string][] = [
  ['situation', 'When this happens'],
  ['feeling', 'What I feel'],
  ['action', 'I will'],
  ['reason', 'Because'],
  ['words', 'My words'],
  ['holdPlan', 'If it is tested'],
];

/** Walks the builder on /boundaries from step 1 to the review, filling in what is given. */
export async function fillBoundaryBuilder(page: Page, parts: BoundaryParts): Promise<void> {
  for (const [i, [key, label]] of STEPS.entries()) {
    await expect(page.getByText(`Step ${i + 1} of 6`)).toBeVisible();
    const value = parts[key];
    if (value !== undefined) await page.getByRole('textbox', { name: label }).fill(value);
    await page.getByRole('button', { name: i === STEPS.length - 1 ? 'Review' : 'Next', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: /Check your boundary/ })).toBeVisible();
}

/**
 * Writes a boundary with the builder and saves it, returning once it is stored: the list holds
 * one more. (The review shows the words before they are saved, so seeing them proves nothing;
 * a backup taken on that cue was once made without the boundary.)
 */
export async function saveBoundaryWithBuilder(page: Page, parts: BoundaryParts): Promise<void> {
  await fillBoundaryBuilder(page, parts);
  const saved = page.locator('al-boundary-item');
  const before = await saved.count();
  await page.getByRole('button', { name: 'Save boundary' }).click();
  await expect(saved).toHaveCount(before + 1);
}
