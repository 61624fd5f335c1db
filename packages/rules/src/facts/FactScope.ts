import {
  HotleadsError,
  HOUR_MS,
  requireOptions,
  tryEpochMs,
  unreadable,
  type Lead,
  type LeadScore,
} from '@hotleads/core';
import { ACTIVE_INTEREST_EVENTS } from '../catalog/leadSources';
import { optionalStrings } from '../input/options';
import { checkTriggerContext } from './triggerContext';
import type { TriggerContext } from '../types';
import type { ScoreFn } from './scorer';

const UNSET: unique symbol = Symbol('unset');
const hasOwn = Object.prototype.hasOwnProperty;

const activeSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The set of active-interest types, built (and the list checked) once per list. */
function activeSet(list: unknown): ReadonlySet<string> {
  let set = Array.isArray(list) ? activeSets.get(list) : undefined;
  if (set === undefined) {
    set = new Set(optionalStrings(list, ['activeInterestEvents']));
    activeSets.set(list as readonly string[], set);
  }
  return set;
}

/**
 * The options as `readOptions` reads them (own properties only, `undefined` as none, a throwing
 * getter refused at its key), with named property reads: a scope is made per evaluated lead by
 * evaluateRules, and keyed reads and stores of varying keys are slow in V8.
 */
function readScopeOptions(options: unknown): Partial<Record<keyof FactScopeOptions, unknown>> {
  if (options !== undefined) requireOptions(options);
  const o = (options ?? {}) as Partial<Record<keyof FactScopeOptions, unknown>>;
  let key = 'now';
  try {
    const now = hasOwn.call(o, 'now') ? o.now : undefined;
    key = 'trigger';
    const trigger = hasOwn.call(o, 'trigger') ? o.trigger : undefined;
    key = 'activeInterestEvents';
    const activeInterestEvents = hasOwn.call(o, 'activeInterestEvents') ? o.activeInterestEvents : undefined;
    key = 'scorer';
    const scorer = hasOwn.call(o, 'scorer') ? o.scorer : undefined;
    return { now, trigger, activeInterestEvents, scorer };
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', [key]);
  }
}

/** Whether a scope's options still need reading as a caller's argument (see the constructor). @internal */
export const READ = 0;
/** The options are fields a caller's context was already read into. @internal */
export const READ_ALREADY = 1;

/** Options fixed for every lead a scope sees. */
export type FactScopeOptions = {
  /** The moment of evaluation, epoch ms. */
  now: number;
  /** What happened; `null` or `undefined`: nothing (a manual run). */
  trigger?: TriggerContext | null | undefined;
  /** Default {@link ACTIVE_INTEREST_EVENTS}. */
  activeInterestEvents?: readonly string[] | undefined;
  scorer?: ScoreFn | undefined;
};

/**
 * The facts of one lead at one moment. Compiled conditions read lead fields from `lead` and ask
 * the scope for derived facts, which are computed on first use and cached until `reset`. One
 * scope is reused across leads, so evaluation allocates nothing per condition.
 */
export class FactScope {
  lead: Lead = { id: '' };
  /** True when the lead's prototype is Object.prototype or null (own-property reads need no check). */
  plainLead = true;
  readonly now: number;
  readonly trigger: TriggerContext | undefined;
  private readonly active: ReadonlySet<string>;
  private readonly scorer: ScoreFn | undefined;
  private untouched: number | undefined | typeof UNSET = UNSET;
  private scored: LeadScore | undefined | typeof UNSET = UNSET;
  // Allocated on the first `hoursSince` (most scopes never ask).
  private sinceTypes: string[] | undefined = undefined;
  private sinceValues: Array<number | undefined> | undefined = undefined;

  /**
   * @throws HotleadsError `INVALID_TIME` for a `now` that is not finite epoch ms,
   *   `INVALID_ARGUMENT` for a bad trigger (`checkTriggerContext`), event list or scorer.
   */
  constructor(options: FactScopeOptions, read: typeof READ | typeof READ_ALREADY = READ) {
    // evaluateRules has read its context's fields already (own properties, getters caught).
    const o =
      read === READ_ALREADY ? (options as Partial<Record<keyof FactScopeOptions, unknown>>) : readScopeOptions(options);
    if (typeof o.now !== 'number' || !Number.isFinite(o.now))
      throw new HotleadsError('INVALID_TIME', 'Expected now as epoch ms', { path: ['now'] });
    if (o.scorer !== undefined && typeof o.scorer !== 'function')
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a scorer function', { path: ['scorer'] });
    this.now = o.now;
    this.trigger = checkTriggerContext(o.trigger, ['trigger']);
    this.active = activeSet(o.activeInterestEvents ?? ACTIVE_INTEREST_EVENTS);
    this.scorer = o.scorer as ScoreFn | undefined;
  }

  /** Points the scope at another lead (a checked one: see `checkLead`) and forgets cached derived facts. */
  reset(lead: Lead): this {
    this.lead = lead;
    let proto: unknown;
    try {
      proto = Object.getPrototypeOf(lead);
    } catch {
      proto = undefined; // a Proxy: every read checks for an own property
    }
    this.plainLead = proto === Object.prototype || proto === null;
    this.untouched = UNSET;
    this.scored = UNSET;
    if (this.sinceTypes !== undefined && this.sinceTypes.length > 0)
      this.sinceTypes.length = this.sinceValues!.length = 0;
    return this;
  }

  /** Hours since the newest active-interest event at or before now, else since `createdAt`; undefined when neither. */
  hoursUntouched(): number | undefined {
    if (this.untouched !== UNSET) return this.untouched;
    let newest = this.newestEvent(this.active);
    if (newest === undefined) {
      const created = hasOwn.call(this.lead, 'createdAt') ? tryEpochMs(this.lead.createdAt) : Number.NaN;
      if (created === created && created <= this.now) newest = created;
    }
    this.untouched = newest === undefined ? undefined : (this.now - newest) / HOUR_MS;
    return this.untouched;
  }

  /** Hours since the newest event of `type` at or before now; undefined when none. */
  hoursSince(type: string): number | undefined {
    const types = (this.sinceTypes ??= []);
    const values = (this.sinceValues ??= []);
    for (let i = 0; i < types.length; i++) if (types[i] === type) return values[i];
    const newest = this.newestEvent(type);
    const hours = newest === undefined ? undefined : (this.now - newest) / HOUR_MS;
    types.push(type);
    values.push(hours);
    return hours;
  }

  /** The lead's score under the context's model (computed once per lead). */
  score(): LeadScore | undefined {
    if (this.scored !== UNSET) return this.scored;
    this.scored = this.scorer === undefined ? undefined : this.scorer(this.lead, { now: this.now, explain: false });
    return this.scored;
  }

  /** The status before the triggering change. */
  previousStatus(): string | undefined {
    return this.trigger?.type === 'statusChange' ? this.trigger.from : undefined;
  }

  /** The fields whose change triggered this evaluation. */
  changedFields(): string[] | undefined {
    return this.trigger?.type === 'fieldChange' ? this.trigger.fields : undefined;
  }

  private newestEvent(types: ReadonlySet<string> | string): number | undefined {
    const events = hasOwn.call(this.lead, 'events') ? this.lead.events : undefined;
    if (!Array.isArray(events)) return undefined;
    let newest: number | undefined;
    for (const e of events) {
      if (e === null || typeof e !== 'object') continue;
      const t = e.type;
      if (typeof types === 'string' ? t !== types : !types.has(t)) continue;
      const at = tryEpochMs(e.at);
      if (at === at && at <= this.now && (newest === undefined || at > newest)) newest = at;
    }
    return newest;
  }
}
