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
    return error instanceof Error ? error.message : String(error);
  }
}
