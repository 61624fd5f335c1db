import { builtinOperators } from './builtins';
import { customOperators } from './custom';
import { builtinDecorators } from './decorators';
import type { DecoratorDefinition, OperatorCallback, OperatorDefinition } from './types';

const OPERATORS = /* @__PURE__ */ (() =>
  new Map<string, OperatorDefinition>([...builtinOperators, ...customOperators].map((op) => [op.name, op])))();
const DECORATORS = /* @__PURE__ */ (() =>
  new Map<string, DecoratorDefinition>(builtinDecorators.map((d) => [d.name, d])))();

/** Names of every base operator (json-rules-engine built-ins and hotleads' own). */
export const operatorNames: readonly string[] = /* @__PURE__ */ (() => Object.freeze([...OPERATORS.keys()]))();

/** Names of json-rules-engine's operator decorators. */
export const decoratorNames: readonly string[] = /* @__PURE__ */ (() => Object.freeze([...DECORATORS.keys()]))();

/** An operator name split into its decorators (outermost first) and base operator. */
export type ParsedOperator = { decorators: string[]; base: string };

/** Splits `someFact:not:equal` the way json-rules-engine does; `undefined` when unknown (or not a string). */
export function parseOperatorName(name: string): ParsedOperator | undefined {
  if (typeof name !== 'string') return undefined;
  if (OPERATORS.has(name)) return { decorators: [], base: name };
  const parts = name.split(':');
  const base = parts.pop()!;
  if (!OPERATORS.has(base)) return undefined;
  for (const d of parts) if (!DECORATORS.has(d)) return undefined;
  return { decorators: parts, base };
}

function withValidator(validator: ((v: unknown) => boolean) | undefined, cb: OperatorCallback): OperatorCallback {
  return validator === undefined ? cb : (fv, jv) => validator(fv) && cb(fv, jv);
}

/**
 * Resolves an operator name (with any decorators) to one synchronous function with
 * json-rules-engine's `Operator.evaluate` semantics: fact validator first, then the callback.
 * `undefined` when the name is unknown (or not a string).
 */
export function resolveOperator(name: string): OperatorCallback | undefined {
  const parsed = parseOperatorName(name);
  if (parsed === undefined) return undefined;
  const base = OPERATORS.get(parsed.base)!;
  let fn = withValidator(base.factValueValidator, base.callback);
  for (let i = parsed.decorators.length - 1; i >= 0; i--) {
    const dec = DECORATORS.get(parsed.decorators[i]!)!;
    const next = fn;
    fn = withValidator(dec.factValueValidator, (fv, jv) => dec.callback(fv, jv, next));
  }
  return fn;
}
