import type { OperatorDefinition } from './types';

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * The operators hotleads adds to json-rules-engine. These exact objects are registered in the
 * compiled evaluator and in the reference engine (`createReferenceEngine`).
 *
 * - `containsText` / `doesNotContainText`: case-insensitive substring; a non-string fact or
 *   value fails both.
 * - `withinRange`: a number fact between `[lo, hi]`, both inclusive; anything else fails.
 */
export const customOperators: readonly OperatorDefinition[] = /* @__PURE__ */ (() =>
  Object.freeze([
    {
      name: 'containsText',
      callback: (a, b) => typeof b === 'string' && (a as string).toLowerCase().includes(b.toLowerCase()),
      factValueValidator: isString,
    },
    {
      name: 'doesNotContainText',
      callback: (a, b) => typeof b === 'string' && !(a as string).toLowerCase().includes(b.toLowerCase()),
      factValueValidator: isString,
    },
    {
      name: 'withinRange',
      callback: (a, b) => {
        if (!Array.isArray(b) || b.length !== 2) return false;
        const lo: unknown = b[0];
        const hi: unknown = b[1];
        return typeof lo === 'number' && typeof hi === 'number' && (a as number) >= lo && (a as number) <= hi;
      },
      factValueValidator: (a) => typeof a === 'number' && a === a,
    },
  ]))();
