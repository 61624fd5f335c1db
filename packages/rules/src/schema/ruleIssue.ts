import { HotleadsError, type HotleadsErrorCode, type IssuePath } from '@hotleads/core';

/** One problem of a rule (or part of one): where, a stable code, and a constant sentence. */
export type RuleIssue = { path: IssuePath; code: HotleadsErrorCode; message: string };

/** The `HotleadsError` a {@link RuleIssue} is thrown as (its message is the error's `detail`). */
export function issueError(issue: RuleIssue): HotleadsError {
  return new HotleadsError(issue.code, issue.message, { path: issue.path });
}
