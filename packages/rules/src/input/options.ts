import { HotleadsError, requireOptions, unreadable, type IssuePath } from '@hotleads/core';

/** The constant sentences of the argument checks (docs/rules.md, "Guarantees"). */
export const ARGUMENT_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    list: 'Expected an array',
    strings: 'Expected an array of strings',
    boolean: 'Expected true or false',
    object: 'Expected an object',
    locale: 'Expected a BCP 47 locale such as en-US',
  } as const))();

/** An own property's value (never an inherited one such as `toString` or `__proto__`), or undefined. Reading may throw (a getter). */
export function ownValue(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Reads the named fields of an options argument once, into a plain object: `undefined` reads as
 * no options (so a required field then fails its own check, e.g. `now` with `INVALID_TIME`); of
 * an object, own properties only (an `Object.prototype` polluted with `catalog` changes nothing);
 * anything else is refused.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a non-object, or a field whose getter throws (at
 *   that field's path).
 */
export function readOptions<K extends string>(
  value: unknown,
  keys: readonly K[],
  path: IssuePath = [],
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (value === undefined) return out;
  requireOptions(value, path);
  // No closure and no path per key on this hot path (evaluateRules reads options per lead): the
  // path is built only when a getter throws.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let field: unknown;
    try {
      field = ownValue(value, key);
    } catch (error) {
      throw unreadable(error, 'INVALID_ARGUMENT', [...path, key]);
    }
    if (field !== undefined) out[key] = field;
  }
  return out;
}

/**
 * A list of strings, copied (`undefined` stays `undefined`).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for anything else.
 */
export function optionalStrings(value: unknown, path: IssuePath): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.strings, { path });
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.strings, { path: [...path, i] });
    out[i] = item;
  }
  return out;
}

/**
 * `true`, `false` or `undefined`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for anything else.
 */
export function optionalBoolean(value: unknown, path: IssuePath): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.boolean, { path });
}

/**
 * A number that passes `test`, or `undefined`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` with `detail` at `path` for anything else (NaN included).
 */
export function optionalNumber(
  value: unknown,
  test: (n: number) => boolean,
  detail: string,
  path: IssuePath,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && value === value && test(value)) return value;
  throw new HotleadsError('INVALID_ARGUMENT', detail, { path });
}

/**
 * An array (the value itself, not a copy).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` for anything else.
 */
export function checkList(
  value: unknown,
  path: IssuePath,
  detail: string = ARGUMENT_MESSAGES.list,
): readonly unknown[] {
  if (!Array.isArray(value)) throw new HotleadsError('INVALID_ARGUMENT', detail, { path });
  return value;
}
