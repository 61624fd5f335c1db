import { isHotleadsError, type IssuePath } from '@hotleads/core';

/** A library verdict on an input: its message, the problem alone (for the control it names) and where it points. */
export type InputIssue = { message: string; detail: string; path: IssuePath };

/**
 * Runs a library check and returns its `HotleadsError` as an issue (undefined when it passes), so
 * a screen can show the library's own message at the control its path names. Any other error is
 * rethrown.
 */
export function issueOf(check: () => unknown): InputIssue | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (isHotleadsError(error)) return { message: error.message, detail: error.detail, path: error.path };
    throw error;
  }
}

/** Whether an issue's path starts with `prefix`. */
export function pointsAt(issue: InputIssue | undefined, prefix: readonly (string | number)[]): boolean {
  if (!issue) return false;
  return prefix.every((p, i) => issue.path[i] === p);
}
