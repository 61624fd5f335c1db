import { safeString } from '@hotleads/core';

/**
 * The message of something thrown, for a report (`errors[].message`). Never throws: built on
 * core's `safeString`, so a thrown value whose message or `toString` cannot be read is
 * described, not printed.
 */
export function errorMessage(thrown: unknown): string {
  let message: unknown = thrown;
  try {
    if (thrown instanceof Error) message = thrown.message;
  } catch {
    // a Proxy whose prototype cannot be read: described as a value
  }
  return safeString(message, 1_000);
}
