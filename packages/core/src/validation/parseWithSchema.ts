import type * as z from 'zod/mini';
import { HotleadsError, type HotleadsErrorCode } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { unreadable } from '../errors/unreadable';
import { issueWording } from './englishIssue';

/**
 * Parses `input` with a zod schema (zod 4, classic or `zod/mini`) and turns the first issue into
 * a {@link HotleadsError} with `code`, a readable message and the issue's path. Every package
 * parses its public input through this one function. Issues without a message of their own are
 * worded as zod's English locale words them (`englishIssue`).
 *
 * @param what names the input in the message (`Invalid scoring model: …`); omit it when the
 *   schema's own messages are the constant sentences to show (as `leadSchema`'s are).
 */
export function parseWithSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  code: HotleadsErrorCode,
  what?: string,
): z.output<S> {
  let result: z.core.util.SafeParseResult<z.output<S>>;
  let issue: z.core.$ZodIssue | undefined;
  let text: string;
  try {
    if (!isSchema(schema)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected a zod schema', { path: ['schema'] });
    result = (schema as unknown as z.ZodMiniType<z.output<S>>).safeParse(input, { error: issueWording });
    if (result.success) return result.data;
    // zod words an issue lazily, reading the input again (its prototype, for "received …").
    issue = result.error.issues[0];
    text = issue?.message ?? 'invalid input';
  } catch (error) {
    // zod reads the input: a getter, a Proxy trap or a toString of the caller threw.
    throw unreadable(error, code);
  }
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const named = what === undefined ? text : `Invalid ${safeString(what, 60)}: ${text}`;
  throw new HotleadsError(code, named, { path, cause: result.error });
}

function isSchema(schema: unknown): schema is z.core.$ZodType {
  return schema !== null && typeof schema === 'object' && typeof (schema as z.ZodMiniType).safeParse === 'function';
}
