import { englishIssue, HotleadsError, isHotleadsError, UNREADABLE, unreadable, type IssuePath } from '@hotleads/core';
import type * as z from 'zod/mini';
import { deepestIssue } from './zodIssue';

/** The sentence for a rule (or a group) without conditions. */
export const NO_CONDITIONS_MESSAGE = 'a rule needs conditions: a group { all: [...] }, { any: [...] } or { not: ... }';

/** The sentence for a condition that is neither a group nor a comparison. */
export const NO_CONDITION_KIND_MESSAGE =
  "missing 'all', 'any', 'not' or 'fact': a condition is a group or a comparison";

/**
 * When the value at `path` is absent (or undefined), the sentence naming the missing key:
 * "missing 'operator'", "missing 'value' (any type is allowed)", {@link NO_CONDITIONS_MESSAGE}
 * for absent conditions, {@link NO_CONDITION_KIND_MESSAGE} for a node that is no condition; else undefined (the zod message stays).
 */
export function missingKeyMessage(input: unknown, path: ReadonlyArray<string | number>): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  let v: unknown = input;
  try {
    for (const p of path.slice(0, -1)) {
      if (v === null || typeof v !== 'object') return undefined;
      v = Object.hasOwn(v, p) ? (v as Record<string | number, unknown>)[p] : undefined;
    }
    if (v === null || typeof v !== 'object') return undefined;
    if (Object.hasOwn(v, key) && (v as Record<string, unknown>)[key] !== undefined) return undefined;
  } catch {
    return undefined;
  }
  if (key === 'conditions') return NO_CONDITIONS_MESSAGE;
  if (key === 'all' || key === 'any' || key === 'not') return NO_CONDITION_KIND_MESSAGE;
  if (key === 'value') return "missing 'value' (any type is allowed)";
  return `missing '${key}'`;
}

/**
 * Parses rule input (a rule, a segment) with a zod schema: the most useful issue (see
 * {@link deepestIssue}) becomes a `HotleadsError` `INVALID_RULE` at `path` plus the issue's path,
 * "Invalid rule: …". Input whose reading throws (a getter, a Proxy) is refused as core's `unreadable`.
 * Run `assertConditionTree` on any condition tree in `input` first: zod recurses.
 *
 * @param what names the input in the message: `rule`, `segment`.
 */
export function parseRuleInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  what: string,
  path: IssuePath = [],
): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    // zod/mini has no locale: englishIssue words the issues as zod's English locale does.
    result = schema.safeParse(input, { error: englishIssue }) as ReturnType<S['safeParse']>;
  } catch (error) {
    // A getter or a Proxy of the input threw (inside zod, or while englishIssue read the input).
    const cause = isHotleadsError(error) && error.detail === UNREADABLE ? error.cause : error;
    throw unreadable(cause, 'INVALID_RULE', path);
  }
  if (result.success) return result.data as z.output<S>;
  const found = deepestIssue(result.error.issues);
  const at = (found?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const missing = found?.issue.code === 'invalid_type' ? missingKeyMessage(input, at) : undefined;
  throw new HotleadsError('INVALID_RULE', `Invalid ${what}: ${missing ?? found?.issue.message ?? 'invalid input'}`, {
    path: [...path, ...at],
    cause: result.error,
  });
}
