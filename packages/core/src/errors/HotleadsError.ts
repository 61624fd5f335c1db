/** A path into the input that caused an error: object keys and array indexes. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * Stable error codes shared by every hotleads package. Hosts may switch on them;
 * they never change meaning. Packages may add codes of their own (any string).
 */
export type HotleadsErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_TIME'
  | 'INVALID_PATH'
  | 'INVALID_LEAD'
  | 'INVALID_MODEL'
  | 'INVALID_POLICY'
  | 'INVALID_RULE'
  | 'INVALID_SETTINGS'
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
 * The one error class thrown by every hotleads package for bad input or a refused operation.
 *
 * @example
 * try { scoreLead(lead, model, { now }) } catch (e) {
 *   if (e instanceof HotleadsError && e.code === 'INVALID_MODEL') console.log(e.path.join('.'));
 * }
 */
export class HotleadsError extends Error {
  /** A stable, machine-readable code. */
  readonly code: HotleadsErrorCode;
  /** Where in the input the problem is; empty when it concerns the whole input. */
  readonly path: ReadonlyArray<string | number>;

  constructor(code: HotleadsErrorCode, message: string, options: HotleadsErrorOptions = {}) {
    const path = options.path ?? [];
    super(
      path.length > 0 ? `${message} (at ${formatPath(path)})` : message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'HotleadsError';
    this.code = code;
    this.path = Object.freeze([...path]);
  }
}

/** Formats an issue path the way messages show it: `criteria[3].weight`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/** True when `value` is a {@link HotleadsError}, optionally with the given code. */
export function isHotleadsError(value: unknown, code?: HotleadsErrorCode): value is HotleadsError {
  return value instanceof HotleadsError && (code === undefined || value.code === code);
}
