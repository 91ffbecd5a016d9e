import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAlarm, handleNotificationClick, LESSON_ALARM, PLAN_PREFIX, PWA_ORIGIN, syncReminders } from '../../../../extension/background/reminders.ts';
import { destroyDb } from '../../../../shared/data/db.ts';
import { settingsRepo } from '../../../../shared/data/settings-repo.ts';
import { plansRepo } from '../../../../shared/data/toolkit/toolkit-repos.ts';
import { emptyPlan } from '../../../../shared/domain/toolkit/conversation-plan.ts';

interface Notice {
  title: string;
  message: string;
}

/** The chrome APIs reminders use, recording what a person would see: alarms, notifications, opened tabs. */
function fakeChrome() {
  const state = {
    alarms: new Map<string, number>(),
    notifications: new Map<string, Notice>(),
    tabs: [] as string[],
  };
  const chrome = {
    runtime: { getURL: (path: string) => `chrome-extension://alongside/${path}` },
    alarms: {
      getAll: async () => [...state.alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
      create: async (name: string, info: { when?: number; periodInMinutes?: number }) => void state.alarms.set(name, info.when ?? 0),
      clear: async (name: string) => state.alarms.delete(name),
    },
    notifications: {
      create: async (id: string, options: Notice) => void state.notifications.set(id, { title: options.title, message: options.message }),
      clear: async (id: string) => state.notifications.delete(id),
    },
    tabs: { create: async ({ url }: { url: string }) => void state.tabs.push(url) },
  };
  return { state, chrome };
}

/** An alarm as Chrome hands it over when it fires now. */
const alarm = (name: string): chrome.alarms.Alarm => ({ name, scheduledTime: Date.now(), persistAcrossSessions: true });

let fake = fakeChrome();
const HOUR = 3_600_000;
/** A Wednesday, 10:00 local time. */
const NOW = new Date(2030, 4, 8, 10, 0).getTime();

async function planTalk(inHours: number, words: Partial<ReturnType<typeof emptyPlan>> = {}) {
  return plansRepo.save({
    ...emptyPlan(),
    who: 'Sam',
    about: 'money for rent',
    goal: 'That Sam knows I care.',
    opening: 'Can I share something I’ve noticed?',
    scheduledAt: NOW + inHours * HOUR,
    ...words,
  });
}

beforeEach(() => {
  fake = fakeChrome();
  vi.stubGlobal('chrome', fake.chrome);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await destroyDb();
});

describe('a planned talk’s reminder', () => {
  it('is set for the lead time before the talk, and shows the goal and the opening line when it fires', async () => {
    const plan = await planTalk(2);
    await settingsRepo.set('reminderLeadMinutes', 45);
    expect(await syncReminders(NOW)).toBe(1);
    expect(fake.state.alarms.get(PLAN_PREFIX + plan.id)).toBe(NOW + 2 * HOUR - 45 * 60_000);

    vi.setSystemTime(NOW + 2 * HOUR - 45 * 60_000);
    await handleAlarm(alarm(PLAN_PREFIX + plan.id));
    const notice = fake.state.notifications.get(PLAN_PREFIX + plan.id);
    expect(notice?.title).toMatch(/^Talk with Sam about money for rent at /);
    expect(notice?.message).toBe('Your goal: That Sam knows I care.\nYou could start with: “Can I share something I’ve noticed?”');
  });

  it('shows once: after it fired, a resync sets no new alarm for the same talk', async () => {
    const plan = await planTalk(1);
    await syncReminders(NOW);
    vi.setSystemTime(NOW + 30 * 60_000);
    await handleAlarm(alarm(PLAN_PREFIX + plan.id));
    await syncReminders(Date.now());
    expect(fake.state.alarms.has(PLAN_PREFIX + plan.id)).toBe(false);
  });

  it('moves out of quiet hours set after the alarm was, instead of showing in them', async () => {
    const plan = await planTalk(2);
    await syncReminders(NOW);
    await settingsRepo.set('quietHours', { from: '11:00', to: '13:00' });
    vi.setSystemTime(NOW + 90 * 60_000); // 11:30, inside the quiet hours
    await handleAlarm(alarm(PLAN_PREFIX + plan.id));
    expect(fake.state.notifications.size).toBe(0);
    // The talk is at 12:00, inside the quiet hours too: a reminder after it would be no use.
    expect(fake.state.alarms.has(PLAN_PREFIX + plan.id)).toBe(false);
  });

  it('says something kind when the plan has no goal or opening line', async () => {
    const plan = await planTalk(1, { goal: ' ', opening: '' });
    await handleAlarm(alarm(PLAN_PREFIX + plan.id));
    expect(fake.state.notifications.get(PLAN_PREFIX + plan.id)?.message).toBe('Take a breath. You have prepared for this.');
  });

  it('never shows for a talk that has already happened or was deleted', async () => {
    const past = await planTalk(-1);
    const gone = await planTalk(2);
    await plansRepo.remove(gone.id);
    await handleAlarm(alarm(PLAN_PREFIX + past.id));
    await handleAlarm(alarm(PLAN_PREFIX + gone.id));
    expect(fake.state.notifications.size).toBe(0);
  });

  it('opens the plan in the extension’s plan page when clicked, and clears itself', async () => {
    const plan = await planTalk(1);
    await handleAlarm(alarm(PLAN_PREFIX + plan.id));
    await handleNotificationClick(PLAN_PREFIX + plan.id);
    expect(fake.state.tabs).toEqual([`chrome-extension://alongside/extension/plan/index.html?id=${plan.id}`]);
    expect(fake.state.notifications.size).toBe(0);
  });
});

describe('the weekly lesson reminder', () => {
  it('comes on the chosen day and time, and opens the course when clicked', async () => {
    await settingsRepo.set('weeklyLessonReminder', { day: 4, time: '19:30' }); // Thursdays
    await syncReminders(NOW);
    expect(fake.state.alarms.get(LESSON_ALARM)).toBe(new Date(2030, 4, 9, 19, 30).getTime());

    vi.setSystemTime(new Date(2030, 4, 9, 19, 30).getTime());
    await handleAlarm(alarm(LESSON_ALARM));
    expect(fake.state.notifications.get(LESSON_ALARM)?.message).toMatch(/This week’s lesson is ready/);
    // And the next one is a week later.
    expect(fake.state.alarms.get(LESSON_ALARM)).toBe(new Date(2030, 4, 16, 19, 30).getTime());

    await handleNotificationClick(LESSON_ALARM);
    expect(fake.state.tabs).toEqual([PWA_ORIGIN]);
  });

  it('is gone when turned off', async () => {
    await settingsRepo.set('weeklyLessonReminder', { day: 4, time: '19:30' });
    await syncReminders(NOW);
    await settingsRepo.set('weeklyLessonReminder', null);
    await syncReminders(NOW);
    expect(fake.state.alarms.has(LESSON_ALARM)).toBe(false);
  });
});
