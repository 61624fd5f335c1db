import { HotleadsError, unreadable, type IssuePath } from '@hotleads/core';
import type { z } from 'zod';
import { deepestIssue } from './zodIssue';

/**
 * Parses rule input (a rule, a segment) with a zod schema: the most useful issue (see
 * {@link deepestIssue}) becomes a `HotleadsError` `INVALID_RULE` at `path` plus the issue's path,
 * "Invalid rule: …". Input whose reading throws (a getter, a Proxy) is refused as core's `unreadable`.
 * Run `assertConditionTree` on any condition tree in `input` first: zod recurses.
 *
 * @param what names the input in the message: `rule`, `segment`.
 */
export function parseRuleInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  path: IssuePath = [],
): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    throw unreadable(error, 'INVALID_RULE', path); // a getter or a Proxy of the input threw
  }
  if (result.success) return result.data as z.output<S>;
  const found = deepestIssue(result.error.issues);
  const at = (found?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  throw new HotleadsError('INVALID_RULE', `Invalid ${what}: ${found?.issue.message ?? 'invalid input'}`, {
    path: [...path, ...at],
    cause: result.error,
  });
}
