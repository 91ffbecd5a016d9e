/**
 * Which times to believe. Every "newest change wins" rule orders records by their stamps,
 * so a stamp from the future (a forged "year 9999", or a clock set wrong) would win every
 * merge and outlive every delete. A time more than a few minutes ahead of the clock it is
 * checked against has not happened yet, so it is not believed.
 */

/** How far ahead a time may be and still count: clocks drift a little, and a burst of saves steps stamps a few ms past now. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** True when `at` (ms) is later than `reference` plus the skew: a time that has not come yet. */
export function isFromTheFuture(at: number, reference: number): boolean {
  return at > reference + CLOCK_SKEW_MS;
}
