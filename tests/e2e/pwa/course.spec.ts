import { waitForServiceWorkerControl } from '../support/service-worker.ts';
import { expect, test } from '../support/pwa-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';

/** Opens a step of the lesson from the "All steps" list, as a reader would. */
async function openStep(page: Page, name: string | RegExp): Promise<void> {
  await page.getByText('All steps in this week').click();
  await page.getByRole('list').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
}

test('a partner of someone using substances gets their story, and the lesson resumes where they left off', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Get started' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  await page.getByRole('radio', { name: 'My partner' }).check();
  await page.getByRole('radio', { name: 'Substance use (alcohol or drugs)' }).check();
  await page.getByRole('button', { name: 'Start the course' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Alongside' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get started' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Start week 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hope and the recovery model' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome' })).toBeVisible();
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(page.getByText('Step 2 of 12')).toBeVisible();

  // The story is the substance-use variant, in the reader's own words.
  await openStep(page, 'A different question');
  await expect(page.getByText(/Priya's partner, Jo/)).toBeVisible();
  await expect(page.getByText(/Amara/)).toHaveCount(0);
  await expect(page.getByText(/\{relation\}|\{person\}/)).toHaveCount(0);

  // A reflection saves as it is typed, and a reload comes back to the same step with it.
  await openStep(page, 'Reflect');
  const answer = page.getByRole('textbox', { name: 'What might a good life look like for your partner, in their own eyes?' });
  await answer.fill('Back at the climbing gym on Saturdays, with friends who do not drink.');
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Reflect' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What might a good life look like for your partner, in their own eyes?' })).toHaveValue(
    'Back at the climbing gym on Saturdays, with friends who do not drink.',
  );

  // Finishing the week shows on the outline and at home.
  await openStep(page, 'A moment for you');
  await page.getByRole('button', { name: 'Finish this week' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The course' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You finished week 1' })).toBeVisible();
  await expect(page.getByText('1 of 9 weeks done')).toBeVisible();
  const week1 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 1:/ }) });
  await expect(week1.getByText('Done', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Week 2:/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Week 3:/ }).getByRole('link')).toHaveCount(0);

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText('This week · Week 2 of 9')).toBeVisible();
  await expect(page.getByText('You have finished 1 week.')).toBeVisible();

  // The reflection is in the journal, and search finds it.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('climbing gym');
  await expect(page.getByText('Back at the climbing gym on Saturdays, with friends who do not drink.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('climbing gym nowhere');
  await expect(page.getByText('Back at the climbing gym on Saturdays, with friends who do not drink.')).toHaveCount(0);
});

test('a practice plan is kept, and can be marked as tried with how it went', async ({ page }) => {
  await page.goto('/course/week/1');
  await openStep(page, /^Try this:/);
  const fields = page.getByRole('textbox');
  await fields.first().fill('Stop checking their phone');
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();
  await page.getByRole('button', { name: 'I tried it' }).click();
  await expect(page.getByText(/^Tried on /)).toBeVisible();
  await page.getByRole('textbox', { name: 'How did it go?' }).fill('Hard the first day. Easier by Friday.');
  await expect(page.locator('al-autosave-field').filter({ hasText: 'How did it go?' }).getByText('Saved on this device.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'How did it go?' })).toHaveValue('Hard the first day. Easier by Friday.');
  await expect(page.getByRole('textbox').first()).toHaveValue('Stop checking their phone');
});

test('a self-check explains every answer, with no score', async ({ page }) => {
  await page.goto('/course/week/1');
  await openStep(page, 'A gentle self-check');
  const first = page.locator('al-self-check fieldset').first();
  await first.getByRole('radio').first().check();
  await expect(first.getByText(/Yes, that fits\.|A common thought\./)).toBeVisible();
  await expect(page.getByText(/score|points|\d+ ?%/i)).toHaveCount(1); // only "There is no score."
});

test("a lesson's first step fetches no part that only later steps use, and a part that cannot come says so", async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  // The reflection's writing field cannot come, as when offline before the app was kept for offline use.
  await page.route(/\/assets\/autosave-field-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/course/week/1');
  await expect(page.getByRole('button', { name: /^Next: / })).toBeVisible();
  const stepParts = /\/assets\/(autosave-field|practice-plan|self-check)-/;
  expect(asked.filter((path) => stepParts.test(path)), 'parts fetched for the first step').toEqual([]);

  await openStep(page, 'Reflect');
  const problem = page.getByRole('alert').filter({ hasText: 'Part of this step did not load' });
  await expect(problem).toContainText('nothing you have written is lost');
  expect(asked.some((path) => /\/assets\/autosave-field-/.test(path)), 'the field was asked for').toBe(true);
  // The way on still works, and a step whose part can come draws it.
  await openStep(page, 'A gentle self-check');
  await expect(page.locator('al-self-check fieldset').first().getByRole('radio').first()).toBeVisible();
});

test('the part a next step needs is fetched ahead, and if it cannot come, that step says so, not this one', async ({ page }) => {
  await page.route(/\/assets\/self-check-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/course/week/1');
  // The practice step comes just before the self-check: opening it asks for the self-check too.
  const selfCheckFailed = page.waitForEvent('requestfailed', (request) => /\/assets\/self-check-/.test(request.url()));
  await openStep(page, /^Try this:/);
  await selfCheckFailed;
  await expect(page.locator('al-practice-plan').getByRole('textbox').first()).toBeVisible();
  await expect(page.getByText('Part of this step did not load')).toHaveCount(0);

  await page.getByRole('button', { name: 'Next: A gentle self-check' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Part of this step did not load' })).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('every week opens offline once the app has been visited', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'All weeks open now' }).check();
    await expect(page.getByText('All weeks are open now.')).toBeVisible();

    await context.setOffline(true);
    await page.goto('/course/week/8');
    await expect(page.getByRole('heading', { level: 1, name: 'Caring for yourself, and the road ahead' })).toBeVisible();
    await openStep(page, 'Your wellbeing matters too');
    await expect(page.locator('al-lesson-player').getByRole('paragraph').first()).toBeVisible();
    await context.setOffline(false);
  });
});

test('the weeks on talking and boundaries lead to the tools for them', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'All weeks open now' }).check();
  await expect(page.getByText('All weeks are open now.')).toBeVisible();
  await page.goto('/course/week/4');
  await openStep(page, /^Try this:/);
  const tools = page.locator('al-practice-plan');
  await expect(tools.getByRole('link', { name: 'Find words to say in the prompt library' })).toHaveAttribute('href', '/prompts');
  await expect(tools.getByRole('link', { name: 'Practise with role-play cards' })).toHaveAttribute('href', '/practice');
  await tools.getByRole('link', { name: 'Plan a hard conversation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a conversation' })).toBeVisible();

  await page.goto('/course/week/5');
  await openStep(page, /^Try this:/);
  await expect(page.locator('al-practice-plan').getByRole('link', { name: 'Plan the talk where you share it' })).toHaveAttribute('href', '/plans/new');

  // The before-and-after pattern leads to the pattern log, and the list of things to do together.
  await openStep(page, 'What comes before and after a hard moment');
  await page.locator('al-lesson-player').getByRole('link', { name: 'List things to do together' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pattern log' })).toBeVisible();
  await expect(page).toHaveURL(/\/patterns#activities$/);
  await page.goto('/course/week/5');
  await openStep(page, 'What comes before and after a hard moment');
  await page.locator('al-lesson-player').getByRole('link', { name: 'Keep a pattern log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pattern log' })).toBeVisible();
});

test('a week that is not open yet says why, kindly', async ({ page }) => {
  await page.goto('/course/week/3');
  await expect(page.getByText('This week is not open yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all weeks' })).toBeVisible();
});

test('someone in a crisis now gets help from getting started, and week 6 is open to a new reader', async ({ page }) => {
  // Getting started offers the way in for right now, beside the normal start.
  await page.goto('/start');
  await expect(page.getByRole('button', { name: 'Start the course' })).toBeVisible();
  await page.getByRole('link', { name: 'Something is happening right now' }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();

  // A fresh profile at the default pace: weeks open one after another, except week 6.
  await page.goto('/course');
  await expect(page.getByText('Each week opens when you finish the one before.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Week 2:/ }).getByRole('link')).toHaveCount(0);
  const week6 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Week 7:/ }) });
  await expect(week6).toContainText('Open any time: for when things get hard.');
  await week6.getByRole('link', { name: 'Week 7: When things get hard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'When things get hard' })).toBeVisible();
  await expect(page.getByText('This week is not open yet.')).toHaveCount(0);
  await expect(page.getByText('Before you start:')).toBeVisible();
  await openStep(page, 'A crisis plan, made in calm times');

  // Reading it doesn't make it the week home suggests: the course still starts at week 1,
  // and week 7 stays closed.
  await page.goto('/');
  await expect(page.getByText('This week · Week 1 of 9')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start week 1' })).toBeVisible();
  await page.goto('/course/week/7');
  await expect(page.getByText('This week is not open yet.')).toBeVisible();
});

// Each screen as it first opens (week 6 too) is checked with axe by every-screen.spec.ts.

test('lesson steps with forms have no axe violations', async ({ page }) => {
  await page.goto('/course/week/1');
  for (const step of ['Reflect', /^Try this:/, 'A gentle self-check']) {
    await openStep(page, step);
    await expectNoAxeViolations(page, `week 1 step ${step}`);
  }
});

/** The "All steps" list, opened, for reading which steps are done. */
async function stepList(page: Page) {
  await page.getByText('All steps in this week').click();
  return page.locator('al-lesson-player').getByRole('list');
}

test('every step a reader leaves counts as read, however they moved, and home names where they stopped', async ({ page }) => {
  await page.goto('/course/week/1');
  await openStep(page, 'Recovery is possible');
  await openStep(page, 'A different question');
  await openStep(page, 'Reflect');
  await expect(page.getByRole('progressbar', { name: '3 of 12 steps done' })).toBeAttached();
  let list = await stepList(page);
  for (const seen of ['Welcome', 'Recovery is possible', 'A different question']) {
    await expect(list.getByRole('button', { name: `${seen} (done)` })).toBeVisible();
  }
  await expect(list.getByRole('button', { name: 'Reflect (done)' })).toHaveCount(0); // where they are, not yet left
  await expect(list.getByRole('button', { name: 'Key takeaways (done)' })).toHaveCount(0); // skipped, never seen

  // Back counts too.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeFocused();
  list = await stepList(page);
  await expect(list.getByRole('button', { name: 'Reflect (done)' })).toBeVisible();
  await list.getByRole('button', { name: /^Reflect/ }).click();
  await expect(page.getByRole('progressbar', { name: '5 of 12 steps done' })).toBeAttached();

  await page.getByRole('link', { name: 'Home' }).click();
  const lesson = page.locator('al-card.lesson');
  await expect(lesson.getByText('You stopped at: Reflect')).toBeVisible();
  await expect(lesson.getByRole('progressbar', { name: '5 of 12 steps done this week' })).toBeAttached();
  await lesson.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Reflect' })).toBeVisible();
});

test('home invites a new person to take their supporter star, and lets it go once taken', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Get started' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take my star' })).toHaveCount(0); // one thing at a time: getting started first

  await page.getByRole('link', { name: 'Get started' }).click();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  const invite = page.locator('al-card').filter({ has: page.getByRole('heading', { name: 'Your supporter star' }) });
  await expect(invite.getByText('It is about you, not the person you support')).toBeVisible();
  await expect(invite.getByRole('link', { name: 'Take my star' })).toHaveAttribute('href', '/star?moment=start');
  await invite.getByRole('link', { name: 'Take my star' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'My supporter star' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'When is this?' })).toHaveValue('start');
  for (const area of ['My wellbeing', 'Knowing about it', 'Talking together', 'My boundaries', 'My support', 'Hope', 'My own life']) {
    await page.getByRole('group', { name: new RegExp(`^${area}`) }).getByRole('radio', { name: /^3\.\s/ }).check();
  }
  await page.getByRole('button', { name: 'Save my star' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your star is saved' })).toBeAttached();

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('link', { name: 'Start week 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take my star' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your supporter star' })).toHaveCount(0);
});

test('"Not now" lets the star invitation go, on this device, until the next moment', async ({ page }) => {
  await page.goto('/start');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  const invite = page.locator('al-card').filter({ has: page.getByRole('heading', { name: 'Your supporter star' }) });
  await invite.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { name: 'Your supporter star' })).toHaveCount(0);
  const note = page.getByRole('status').filter({ hasText: 'Your star is always under "How are you doing?"' });
  await expect(note).toBeFocused();
  await expectNoAxeViolations(page, '/ after "Not now" to the star');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Start week 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your supporter star' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'My supporter star' })).toBeVisible();

  // An invitation names its moment, and the star form starts there.
  await page.goto('/star?moment=middle');
  await expect(page.getByRole('combobox', { name: 'When is this?' })).toHaveValue('middle');
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a reflection written offline is kept through an offline reload', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.goto('/course/week/1');
    await openStep(page, 'Reflect');
    await page.getByRole('textbox').first().fill('Cooking for friends again, at their own pace.');
    await expect(page.getByText('Saved on this device.').first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Reflect' })).toBeVisible();
    await expect(page.getByRole('textbox').first()).toHaveValue('Cooking for friends again, at their own pace.');
    await context.setOffline(false);
  });
});

test('home with a week under way and a practice committed has no axe violations, nor has the story step', async ({ page }) => {
  await page.goto('/start');
  await page.getByRole('radio', { name: 'My son' }).check();
  await page.getByRole('radio', { name: 'A mental health condition' }).check();
  await page.getByRole('button', { name: 'Start the course' }).click();
  await page.getByRole('link', { name: 'Start week 1' }).click();
  await openStep(page, /^Try this:/);
  await page.getByRole('textbox').first().fill('Ask him about his music, and just listen');
  await expect(page.getByText('Saved on this device.').first()).toBeVisible();

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Your practice this week' })).toBeVisible();
  await expect(page.getByText('Ask him about his music, and just listen')).toBeVisible();
  await expect(page.getByText(/^You stopped at: Try this:/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take my star' })).toBeVisible();
  await expectNoAxeViolations(page, '/ with a week under way, a practice and the star invitation');

  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await openStep(page, 'A different question');
  await expect(page.locator('al-lesson-player .story')).toBeVisible();
  await expectNoAxeViolations(page, 'week 1 story step');
});

test('week 6 keeps the way to crisis help in view on every step, also after resuming', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'All weeks open now' }).check();
  await expect(page.getByText('All weeks are open now.')).toBeVisible();

  const player = page.locator('al-lesson-player');
  const helpLine = player.getByText('If someone is in danger now, call your local emergency number.');
  await page.goto('/course/week/6');
  await expect(page.getByText('Before you start:')).toBeVisible();
  await openStep(page, 'Early warning signs');
  await expect(helpLine).toBeInViewport(); // the step opens scrolled to its heading: the line must not be above it
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'A crisis plan, made in calm times' })).toBeFocused();
  await expect(helpLine).toBeInViewport();

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText('You stopped at: A crisis plan, made in calm times')).toBeVisible();
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'A crisis plan, made in calm times' })).toBeVisible();
  await expect(helpLine).toBeVisible();
  await expectNoAxeViolations(page, 'week 6, a later step');
  await player.getByRole('link', { name: 'Need help now?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now?' })).toBeVisible();

  // Only weeks with hard topics carry the line.
  await page.goto('/course/week/1');
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(page.getByText('Step 2 of 12')).toBeVisible();
  await expect(helpLine).toHaveCount(0);
});
