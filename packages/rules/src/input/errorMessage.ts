/**
 * The message of something thrown, for a report (`errors[].message`). Never throws: a thrown
 * value whose message or `toString` cannot be read is described, not printed.
 */
export function errorMessage(thrown: unknown): string {
  try {
    return thrown instanceof Error ? String(thrown.message) : String(thrown);
  } catch {
    return 'An error that cannot be printed';
  }
}
