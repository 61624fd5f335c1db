import { HotleadsError } from '@hotleads/core';
import type { OperatorDefinition } from './types';

type Indexable = { indexOf(value: unknown): number };

/**
 * json-rules-engine 7.3's number check for comparisons: `parseFloat` must not give NaN, so
 * `"12abc"` and `[5]` pass while `true`, `null` and `"abc"` do not. Where `parseFloat` cannot
 * read the value at all (a symbol, an object without a prototype, a throwing `toString`),
 * json-rules-engine's check throws and the rule's run fails; this one throws too, a
 * `HotleadsError`, so a comparison on such a fact is an evaluation error in both evaluators.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a value `parseFloat` cannot read.
 */
export function numberValidator(factValue: unknown): boolean {
  if (typeof factValue === 'number') return factValue === factValue;
  if (factValue === undefined || factValue === null || typeof factValue === 'boolean') return false; // parseFloat gives NaN
  if (typeof factValue === 'string') return Number.parseFloat(factValue).toString() !== 'NaN';
  let parsed: number;
  try {
    parsed = Number.parseFloat(factValue as string);
  } catch (cause) {
    throw new HotleadsError('INVALID_ARGUMENT', 'A number check cannot read this value', { cause });
  }
  return parsed.toString() !== 'NaN';
}

/**
 * json-rules-engine's built-in operators, re-implemented with identical semantics (strict
 * `equal`; `in` uses the value's `indexOf`, so a string value does a substring search and a
 * non-list value throws; `contains` needs an array fact; comparisons need a number-like fact).
 * The reference engine uses json-rules-engine's own; the differential test proves they agree.
 */
export const builtinOperators: readonly OperatorDefinition[] = /* @__PURE__ */ (() =>
  Object.freeze([
    { name: 'equal', callback: (a, b) => a === b },
    { name: 'notEqual', callback: (a, b) => a !== b },
    { name: 'in', callback: (a, b) => (b as Indexable).indexOf(a) > -1 },
    { name: 'notIn', callback: (a, b) => (b as Indexable).indexOf(a) === -1 },
    { name: 'contains', callback: (a, b) => (a as Indexable).indexOf(b) > -1, factValueValidator: Array.isArray },
    {
      name: 'doesNotContain',
      callback: (a, b) => (a as Indexable).indexOf(b) === -1,
      factValueValidator: Array.isArray,
    },
    { name: 'lessThan', callback: (a, b) => (a as number) < (b as number), factValueValidator: numberValidator },
    {
      name: 'lessThanInclusive',
      callback: (a, b) => (a as number) <= (b as number),
      factValueValidator: numberValidator,
    },
    { name: 'greaterThan', callback: (a, b) => (a as number) > (b as number), factValueValidator: numberValidator },
    {
      name: 'greaterThanInclusive',
      callback: (a, b) => (a as number) >= (b as number),
      factValueValidator: numberValidator,
    },
  ]))();
