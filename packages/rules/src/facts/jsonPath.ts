import { HotleadsError, type IssuePath } from '@hotleads/core';

const PATH_RE = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/;
const SEGMENT_RE = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
const FORBIDDEN = /* @__PURE__ */ (() => new Set(['__proto__', 'prototype', 'constructor']))();

/** Reads a value through a compiled JSONPath. */
export type PathReader = (value: unknown) => unknown;

/**
 * Splits the JSONPath subset hotleads accepts (`$`, `.name`, `[index]`; names are
 * identifiers) into property keys.
 *
 * @throws HotleadsError `INVALID_PATH` for any other syntax or a `__proto__` / `prototype` /
 *   `constructor` segment.
 */
export function parseJsonPath(path: string, at: IssuePath = []): string[] {
  if (typeof path !== 'string' || !PATH_RE.test(path)) {
    throw new HotleadsError('INVALID_PATH', `Path "${String(path)}" must look like $.field.sub or $.list[0]`, {
      path: at,
    });
  }
  const keys: string[] = [];
  for (const m of path.slice(1).matchAll(SEGMENT_RE)) {
    const key = m[1] ?? m[2]!;
    if (FORBIDDEN.has(key))
      throw new HotleadsError('INVALID_PATH', `Path "${path}" goes through "${key}", which is not allowed`, {
        path: at,
      });
    keys.push(key);
  }
  return keys;
}

/**
 * Compiles a JSONPath into a reader with jsonpath-plus's semantics for this subset (what
 * json-rules-engine uses): each step follows an own property of a truthy value (so a string's
 * characters and `length` are reachable, but nothing through `''`, `0` or `null`); a miss gives
 * `undefined`.
 */
export function compileJsonPath(path: string, at: IssuePath = []): PathReader {
  const keys = parseJsonPath(path, at);
  if (keys.length === 1) {
    const k = keys[0]!;
    return (value) => (value && Object.hasOwn(value as object, k) ? (value as Record<string, unknown>)[k] : undefined);
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
