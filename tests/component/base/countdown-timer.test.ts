import { afterEach, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/base/countdown-timer.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { recordEvents } from '../support/events.ts';
import { mount } from '../support/mount.ts';

afterEach(() => {
  vi.useRealTimers();
});

test('a part’s timer runs with the clock: start, pause, resume, "time is up" said once, and reset', async () => {
  // The clock only moves when the test says so.
  vi.useFakeTimers({ now: new Date('2026-03-10T17:01:00Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
  const done = recordEvents('al-timer-done');
  const timer = await mount('al-countdown-timer', { minutes: 10, label: 'Welcome' });
  const face = page.getByRole('timer', { name: /^Welcome:/ });
  const run = async (ms: number) => {
    await vi.advanceTimersByTimeAsync(ms);
    await timer.updateComplete;
  };
  await expect.element(face).toHaveTextContent('10:00');
  await expect.element(face).toHaveAttribute('aria-label', 'Welcome: 10:00 left');
  await expect.element(face).toHaveAttribute('aria-live', 'off');

  await page.getByRole('button', { name: 'Start timer for Welcome' }).click();
  await run(65_000);
  await expect.element(face).toHaveTextContent('8:55');
  await page.getByRole('button', { name: 'Pause timer for Welcome' }).click();
  await run(60_000);
  await expect.element(face).toHaveTextContent('8:55');
  await page.getByRole('button', { name: 'Resume timer for Welcome' }).click();
  await run(9 * 60_000);
  await expect.element(face).toHaveTextContent('0:00');
  // Said once, politely (a status region), to screen readers too; the time itself is not read out.
  const said = () => page.getByRole('status').element().textContent!.trim();
  expect(said()).toBe('Time is up for Welcome. Finish the thought you are on, then move on when the group is ready.');
  expect(done).toHaveLength(1);
  await run(60_000);
  expect(done).toHaveLength(1);
  await expectNoAxeViolationsLightAndDark('a timer whose time is up');

  await page.getByRole('button', { name: 'Reset timer for Welcome' }).click();
  await expect.element(face).toHaveTextContent('10:00');
  expect(said()).toBe('');
  await expect.element(page.getByRole('button', { name: 'Start timer for Welcome' })).toBeVisible();
});
