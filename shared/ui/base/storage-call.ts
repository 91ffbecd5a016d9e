/**
 * Runs a storage call for a component. Resolves to '' when it worked, or to the kind
 * message to show when it did not; what was stored before is left as it was (the data
 * layer turns every browser failure into a `StorageError` with such a message).
 */
export async function storageProblem(work: () => Promise<void>): Promise<string> {
  try {
    await work();
    return '';
  } catch (error) {
    return problemText(error);
  }
}

/** The words to show for a failure: a `StorageError`'s (or any error's) kind message. */
export function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
