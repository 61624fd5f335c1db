import { HotleadsError, type IssuePath } from '@hotleads/core';

const FORBIDDEN = /* @__PURE__ */ (() => new Set(['__proto__', 'prototype', 'constructor']))();
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const INDEX = /^\[(\d+)\]/;
// A quoted name: characters jsonpath-plus gives no meaning inside quotes (no quote, bracket,
// backslash, comma, colon, parenthesis, ?, @, ^, ~, `, $, % or *), so it is read as a plain key.
const QUOTED = /^\[(['"])([A-Za-z0-9_ .\-/#+&]+)\1\]/;

/**
 * The most levels a `..` or `[*]` path walks into a value before the read is refused
 * (`INVALID_LEAD`): lead data is shallow, and a cycle would otherwise never end.
 */
export const MAX_PATH_WALK_DEPTH = 64;

/** One step of a parsed path: an own key, every child (`*`), or every descendant level (`..`). */
export type PathStep = { kind: 'key'; key: string } | { kind: 'wild' } | { kind: 'descend' };

/** Reads a value through a compiled JSONPath. */
export type PathReader = (value: unknown) => unknown;

const refuse = (path: string, at: IssuePath, why: string): never => {
  throw new HotleadsError('INVALID_PATH', `Path "${path}" ${why}`, { path: at });
};

/**
 * Parses the JSONPath subset hotleads accepts: `$`, then `.name` (an identifier), `[index]`,
 * `['name']` / `["name"]` (a bracket-quoted name, which may hold dots), `[*]` / `.*` (every
 * child), and `..` (every level below, as in `$..name`); jsonpath-plus reads `.` straight before
 * a bracket (`$.[0]`, `$.['a']`) as `..`, and so does this. Filter and script expressions (`?()`,
 * `()`), unions, slices and every other form are refused, as a security decision
 * (docs/rules.md, "JSONPath").
 *
 * @throws HotleadsError `INVALID_PATH` for any other syntax or a `__proto__` / `prototype` /
 *   `constructor` segment.
 */
export function parseJsonPath(path: string, at: IssuePath = []): PathStep[] {
  if (typeof path !== 'string' || path[0] !== '$')
    refuse(String(path), at, "must start with $ and look like $.field.sub, $.list[0] or $['a.b']");
  if (path.includes('('))
    refuse(
      path,
      at,
      'has a filter or script expression, which is refused: it would run code (the jsonpath-plus eval CVEs)',
    );
  const steps: PathStep[] = [];
  let rest = path.slice(1);
  const key = (k: string) => {
    if (FORBIDDEN.has(k)) refuse(path, at, `goes through "${k}", which is not allowed`);
    steps.push({ kind: 'key', key: k });
  };
  const bracket = (): boolean => {
    let m: RegExpExecArray | null;
    if ((m = INDEX.exec(rest)) !== null) key(m[1]!);
    else if ((m = QUOTED.exec(rest)) !== null) key(m[2]!);
    else if (rest.startsWith('[*]')) {
      steps.push({ kind: 'wild' });
      m = ['[*]'] as unknown as RegExpExecArray;
    } else return false;
    rest = rest.slice(m[0].length);
    return true;
  };
  while (rest.length > 0) {
    if (rest[0] === '[') {
      if (!bracket()) refuse(path, at, "has a bracket that is not [index], ['name'] or [*]");
      continue;
    }
    if (rest[0] !== '.') refuse(path, at, "must look like $.field.sub, $.list[0] or $['a.b']");
    const descend = rest.startsWith('..') || rest[1] === '[';
    rest = rest.slice(rest.startsWith('..') ? 2 : 1);
    if (descend) steps.push({ kind: 'descend' });
    if (rest[0] === '[') {
      if (!bracket()) refuse(path, at, "has a bracket that is not [index], ['name'] or [*]");
    } else if (rest[0] === '*') {
      steps.push({ kind: 'wild' });
      rest = rest.slice(1);
    } else {
      const m = IDENT.exec(rest);
      if (m === null) refuse(path, at, "must look like $.field.sub, $.list[0] or $['a.b']");
      key(m![0]);
      rest = rest.slice(m![0].length);
    }
  }
  return steps;
}

type Found = { value: unknown; many: boolean };

function each(value: unknown, visit: (child: unknown) => void): void {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) visit(value[i]);
  else if (value && typeof value === 'object')
    for (const k of Object.keys(value)) visit((value as Record<string, unknown>)[k]);
}

/** jsonpath-plus's `_trace` for these steps: the values found, and whether a `*` or `..` level found them. */
function trace(
  path: string,
  steps: readonly PathStep[],
  i: number,
  value: unknown,
  many: boolean,
  depth: number,
  out: Found[],
): void {
  if (i === steps.length) {
    out.push({ value, many });
    return;
  }
  if (depth > MAX_PATH_WALK_DEPTH)
    throw new HotleadsError(
      'INVALID_LEAD',
      `Path "${path}" walks more than ${MAX_PATH_WALK_DEPTH} levels into the value`,
    );
  const step = steps[i]!;
  if (step.kind === 'key') {
    if (value && Object.hasOwn(value as object, step.key))
      trace(path, steps, i + 1, (value as Record<string, unknown>)[step.key], many, depth, out);
  } else if (step.kind === 'wild') {
    each(value, (child) => trace(path, steps, i + 1, child, true, depth + 1, out));
  } else {
    // `..`: the rest of the path here, then `..` again on every object child (in key order)
    trace(path, steps, i + 1, value, many, depth, out);
    each(value, (child) => {
      if (typeof child === 'object') trace(path, steps, i, child, true, depth + 1, out);
    });
  }
}

/**
 * Compiles a JSONPath into a reader with jsonpath-plus's semantics (what json-rules-engine uses,
 * `JSONPath({ path, json, wrap: false })`): each step follows an own property of a truthy value
 * (so a string's characters and `length` are reachable, but nothing through `''`, `0` or `null`);
 * nothing found gives `undefined`; one value found by keys alone gives that value; otherwise (a
 * `[*]` or `..` found it, or several were found) the array of values found, in document order.
 *
 * @throws HotleadsError `INVALID_PATH` as {@link parseJsonPath}; the reader throws `INVALID_LEAD`
 *   when a `[*]` or `..` walks more than {@link MAX_PATH_WALK_DEPTH} levels.
 */
export function compileJsonPath(path: string, at: IssuePath = []): PathReader {
  const steps = parseJsonPath(path, at);
  if (steps.every((s) => s.kind === 'key')) {
    const keys = steps.map((s) => (s as { key: string }).key);
    if (keys.length === 1) {
      const k = keys[0]!;
      return (value) =>
        value && Object.hasOwn(value as object, k) ? (value as Record<string, unknown>)[k] : undefined;
    }
    return (value) => {
      let v: unknown = value;
      for (const k of keys) {
        if (!v || !Object.hasOwn(v as object, k)) return undefined;
        v = (v as Record<string, unknown>)[k];
      }
      return v;
    };
  }
  return (value) => {
    const out: Found[] = [];
    trace(path, steps, 0, value, false, 0, out);
    if (out.length === 0) return undefined;
    if (out.length === 1 && !out[0]!.many) return out[0]!.value;
    return out.map((f) => f.value);
  };
}

/**
 * Applies a path the way json-rules-engine's almanac does: only to a non-null object fact; any
 * other fact value is returned unchanged.
 */
export function withPath(read: (scope: never) => unknown, pathReader: PathReader): (scope: never) => unknown {
  return (scope) => {
    const v = read(scope);
    return v !== null && typeof v === 'object' ? pathReader(v) : v;
  };
}
