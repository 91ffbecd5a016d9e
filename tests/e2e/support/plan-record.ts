/**
 * A conversation plan as the extension stores it, and a change to the extension's database
 * made from one of its pages, for the reminder tests in Chrome and in Firefox. The change runs
 * through `page.evaluate(changeInStore, [store, action, value])` in either driver.
 */

export function plan(id: string, scheduledAt?: number): Record<string, unknown> {
  const now = Date.now();
  return {
    id,
    who: 'Sam',
    about: 'money',
    goal: 'Say no to a loan, kindly',
    timeAndPlace: 'Sunday lunch',
    opening: 'I love you, and I want to talk about something hard.',
    keyPoints: ['I can’t lend money', 'I can drive you to your appointment'],
    promptIds: ['calm-slow-down', 'no-money-other-help'],
    promptFills: { 'no-money-other-help': { 'another way to help': 'drive you to work' } },
    avoid: 'Old arguments',
    exitLine: 'Let’s take a break and come back to this.',
    afterCare: 'A walk',
    ready: ['The number of the debt advice line'],
    theyMightSay: ['You never trust me with money.'],
    createdAt: now,
    updatedAt: now,
    ...(scheduledAt === undefined ? {} : { scheduledAt }),
  };
}

/** Runs a change on the extension's database, as the data layer would store it (evaluated in an extension page). */
export function changeInStore([store, action, value]: readonly [string, 'put' | 'delete', unknown]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('alongside');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      if (action === 'put') tx.objectStore(store).put(value);
      else tx.objectStore(store).delete(value as string);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
