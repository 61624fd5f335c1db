import { HOURS_SINCE_PREFIX } from './factCatalog';

/**
 * The derived facts that take a parameter in json-rules-engine's `params` form, with the one
 * parameter each takes: `{ fact: 'hoursSince', params: { type: 'quote_request' } }` is the catalog
 * id `hoursSince.quote_request` (docs/rules.md, "Fact params"). Frozen.
 */
export const FACT_PARAMS: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({ [HOURS_SINCE_PREFIX.slice(0, -1)]: 'type' }))();

/** The sentences of a refused `params`. */
export const FACT_PARAMS_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    noParams: 'This fact takes no params: only hoursSince does, as { type } (written hoursSince.<type>)',
    shape: 'hoursSince takes params { type }, the event type, a non-empty string',
  } as const))();

/**
 * The canonical fact id of a condition written with `params`: `hoursSince` with `{ type: t }`
 * gives `hoursSince.t`; `undefined` when the fact takes no params or `params` is not exactly its one
 * non-empty string parameter.
 */
export function canonicalFactId(fact: string, params: Readonly<Record<string, unknown>>): string | undefined {
  const name = Object.hasOwn(FACT_PARAMS, fact) ? FACT_PARAMS[fact] : undefined;
  if (name === undefined) return undefined;
  const keys = Object.keys(params);
  const value = params[name];
  if (keys.length !== 1 || keys[0] !== name || typeof value !== 'string' || value === '') return undefined;
  return `${fact}.${value}`;
}
