/**
 * Reminders before planned conversations, and an optional weekly lesson nudge, through
 * `chrome.alarms` and `chrome.notifications`. Stateless: every call rebuilds the alarms
 * from the database (plans and settings), so it is safe to run at any time and often.
 * With the app lock on, plans are sealed and the background has no key: it reads only
 * when each talk is, and the reminder says no names.
 */
import { type ConversationPlan } from '../../shared/domain/toolkit/conversation-plan.ts';
import { planTitle } from '../../shared/content/toolkit/plan-words-en.ts';
import { getPlanTime, listPlanTimes } from '../../shared/data/toolkit/plan-times.ts';
import { settingsRepo } from '../../shared/data/settings-repo.ts';
import { formatTime } from '../../shared/ui/base/format.ts';
import { browserWords } from '../browser-words.ts';
import { afterQuietHours, DEFAULT_LEAD_MINUTES, inQuietHours, nextWeekly, reminderTime } from './reminder-schedule.ts';

/** A plan's alarm and notification are named `plan:<plan id>`. */
export const PLAN_PREFIX = 'plan:';
/** The weekly lesson nudge. */
export const LESSON_ALARM = 'lesson-weekly';
/** Rebuilds the alarms now and then, in case a change was saved without telling the background. */
export const RESYNC_ALARM = 'resync';
const RESYNC_MINUTES = 60;

/** Where the course (the PWA) lives, for the weekly nudge; set at build time. */
export const PWA_ORIGIN: string = import.meta.env.VITE_PWA_ORIGIN || 'http://localhost:4173';

/** The extension page that shows one plan. */
export function planPageUrl(planId: string): string {
  return chrome.runtime.getURL(`extension/plan/index.html?id=${encodeURIComponent(planId)}`);
}

function isOurs(name: string): boolean {
  return name.startsWith(PLAN_PREFIX) || name === LESSON_ALARM;
}

/** Creates, moves and clears alarms to match the plans and settings. Returns how many plan reminders are set. */
export async function syncReminders(now = Date.now()): Promise<number> {
  const [plans, lead, quiet, weekly, shown] = await Promise.all([
    listPlanTimes(),
    settingsRepo.get('reminderLeadMinutes', DEFAULT_LEAD_MINUTES),
    settingsRepo.get('quietHours', null),
    settingsRepo.get('weeklyLessonReminder', null),
    settingsRepo.get('remindersShown', {}),
  ]);

  const wanted = new Map<string, number>();
  for (const plan of plans) {
    if (plan.scheduledAt === undefined || shown[plan.id] === plan.scheduledAt) continue;
    const at = reminderTime({ scheduledAt: plan.scheduledAt, updatedAt: plan.updatedAt }, lead, quiet, now);
    if (at !== null) wanted.set(PLAN_PREFIX + plan.id, at);
  }
  if (weekly) {
    const at = nextWeekly(now, weekly.day, weekly.time);
    if (at !== null) wanted.set(LESSON_ALARM, afterQuietHours(at, quiet));
  }

  const existing = await chrome.alarms.getAll();
  for (const alarm of existing) if (isOurs(alarm.name) && !wanted.has(alarm.name)) await chrome.alarms.clear(alarm.name);
  for (const [name, when] of wanted) {
    const current = existing.find((a) => a.name === name);
    if (!current || Math.abs(current.scheduledTime - when) > 1000) await chrome.alarms.create(name, { when });
  }
  if (!existing.some((a) => a.name === RESYNC_ALARM)) await chrome.alarms.create(RESYNC_ALARM, { periodInMinutes: RESYNC_MINUTES });

  // Forget reminders shown for plans that are gone, so the record stays small.
  const ids = new Set(plans.map((p) => p.id));
  const kept = Object.fromEntries(Object.entries(shown).filter(([id]) => ids.has(id)));
  if (Object.keys(kept).length !== Object.keys(shown).length) await settingsRepo.set('remindersShown', kept);

  return [...wanted.keys()].filter((n) => n.startsWith(PLAN_PREFIX)).length;
}

/** The notification's words: the plan's goal and opening line, calmly. */
export function planNotice(plan: ConversationPlan): { title: string; message: string } {
  const when = plan.scheduledAt !== undefined ? ` at ${formatTime(plan.scheduledAt)}` : '';
  const parts = [
    plan.goal.trim() ? `Your goal: ${plan.goal.trim()}` : '',
    plan.opening.trim() ? `You could start with: “${plan.opening.trim()}”` : '',
  ].filter(Boolean);
  return {
    title: `${planTitle(plan)}${when}`,
    message: parts.length ? parts.join('\n') : browserWords('planTakeABreath'),
  };
}

/** The notification's words when the plan is locked: gentle, and nothing of what the person wrote. */
export function lockedPlanNotice(scheduledAt: number): { title: string; message: string } {
  return {
    title: browserWords('lockedPlanTitle', formatTime(scheduledAt)),
    message: browserWords('lockedPlanMessage'),
  };
}

/** Runs when an alarm fires. */
export async function handleAlarm(alarm: chrome.alarms.Alarm): Promise<void> {
  const now = Date.now();
  if (alarm.name === RESYNC_ALARM) {
    await syncReminders(now);
    return;
  }
  const quiet = await settingsRepo.get('quietHours', null);
  // Quiet hours may have been set after the alarm was: move it, don't show it.
  if (isOurs(alarm.name) && inQuietHours(now, quiet)) {
    await syncReminders(now);
    return;
  }
  if (alarm.name === LESSON_ALARM) {
    await chrome.notifications.create(LESSON_ALARM, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: browserWords('extName'),
      message: browserWords('lessonReminder'),
    });
    await syncReminders(now);
    return;
  }
  if (!alarm.name.startsWith(PLAN_PREFIX)) return;
  const id = alarm.name.slice(PLAN_PREFIX.length);
  const plan = await getPlanTime(id);
  if (!plan || plan.scheduledAt === undefined || plan.scheduledAt <= now) return;
  const { title, message } = plan.plan ? planNotice(plan.plan) : lockedPlanNotice(plan.scheduledAt);
  await chrome.notifications.create(alarm.name, { type: 'basic', iconUrl: chrome.runtime.getURL('icons/icon-128.png'), title, message, priority: 1 });
  const shown = await settingsRepo.get('remindersShown', {});
  await settingsRepo.set('remindersShown', { ...shown, [id]: plan.scheduledAt });
}

/** Opens what a notification is about: the plan, or the course. */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  if (notificationId.startsWith(PLAN_PREFIX)) await chrome.tabs.create({ url: planPageUrl(notificationId.slice(PLAN_PREFIX.length)) });
  else if (notificationId === LESSON_ALARM) await chrome.tabs.create({ url: PWA_ORIGIN });
  else return;
  await chrome.notifications.clear(notificationId);
}
