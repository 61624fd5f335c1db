import { safeString } from './safeString';

/** A path into the input that caused an error: object keys and array indexes. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * Stable error codes shared by every hotleads package. Hosts may switch on them;
 * they never change meaning. Packages may add codes of their own (any string), such as
 * `@hotleads/rules`' `MODEL_REQUIRED`. docs/errors.md lists them all.
 */
export type HotleadsErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_TIME'
  | 'INVALID_PATH'
  | 'INVALID_LEAD'
  | 'INVALID_MODEL'
  | 'INVALID_POLICY'
  | 'INVALID_RULE'
  | 'INVALID_RULE_FILE'
  | 'INVALID_SETTINGS'
  | 'INVALID_STATE'
  | 'INVALID_AMOUNT'
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | (string & {});

/** Options for {@link HotleadsError}. */
export type HotleadsErrorOptions = {
  /** Where in the input the problem is, e.g. `['criteria', 3, 'weight']`. */
  path?: IssuePath;
  /** The underlying error, if any. */
  cause?: unknown;
};

/**
 * The brand every hotleads error carries, registered globally (`Symbol.for`), so an error
 * thrown by the ESM build is recognized by the CommonJS build and back: they are two classes.
 */
const BRAND = Symbol.for('hotleads.error');

/**
 * The one error class thrown by every hotleads package for bad input or a refused operation.
 * `detail` is the problem alone, `path` where it is, and `message` both, for people:
 * `Weight must be ≥ 0 (at criteria[3].weight)`. Add context with {@link HotleadsError.withPathPrefix}
 * (or {@link HotleadsError.wrap} in a `catch`), never by editing the message.
 *
 * @example
 * try { scoreLead(lead, model, { now }) } catch (e) {
 *   if (isHotleadsError(e, 'INVALID_MODEL')) console.log(e.detail, formatPath(e.path));
 * }
 */
export class HotleadsError extends Error {
  /** A stable, machine-readable code. */
  readonly code: HotleadsErrorCode;
  /** Where in the input the problem is; empty when it concerns the whole input. */
  readonly path: ReadonlyArray<string | number>;
  /** The problem without its place: a constant sentence per problem, e.g. `Weight must be ≥ 0`. */
  readonly detail: string;

  constructor(code: HotleadsErrorCode, detail: string, options: HotleadsErrorOptions = {}) {
    // Never throws itself, whatever it is given: reporting one problem must not raise another.
    const { path, cause } = readOptions(options);
    const text = typeof detail === 'string' ? detail : safeString(detail);
    super(messageOf(text, path), cause === undefined ? undefined : { cause });
    this.name = 'HotleadsError';
    this.code = typeof code === 'string' ? code : safeString(code);
    this.detail = text;
    this.path = Object.freeze(path);
  }

  /**
   * The same error seen from further out: a new `HotleadsError` with the same code and detail,
   * `prefix` put before its path, and this error as its `cause`.
   *
   * @example new HotleadsError('INVALID_LEAD', 'A lead needs a non-empty string id', { path: ['id'] })
   *   .withPathPrefix(['leads', 4]).message // 'A lead needs a non-empty string id (at leads[4].id)'
   */
  withPathPrefix(prefix: IssuePath): HotleadsError {
    return prefixed(this, prefix);
  }

  /**
   * For a `catch` block: a hotleads error (from either build) comes back with `prefix` before
   * its path, as {@link HotleadsError.withPathPrefix} does; anything else comes back as it is.
   *
   * @example
   * try { compileRule(rule) } catch (e) { throw HotleadsError.wrap(e, [i]) }
   */
  static wrap(error: unknown, prefix: IssuePath): unknown {
    return isHotleadsError(error) ? prefixed(error, prefix) : error;
  }

  /** `instanceof HotleadsError` holds for a hotleads error from either build, by its brand. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== HotleadsError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return hasBrand(value);
  }
}
Object.defineProperty(HotleadsError.prototype, BRAND, { value: true });

function readOptions(options: unknown): { path: Array<string | number>; cause: unknown } {
  try {
    const { path, cause } = (options ?? {}) as HotleadsErrorOptions;
    return { path: Array.isArray(path) ? path.map(pathPart) : [], cause };
  } catch {
    return { path: [], cause: undefined };
  }
}

function pathPart(part: unknown): string | number {
  return typeof part === 'number' || typeof part === 'string' ? part : safeString(part);
}

function messageOf(detail: string, path: IssuePath): string {
  return path.length > 0 ? `${detail} (at ${formatPath(path)})` : detail;
}

// Reads only the fields every build has, so an error of the other build can be prefixed too.
function prefixed(error: HotleadsError, prefix: IssuePath): HotleadsError {
  const detail = typeof error.detail === 'string' ? error.detail : error.message;
  const before = Array.isArray(prefix) ? prefix : [];
  const after = Array.isArray(error.path) ? error.path : [];
  return new HotleadsError(error.code, detail, { path: [...before, ...after], cause: error });
}

function hasBrand(value: unknown): value is HotleadsError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false; // a revoked Proxy, a throwing getter: not ours
  }
}

/**
 * Formats an issue path the way messages show it: `criteria[3].weight`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `path` is not an array.
 */
export function formatPath(path: IssuePath): string {
  if (!Array.isArray(path))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an issue path: an array of keys and indexes');
  let out = '';
  for (const raw of path as unknown[]) {
    const part = pathPart(raw);
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * True when `value` is a {@link HotleadsError}, optionally with the given code. It checks the
 * `Symbol.for('hotleads.error')` brand, not the class, so it answers the same for an error from
 * the ESM or the CommonJS build of any hotleads package.
 */
export function isHotleadsError(value: unknown, code?: HotleadsErrorCode): value is HotleadsError {
  return hasBrand(value) && (code === undefined || value.code === code);
}
