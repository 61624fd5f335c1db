import { requireOptions, unreadable } from '@hotleads/core';

const hasOwn = Object.prototype.hasOwnProperty;

/** The fields of an evaluation context that evaluateRules reads for each lead, unchecked. */
export type ContextFields = {
  now: unknown;
  trigger: unknown;
  state: unknown;
  activeInterestEvents: unknown;
  explain: unknown;
};

/** The fields that choose the prepared rule set, unchecked. */
export type PrepareFields = { catalog: unknown; model: unknown; conditions: unknown };

const NO_PREPARE_FIELDS: PrepareFields = Object.freeze({ catalog: undefined, model: undefined, conditions: undefined });

/**
 * `catalog`, `model` and `conditions` of an evaluation context, as `readOptions` reads them (own properties
 * only; `undefined` reads as no options; a getter that throws is refused at its key), with named
 * property reads: this runs once per evaluated lead, and a keyed read or store of a varying key
 * is several times slower in V8.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a context that is not an object, or a field whose getter throws.
 */
export function readPrepareFields(context: unknown): PrepareFields {
  if (context === undefined) return NO_PREPARE_FIELDS;
  requireOptions(context);
  const c = context as Partial<Record<keyof PrepareFields, unknown>>;
  let key = 'catalog';
  try {
    const catalog = hasOwn.call(c, 'catalog') ? c.catalog : undefined;
    key = 'model';
    const model = hasOwn.call(c, 'model') ? c.model : undefined;
    key = 'conditions';
    const conditions = hasOwn.call(c, 'conditions') ? c.conditions : undefined;
    return { catalog, model, conditions };
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', [key]);
  }
}

/**
 * `now`, `trigger`, `state`, `activeInterestEvents` and `explain` of an evaluation context, read
 * in that order like {@link readPrepareFields} reads its three.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a context that is not an object, or a field whose getter throws.
 */
export function readContextFields(context: unknown): ContextFields {
  if (context !== undefined) requireOptions(context);
  const c = (context ?? {}) as Partial<Record<keyof ContextFields, unknown>>;
  let key = 'now';
  try {
    const now = hasOwn.call(c, 'now') ? c.now : undefined;
    key = 'trigger';
    const trigger = hasOwn.call(c, 'trigger') ? c.trigger : undefined;
    key = 'state';
    const state = hasOwn.call(c, 'state') ? c.state : undefined;
    key = 'activeInterestEvents';
    const activeInterestEvents = hasOwn.call(c, 'activeInterestEvents') ? c.activeInterestEvents : undefined;
    key = 'explain';
    const explain = hasOwn.call(c, 'explain') ? c.explain : undefined;
    return { now, trigger, state, activeInterestEvents, explain };
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', [key]);
  }
}
