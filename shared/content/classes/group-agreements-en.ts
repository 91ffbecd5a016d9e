/**
 * The group agreements a new class starts with, in English; the facilitator can change them.
 * Another language goes in a file beside this one, in the same order.
 */
export const DEFAULT_AGREEMENTS_EN: readonly string[] = [
  'What is said here stays here.',
  'We listen without trying to fix.',
  'We speak from our own experience.',
  'It is fine to pass.',
];
