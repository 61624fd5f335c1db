import { HotleadsError, type HotleadsErrorCode, type IssuePath } from '@hotleads/core';

/** Whether a problem is something not filled in yet (a draft) or something wrong. */
export type RuleIssueKind = 'incomplete' | 'wrong';

/**
 * One problem of a rule: where (`path`, as a `HotleadsError`'s), a stable `code` from
 * docs/errors.md, a constant sentence, and whether the rule is only `incomplete` there (no
 * condition or action yet, a field still empty) or `wrong` (docs/rules.md, "Validation").
 */
export type RuleIssue = { path: IssuePath; code: HotleadsErrorCode; message: string; kind: RuleIssueKind };

/** A problem before it is classified (what the tree check finds). */
export type FoundIssue = Omit<RuleIssue, 'kind'>;

/** The `HotleadsError` an issue is thrown as (its message is the error's `detail`). */
export function issueError(issue: FoundIssue, cause?: unknown): HotleadsError {
  return new HotleadsError(
    issue.code,
    issue.message,
    cause === undefined ? { path: issue.path } : { path: issue.path, cause },
  );
}
