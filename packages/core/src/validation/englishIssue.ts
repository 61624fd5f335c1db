import type * as z from 'zod/mini';
import { unreadable } from '../errors/unreadable';

type RawIssue = z.core.$ZodRawIssue;

const UNITS: Readonly<Record<string, string>> = { string: 'characters', array: 'items', set: 'items', map: 'entries' };

/** zod's name for the type of a value: `null`, `array`, `nan`, a class name, else `typeof`. */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    const ctor: unknown = proto !== Object.prototype && 'constructor' in value ? value.constructor : undefined;
    if (typeof ctor === 'function' && ctor.name) return ctor.name;
  }
  return typeof value;
}

const literal = (v: unknown): string =>
  typeof v === 'bigint' ? `${v}n` : typeof v === 'string' ? `"${v}"` : String(v as string);

/**
 * The English sentence of a zod issue, as {@link englishIssue} words it, unguarded: it reads the
 * issue's `input` (its prototype, for "received …"), so it throws whatever a getter or a Proxy
 * trap of the caller throws. Call it inside a `try`.
 * @internal
 */
export function issueWording(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${literal(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(literal).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const bound = big ? issue.maximum : issue.minimum;
      const adj = issue.exact ? 'exactly ' : issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const origin = issue.origin ?? 'value';
      const unit = UNITS[origin];
      return `Too ${big ? 'big' : 'small'}: expected ${origin} to ${unit ? 'have' : 'be'} ${adj}${String(bound)}${unit ? ` ${unit}` : ''}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `Invalid string: must match pattern ${String(issue.pattern)}`
        : `Invalid ${issue.format}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(literal).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0)
        return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return 'inclusive' in issue && issue.inclusive === false
        ? 'Invalid input: more than one option matched'
        : 'Invalid input';
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    default:
      return 'Invalid input';
  }
}

/**
 * The English sentence of a zod issue, as zod's own English locale words it ("Invalid input:
 * expected string, received number", "Too small: expected array to have >=1 items", …). The
 * packages validate with `zod/mini`, which loads no locale; every parse passes this function as
 * its error map (`schema.safeParse(input, { error: englishIssue })`), so messages stay the same
 * without bundling zod's locales. A schema's own message wins over it. Anything but an issue
 * reads as `'Invalid input'`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` (unreadable) when reading the issue's input throws.
 * @example englishIssue({ code: 'invalid_type', expected: 'string', input: 3, path: [] }) // 'Invalid input: expected string, received number'
 */
export function englishIssue(issue: RawIssue): string {
  if (issue === null || typeof issue !== 'object') return 'Invalid input';
  try {
    return issueWording(issue);
  } catch (error) {
    throw unreadable(error);
  }
}
