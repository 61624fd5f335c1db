import { HotleadsError, unreadable, type IssuePath } from '@hotleads/core';
import { checkList } from '../input/options';
import { readSafely } from '../input/readSafely';
import { isEpochMs } from '../input/time';
import type { RuleRun, RuleState, RunRecord } from '../types';

/** The constant sentences of the rule state check. */
export const STATE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    state: 'Expected a rule state: { rules, leads, ticks? }',
    table: 'Expected an object keyed by id',
    record: 'A run record needs runs (a whole number ≥ 0) and firstRunAt and lastRunAt (epoch ms)',
    tick: 'A tick is a time in epoch ms',
  } as const))();

const hasOwn = Object.prototype.hasOwnProperty;
type Table = Record<string, unknown>;

/** A rule state whose three tables have been checked; their entries are checked when read. */
export type StateView = { rules: Table | undefined; leads: Table | undefined; ticks: Table | undefined };

const isTable = (v: unknown): v is Table => v !== null && typeof v === 'object' && !Array.isArray(v);

function fail(detail: string, path: IssuePath): never {
  throw new HotleadsError('INVALID_STATE', detail, { path });
}

/** Reads one own entry of a table (never an inherited one such as `__proto__`); `path` is built only on failure. */
function own(table: Table | undefined, key: string, path: () => IssuePath): unknown {
  if (table === undefined) return undefined;
  try {
    return hasOwn.call(table, key) ? table[key] : undefined;
  } catch (error) {
    throw unreadable(error, 'INVALID_STATE', path());
  }
}

/** The checked table under `key` of a state (absent or an object). */
function stateTable(value: Table, key: 'rules' | 'leads' | 'ticks', path: IssuePath): Table | undefined {
  let t: unknown;
  try {
    t = hasOwn.call(value, key) ? value[key] : undefined;
  } catch (error) {
    throw unreadable(error, 'INVALID_STATE', [...path, key]);
  }
  if (t !== undefined && !isTable(t)) fail(STATE_MESSAGES.table, [...path, key]);
  return t;
}

/**
 * Checks a rule state's shape: `undefined` (no state), or an object whose `rules`, `leads` and
 * `ticks` are each absent or an object. Entries are checked when read ({@link runRecord},
 * {@link leadTable}, {@link tickOf}), so a large state costs nothing per evaluation.
 *
 * @throws HotleadsError `INVALID_STATE` at `path` or the table below it.
 */
export function readRuleState(value: unknown, path: IssuePath = ['state']): StateView | undefined {
  if (value === undefined) return undefined;
  if (!isTable(value)) fail(STATE_MESSAGES.state, path);
  return {
    rules: stateTable(value, 'rules', path),
    leads: stateTable(value, 'leads', path),
    ticks: stateTable(value, 'ticks', path),
  };
}

/**
 * The run record under `key` (a rule id), or undefined when there is none.
 *
 * @throws HotleadsError `INVALID_STATE` at `[...path, key]` for an entry that is not a run
 *   record (`null` included).
 */
export function runRecord(table: Table | undefined, key: string, path: IssuePath): RunRecord | undefined {
  if (table === undefined) return undefined;
  const entry = own(table, key, () => [...path, key]);
  if (entry === undefined) return undefined;
  const at = [...path, key];
  if (!isTable(entry)) fail(STATE_MESSAGES.record, at);
  return readSafely(
    () => {
      const { runs, firstRunAt, lastRunAt } = entry;
      if (
        typeof runs !== 'number' ||
        !Number.isInteger(runs) ||
        runs < 0 ||
        !isEpochMs(firstRunAt) ||
        !isEpochMs(lastRunAt)
      )
        fail(STATE_MESSAGES.record, at);
      return { runs, firstRunAt, lastRunAt };
    },
    'INVALID_STATE',
    at,
  );
}

/**
 * One lead's run records (`state.leads[leadId]`), or undefined.
 *
 * @throws HotleadsError `INVALID_STATE` at `[...path, 'leads', leadId]` for an entry that is not an object.
 */
export function leadTable(state: StateView | undefined, leadId: string, path: IssuePath): Table | undefined {
  const leads = state?.leads;
  if (leads === undefined) return undefined;
  const entry = own(leads, leadId, () => [...path, 'leads', leadId]);
  if (entry !== undefined && !isTable(entry)) fail(STATE_MESSAGES.table, [...path, 'leads', leadId]);
  return entry;
}

/**
 * The last schedule tick handled for a rule (`state.ticks[ruleId]`, epoch ms), or undefined.
 *
 * @throws HotleadsError `INVALID_STATE` for an entry that is not a finite number.
 */
export function tickOf(state: StateView | undefined, ruleId: string, path: IssuePath): number | undefined {
  const entry = own(state?.ticks, ruleId, () => [...path, 'ticks', ruleId]);
  if (entry !== undefined && !isEpochMs(entry)) fail(STATE_MESSAGES.tick, [...path, 'ticks', ruleId]);
  return entry;
}

/** An empty {@link RuleState}. */
export function emptyRuleState(): RuleState {
  return { rules: {}, leads: {} };
}

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function bump(record: RunRecord | undefined, at: number): RunRecord {
  if (record === undefined) return { runs: 1, firstRunAt: at, lastRunAt: at };
  return {
    runs: record.runs + 1,
    firstRunAt: Math.min(record.firstRunAt, at),
    lastRunAt: Math.max(record.lastRunAt, at),
  };
}

/** A plain copy of a table's own entries. */
function copyTable<T>(table: Table | undefined, path: IssuePath): Record<string, T> {
  if (table === undefined) return {};
  return readSafely(() => ({ ...table }) as Record<string, T>, 'INVALID_STATE', path);
}

function checkRun(run: unknown, path: IssuePath): RuleRun {
  return readSafely(
    () => {
      if (!isTable(run)) throw new HotleadsError('INVALID_ARGUMENT', 'A run is { ruleId, leadId, at }', { path });
      const { ruleId, leadId, at } = run;
      if (typeof ruleId !== 'string')
        throw new HotleadsError('INVALID_ARGUMENT', 'A run needs a rule id', { path: [...path, 'ruleId'] });
      if (typeof leadId !== 'string')
        throw new HotleadsError('INVALID_ARGUMENT', 'A run needs a lead id', { path: [...path, 'leadId'] });
      if (!isEpochMs(at)) throw new HotleadsError('INVALID_TIME', 'A run time is epoch ms', { path: [...path, 'at'] });
      return { ruleId, leadId, at };
    },
    'INVALID_ARGUMENT',
    path,
  );
}

/**
 * Returns a new state with `runs` recorded: per rule over all leads and per (lead, rule). The
 * input state is not changed; untouched parts are shared.
 *
 * @throws HotleadsError `INVALID_STATE` for a state that is not a rule state (or an entry it
 *   updates that is not a run record), `INVALID_ARGUMENT` / `INVALID_TIME` for a bad run (path
 *   `['runs', index, …]`).
 * @example state = applyRuns(state, evaluateRules(rules, lead, { now, state }).runs)
 */
export function applyRuns(state: RuleState | undefined, runs: readonly RuleRun[]): RuleState {
  const view = readRuleState(state);
  const raw = checkList(runs, ['runs']);
  const list = Array.from({ length: raw.length }, (_, i) => checkRun(raw[i], ['runs', i]));
  const rules = copyTable<RunRecord>(view?.rules, ['state', 'rules']);
  const leads = copyTable<Record<string, RunRecord>>(view?.leads, ['state', 'leads']);
  const copied = new Set<string>();
  for (const run of list) {
    setOwn(rules, run.ruleId, bump(runRecord(rules, run.ruleId, ['state', 'rules']), run.at));
    if (!copied.has(run.leadId)) {
      const before = leadTable(view, run.leadId, ['state']);
      setOwn(leads, run.leadId, copyTable<RunRecord>(before, ['state', 'leads', run.leadId]));
      copied.add(run.leadId);
    }
    const perLead = leads[run.leadId]!;
    const path = ['state', 'leads', run.leadId];
    setOwn(perLead, run.ruleId, bump(runRecord(perLead, run.ruleId, path), run.at));
  }
  return view?.ticks === undefined ? { rules, leads } : { rules, leads, ticks: view.ticks as Record<string, number> };
}

/**
 * Returns a new state recording that the schedule rules `ruleIds` were run for the tick at `at`
 * (epoch ms).
 *
 * @throws HotleadsError `INVALID_STATE` for a bad state, `INVALID_ARGUMENT` for `ruleIds` that
 *   are not strings, `INVALID_TIME` for an `at` that is not a finite number.
 */
export function markTicked(state: RuleState | undefined, ruleIds: readonly string[], at: number): RuleState {
  const view = readRuleState(state);
  const ids = checkList(ruleIds, ['ruleIds']);
  if (!isEpochMs(at)) throw new HotleadsError('INVALID_TIME', 'A tick time is epoch ms', { path: ['at'] });
  const ticks = copyTable<number>(view?.ticks, ['state', 'ticks']);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'A rule id is a string', { path: ['ruleIds', i] });
    setOwn(ticks, id, at);
  }
  return { rules: (view?.rules ?? {}) as RuleState['rules'], leads: (view?.leads ?? {}) as RuleState['leads'], ticks };
}
