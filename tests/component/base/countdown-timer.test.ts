import { afterEach, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../../shared/ui/base/countdown-timer.ts';
import { expectNoAxeViolationsLightAndDark } from '../support/axe.ts';
import { recordEvents, textOf } from '../support/events.ts';
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
  // Pressed in the page at once: a click Vitest drives takes real time, in which it moves the fake clock on.
  const press = async (action: string) => {
    (page.getByRole('button', { name: `${action} timer for Welcome` }).element() as HTMLElement).click();
    await timer.updateComplete;
  };
  const run = async (ms: number) => {
    vi.advanceTimersByTime(ms);
    await timer.updateComplete;
  };
  expect(textOf(face)).toBe('10:00');
  expect(face.element().getAttribute('aria-label')).toBe('Welcome: 10:00 left');
  expect(face.element().getAttribute('aria-live')).toBe('off');

  await press('Start');
  await run(65_000);
  expect(textOf(face)).toBe('8:55');
  await press('Pause');
  await run(60_000);
  expect(textOf(face)).toBe('8:55');
  await press('Resume');
  await run(9 * 60_000);
  expect(textOf(face)).toBe('0:00');
  // Said once, politely (a status region), to screen readers too; the time itself is not read out.
  const said = () => textOf(page.getByRole('status'));
  expect(said()).toBe('Time is up for Welcome. Finish the thought you are on, then move on when the group is ready.');
  expect(done).toHaveLength(1);
  await run(60_000);
  expect(done).toHaveLength(1);
  await expectNoAxeViolationsLightAndDark('a timer whose time is up');

  await press('Reset');
  expect(textOf(face)).toBe('10:00');
  expect(said()).toBe('');
  expect(page.getByRole('button', { name: 'Start timer for Welcome' }).element()).toBeTruthy();
});
