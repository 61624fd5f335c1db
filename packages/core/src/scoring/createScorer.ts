import { checkEvent, checkLeadHead } from '../lead/checkLead';
import { compileFieldReader, type FieldReader } from '../lead/path';
import type { Lead, LeadEvent } from '../lead/types';
import { unreadable } from '../errors/unreadable';
import { MAX_TIME_MS, MIN_TIME_MS, toEpochMs, tryEpochMs } from '../time/toEpochMs';
import { requireOptions } from '../validation/requireOptions';
import { HOUR_MS } from '../time/units';
import { bandFor, DEFAULT_BANDS } from './bands';
import { saturate, type EvaluationInput, type TimedEvent } from './evaluators';
import { caseInsensitiveMatcher } from './caseInsensitive';
import { compileDescriber } from './describers';
import { explain, type Described } from './explain';
import { generateAchieved, topLevelKeys, type CompiledCriterion } from './generateAchieved';
import { isPresent } from './isPresent';
import { parseScoringModel } from './parseScoringModel';
import { byCriterionId } from './scoreLead';
import type { Contribution, Evaluator, LeadScore, ScoreOptions, ScoringModel, Step } from './types';

/** Options for {@link createScorer}. */
export type CreateScorerOptions = {
  /**
   * Generate the scoring loop as straight-line code (default true; ignored where the platform
   * forbids code generation). `false` runs the plain loop over closures — same results.
   */
  generate?: boolean;
};

/** A compiled scorer: scores one lead at a time against the model it was built from. */
export type Scorer = ((lead: Lead, options: ScoreOptions) => LeadScore) & {
  /** The validated model. */
  readonly model: ScoringModel;
  /** Σ maxPoints × weight over positive criteria. */
  readonly possible: number;
};

/**
 * Per-lead scratch shared by the compiled closures: event types and times parsed once, and the
 * lead's own `createdAt` when the slot pass has read it already ({@link UNREAD} otherwise).
 */
type Scratch = {
  nowMs: number;
  n: number;
  types: unknown[];
  times: Float64Array;
  lead: Lead;
  missing: number;
  createdAt: unknown;
};

/** `Scratch.createdAt` not read yet: read it from the lead. */
const UNREAD: unique symbol = Symbol('unread');
type PointsFn = (value: unknown, s: Scratch) => number;

/** Steps sorted by min (stable): scanning from the end finds the highest min ≤ x, later wins ties. */
function sortedSteps(steps: ReadonlyArray<Step>): { mins: Float64Array; points: Float64Array } {
  const sorted = steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.min - b.min || a.i - b.i);
  return { mins: Float64Array.from(sorted, (s) => s.min), points: Float64Array.from(sorted, (s) => s.points) };
}

function compileSteps(steps: ReadonlyArray<Step>): (x: number) => number {
  const { mins, points } = sortedSteps(steps);
  return (x) => {
    for (let i = mins.length - 1; i >= 0; i--) if (mins[i]! <= x) return points[i]!;
    return 0;
  };
}

function isScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function compileEvaluator(ev: Evaluator): PointsFn {
  switch (ev.kind) {
    case 'present': {
      const { points } = ev;
      return (v) => (isPresent(v) ? points : 0);
    }
    case 'oneOf': {
      const exact = new Set<unknown>(ev.values);
      const insensitive = ev.caseInsensitive === true ? caseInsensitiveMatcher(ev.values) : undefined;
      const matches = (v: unknown) =>
        exact.has(v) || (insensitive !== undefined && typeof v === 'string' && insensitive(v));
      const { points } = ev;
      return (v) => {
        if (Array.isArray(v)) {
          for (const x of v) if (matches(x)) return points;
          return 0;
        }
        return isScalar(v) && matches(v) ? points : 0;
      };
    }
    case 'map': {
      const table = new Map(Object.entries(ev.points));
      const otherwise = ev.otherwise ?? 0;
      const one = (v: unknown): number => {
        if (!isScalar(v) || !isPresent(v)) return 0;
        const hit = table.get(typeof v === 'string' ? v : String(v));
        return hit === undefined ? otherwise : hit;
      };
      return (v) => {
        if (!Array.isArray(v)) return one(v);
        let best = 0;
        for (const x of v) best = Math.max(best, one(x));
        return best;
      };
    }
    case 'steps': {
      const { mins, points } = sortedSteps(ev.steps);
      return (v) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return 0;
        for (let i = mins.length - 1; i >= 0; i--) if (mins[i]! <= v) return points[i]!;
        return 0;
      };
    }
    case 'linear': {
      const [x0, y0] = ev.from;
      const [x1, y1] = ev.to;
      return (v) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return 0;
        if (v <= x0) return y0;
        if (v >= x1) return y1;
        return y0 + ((v - x0) * (y1 - y0)) / (x1 - x0);
      };
    }
    case 'eventCount': {
      const types = new Set<unknown>(ev.types);
      const lookup = compileSteps(ev.steps);
      const windowMs = ev.withinHours === undefined ? undefined : ev.withinHours * HOUR_MS;
      return (_v, s) => {
        const since = windowMs === undefined ? -Infinity : s.nowMs - windowMs;
        let count = 0;
        for (let i = 0; i < s.n; i++)
          if (types.has(s.types[i]) && s.times[i]! <= s.nowMs && s.times[i]! >= since) count++;
        return lookup(count);
      };
    }
    case 'decayedSignals': {
      const signals = new Map(Object.entries(ev.signals));
      return (_v, s) => {
        let sum = 0;
        for (let i = 0; i < s.n; i++) {
          const type = s.types[i];
          const signal = typeof type === 'string' ? signals.get(type) : undefined;
          const at = s.times[i]!;
          if (signal === undefined || at > s.nowMs) continue;
          sum += signal.points * Math.pow(0.5, (s.nowMs - at) / HOUR_MS / signal.halfLifeHours);
        }
        return sum;
      };
    }
    case 'saturatingSignals': {
      const index = new Map(Object.keys(ev.signals).map((type, k) => [type, k]));
      const signals = Object.values(ev.signals);
      const halfLives = Float64Array.from(signals, (x) => x.halfLifeHours);
      const decayed = new Float64Array(signals.length);
      const { scale } = ev;
      return (_v, s) => {
        decayed.fill(0);
        for (let i = 0; i < s.n; i++) {
          const type = s.types[i];
          const k = typeof type === 'string' ? index.get(type) : undefined;
          const at = s.times[i]!;
          if (k === undefined || at > s.nowMs) continue;
          decayed[k] = decayed[k]! + Math.pow(0.5, (s.nowMs - at) / HOUR_MS / halfLives[k]!);
        }
        let sum = 0;
        for (let k = 0; k < signals.length; k++) sum += saturate(signals[k]!.points, decayed[k]!, scale);
        return sum;
      };
    }
    case 'timeSince': {
      const types = new Set<unknown>(ev.types);
      const lookup = compileSteps(ev.steps.map((x) => ({ min: x.minHours, points: x.points })));
      const readCreatedAt = compileFieldReader('createdAt');
      return (_v, s) => {
        let last = Number.NaN;
        for (let i = 0; i < s.n; i++) {
          const at = s.times[i]!;
          if (types.has(s.types[i]) && at <= s.nowMs && !(at <= last)) last = at;
        }
        if (Number.isNaN(last)) {
          const created = tryEpochMs(s.createdAt === UNREAD ? readCreatedAt(s.lead) : s.createdAt);
          if (!(created <= s.nowMs)) return 0;
          last = created;
        }
        return lookup((s.nowMs - last) / HOUR_MS);
      };
    }
  }
}

/**
 * Validates and compiles a model once and returns a fast scorer. Same results as
 * {@link scoreLead}, bit for bit; a lead gets only the cheap lead check (`checkLead`: an id, and
 * events that are objects with a type and a valid time), the same as in `scoreLead`.
 * With `explain: false` a call allocates just the result.
 *
 * @example
 * const score = createScorer(collectionsHotLeadModel);
 * for (const account of book) queue.push(score(account, { now, explain: false }));
 * @throws HotleadsError `INVALID_MODEL` when the model breaks a rule (see {@link parseScoringModel});
 *   the scorer throws `INVALID_LEAD` (the lead check, or a lead whose getter throws),
 *   `INVALID_TIME` or `INVALID_ARGUMENT` (no options object).
 */
export function createScorer(model: ScoringModel, options: CreateScorerOptions = {}): Scorer {
  const valid = parseScoringModel(model);
  let generate: unknown;
  try {
    if (options !== undefined) requireOptions(options, ['options']);
    generate = options.generate;
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', ['options']);
  }
  const bands = valid.bands ?? DEFAULT_BANDS;
  const criteria = [...valid.criteria].sort(byCriterionId);
  const compiled = criteria.map((c) => ({
    criterion: c,
    read: (c.field === undefined ? undefined : compileFieldReader(c.field)) as FieldReader | undefined,
    // A top-level field not named like an Object.prototype member is read inline by the loop
    // below when the lead is a plain object: one keyed load, no call, no own-property check.
    key: c.field !== undefined && !c.field.includes('.') && !INHERITED_KEYS.has(c.field) ? c.field : undefined,
    information:
      c.information === undefined || c.information.kind === 'present' ? undefined : compileEvaluator(c.information),
    // `present` information points (most rows of a b2b model) are checked inline.
    presentPoints: c.information?.kind === 'present' ? c.information.points : undefined,
    evaluation: c.evaluation === undefined ? undefined : compileEvaluator(c.evaluation),
    weight: c.weight,
    maxPoints: c.maxPoints,
    penalty: c.maxPoints < 0,
    describe: compileDescriber(c, valid),
    needsEvents: [c.information, c.evaluation].some((e) => e !== undefined && EVENT_KINDS.has(e.kind)),
  }));
  let possible = 0;
  for (const c of criteria) if (c.maxPoints > 0) possible += c.maxPoints * c.weight;
  const points = new Float64Array(compiled.length);
  // The same loop as below, generated as straight-line code when the platform allows it.
  const generated = generate === false ? undefined : generateAchieved(compiled as unknown as CompiledCriterion[]);
  // Leads that each have an object shape of their own (JSON from an API that leaves unknown
  // fields out) defeat the property caches of the named loads above: every load is a slow lookup.
  // For them the scorer switches to one pass over the lead's keys into slots, then the same code
  // reading the slots (docs/scoring.md, "Speed"). The switch follows the shapes it sees (a run of
  // leads missing different fields in, a run missing the same ones out); the results are the same
  // either way.
  const slotted =
    generated === undefined ? undefined : generateAchieved(compiled as unknown as CompiledCriterion[], 'slots');
  const keys = topLevelKeys(compiled as unknown as CompiledCriterion[]);
  // The slot pass also picks up the three fields the scorer reads itself (after the model's
  // fields, unless the model reads them too): on a lead with a shape of its own each of those
  // named reads would be a slow lookup as well.
  const slotKeys = [...keys, ...HEAD_KEYS.filter((k) => !keys.includes(k))];
  const slotOf = new Map(slotKeys.map((k, j) => [k, j]));
  const slots = new Array<unknown>(slotKeys.length).fill(undefined);
  const idSlot = slotKeys.indexOf('id');
  const eventsSlot = slotKeys.indexOf('events');
  const createdAtSlot = slotKeys.indexOf('createdAt');
  const shapes = { slotMode: false, last: 0, streak: 0 };
  const scratch: Scratch = {
    nowMs: 0,
    n: 0,
    types: [],
    times: new Float64Array(16),
    lead: { id: '' },
    missing: 0,
    createdAt: UNREAD,
  };

  // The explanation's scratch, reused from lead to lead like `points` and `scratch` (describers
  // are synchronous and keep none of it): the lead's timed events, the input every describer
  // reads, and the contributions in id order with the newest event each counted.
  const timedPool: TimedEvent[] = [];
  const timed: TimedEvent[] = [];
  const input: EvaluationInput = { value: undefined, events: NO_EVENTS, createdAt: undefined, nowMs: 0 };
  const inIdOrder = new Array<Contribution>(compiled.length);
  const latestMs = new Float64Array(compiled.length);

  // Contributions in criterion-id order, each worded by its criterion's precompiled describer,
  // then ordered and picked from by `explain`.
  const explainedOf = (
    lead: Lead,
    events: readonly LeadEvent[] | undefined,
    pts: Float64Array,
    nowMs: number,
    n: number,
  ): { contributions: Contribution[]; reasons: string[] } => {
    let timedRead = false;
    input.createdAt = readCreatedAt(lead);
    input.nowMs = nowMs;
    input.events = NO_EVENTS;
    for (let i = 0; i < compiled.length; i++) {
      const c = compiled[i]!;
      if (c.needsEvents && !timedRead) {
        input.events = timeEvents(events, n, scratch.times, timedPool, timed);
        timedRead = true;
      }
      input.value = c.read === undefined ? undefined : c.read(lead);
      const described = c.describe(input, pts[i]!);
      inIdOrder[i] = contributionOf(c, pts[i]!, described);
      latestMs[i] = described.latestMs;
    }
    const explained = explain(inIdOrder, latestMs);
    // Let the lead's values go.
    input.value = input.createdAt = undefined;
    input.events = NO_EVENTS;
    if (timedRead) releaseEvents(timedPool, n);
    return explained;
  };

  /**
   * The slot pass (see `slotted` above) of a plain lead, made before its check: NOT_FILLED (not
   * a plain object, or a getter or Proxy trap threw: the ordinary path reads it again, in the
   * ordinary order, and reports it as it always has), FILLED, or HEAD_FILLED when the slots also
   * hold the lead's own enumerable `id` and `events`, which the check can then use. Inherited
   * keys are told apart from own ones only while `Object.prototype` has no enumerable property
   * (for-in lists both).
   */
  const fillSlots = (lead: Lead): number => {
    try {
      const proto: unknown = Object.getPrototypeOf(lead);
      if (proto !== Object.prototype && proto !== null) return NOT_FILLED;
      slots.fill(undefined);
      for (const key in lead) {
        const j = slotOf.get(key);
        if (j !== undefined) slots[j] = (lead as Record<string, unknown>)[key];
      }
    } catch {
      return NOT_FILLED;
    }
    return slots[idSlot] !== undefined && slots[eventsSlot] !== undefined && !prototypeEnumerates()
      ? HEAD_FILLED
      : FILLED;
  };

  const scoreOne = (lead: Lead, options: ScoreOptions): LeadScore => {
    let events: readonly LeadEvent[] | undefined;
    let leadId: string;
    let plain: boolean;
    const filled =
      slotted !== undefined && shapes.slotMode && lead !== null && typeof lead === 'object' && !Array.isArray(lead)
        ? fillSlots(lead)
        : NOT_FILLED;
    const id = filled === HEAD_FILLED ? slots[idSlot] : undefined;
    const ev = filled === HEAD_FILLED ? slots[eventsSlot] : undefined;
    if (typeof id === 'string' && id.length > 0 && Array.isArray(ev)) {
      // What checkLeadHead checks, on the values the slot pass read.
      events = ev as readonly LeadEvent[];
      leadId = id;
      const created = slots[createdAtSlot];
      scratch.createdAt = created === undefined ? UNREAD : created;
    } else {
      events = checkLeadHead(lead);
      leadId = lead.id;
      scratch.createdAt = UNREAD;
    }
    if (filled === NOT_FILLED) {
      const proto: unknown = Object.getPrototypeOf(lead);
      plain = proto === Object.prototype || proto === null;
    } else plain = true;
    if (options === null || typeof options !== 'object') requireOptions(options);
    const now = options.now;
    const nowMs = typeof now === 'number' && now >= MIN_TIME_MS && now <= MAX_TIME_MS ? now : toEpochMs(now, ['now']);
    const n = events === undefined ? 0 : events.length;
    if (scratch.times.length < n) scratch.times = new Float64Array(Math.max(n, scratch.times.length * 2));
    for (let i = 0; i < n; i++) {
      const e = events![i]!;
      scratch.times[i] = checkEvent(e, i);
      scratch.types[i] = e.type;
    }
    scratch.nowMs = nowMs;
    scratch.n = n;
    scratch.lead = lead;

    let achieved = 0;
    if (generated !== undefined) {
      if (filled !== NOT_FILLED) {
        let m = 0;
        for (let j = 0; j < keys.length; j++) if (slots[j] === undefined) m = (m * 31 + j) | 0;
        achieved = slotted!(lead, plain, scratch, points, slots);
        followShape(shapes, m, false);
      } else {
        achieved = generated(lead, plain, scratch, points);
        if (plain) followShape(shapes, scratch.missing, true);
      }
    } else {
      for (let i = 0; i < compiled.length; i++) {
        const c = compiled[i]!;
        const value =
          c.key !== undefined && plain
            ? (lead as Record<string, unknown>)[c.key]
            : c.read === undefined
              ? undefined
              : c.read(lead);
        const info =
          c.presentPoints !== undefined
            ? isPresent(value)
              ? c.presentPoints
              : 0
            : c.information === undefined
              ? 0
              : c.information(value, scratch);
        const raw = info + (c.evaluation === undefined ? 0 : c.evaluation(value, scratch));
        const p = c.penalty ? Math.min(Math.max(raw, c.maxPoints), 0) : Math.min(Math.max(raw, 0), c.maxPoints);
        points[i] = p;
        achieved += p * c.weight;
      }
    }
    const value = Math.min(Math.max((achieved / possible) * 100, 0), 100);
    const band = bandFor(value, bands);
    if (options.explain === false) {
      scratch.lead = EMPTY_LEAD;
      return { leadId, score: value, band, achieved, possible, contributions: [], reasons: [] };
    }
    const { contributions, reasons } = explainedOf(lead, events, points, nowMs, n);
    scratch.lead = EMPTY_LEAD;
    return { leadId, score: value, band, achieved, possible, contributions, reasons };
  };
  const score = (lead: Lead, options: ScoreOptions): LeadScore => {
    try {
      return scoreOne(lead, options);
    } catch (error) {
      // A getter or Proxy of the lead that throws while its fields are read.
      scratch.lead = EMPTY_LEAD;
      throw unreadable(error, 'INVALID_LEAD');
    }
  };
  const scorer = Object.assign(score, { model: valid, possible });
  scorers.add(scorer);
  return scorer;
}

const scorers = /* @__PURE__ */ (() => new WeakSet<object>())();

/** Leads in a row that decide the switch: into slots after 8 of differing shapes, out after 32 of one. */
const INTO_SLOTS = 8;
const OUT_OF_SLOTS = 32;

/** Follows the shape hashes of the plain leads scored (see createScorer's `slotted`). */
function followShape(shapes: { slotMode: boolean; last: number; streak: number }, hash: number, direct: boolean): void {
  const same = hash === shapes.last;
  shapes.last = hash;
  if (direct ? same : !same) {
    shapes.streak = 0;
    return;
  }
  if (++shapes.streak >= (direct ? INTO_SLOTS : OUT_OF_SLOTS)) {
    shapes.slotMode = direct;
    shapes.streak = 0;
  }
}

/** Whether `value` is a scorer made by {@link createScorer} (not just any function). */
export function isScorer(value: unknown): value is Scorer {
  return typeof value === 'function' && scorers.has(value);
}

const EMPTY_LEAD: Lead = { id: '' };
/** The fields createScorer reads from every lead (the lead check, time untouched). */
const HEAD_KEYS = ['id', 'events', 'createdAt'];
const NOT_FILLED = 0;
const FILLED = 1;
const HEAD_FILLED = 2;

/** Whether `Object.prototype` has an enumerable property (a polluted prototype): then for-in lists inherited keys too. */
function prototypeEnumerates(): boolean {
  for (const key in Object.prototype) if (key !== undefined) return true;
  return false;
}
const readCreatedAt = compileFieldReader('createdAt');

/** What a criterion of weight `weight` contributed with `points`, worded as `described` says. */
function contributionOf(
  c: { criterion: { id: string; label: string; group: string }; weight: number; maxPoints: number },
  points: number,
  described: Described,
): Contribution {
  const { id: criterionId, label, group } = c.criterion;
  const weighted = points * c.weight;
  const maxWeighted = c.maxPoints * c.weight;
  const { detail, signals } = described;
  // One literal per shape, `signals` last, as scoreLead writes it.
  return signals === undefined
    ? { criterionId, label, group, points, weighted, maxWeighted, detail }
    : { criterionId, label, group, points, weighted, maxWeighted, detail, signals };
}

/**
 * The first `n` events (checked) as the describers read them, each time as parsed into `times`,
 * in `into`, with the event objects of `pool` (both reused from lead to lead).
 */
function timeEvents(
  events: readonly LeadEvent[] | undefined,
  n: number,
  times: Float64Array,
  pool: TimedEvent[],
  into: TimedEvent[],
): TimedEvent[] {
  for (let k = 0; k < n; k++) {
    const e = events![k]!;
    const t = (pool[k] ??= { type: undefined, at: 0, value: undefined });
    t.type = e.type;
    t.at = times[k]!;
    t.value = e.value;
    into[k] = t;
  }
  into.length = n;
  return into;
}

/** Empties the first `n` pooled events, so that they keep nothing of the lead. */
function releaseEvents(pool: TimedEvent[], n: number): void {
  for (let k = 0; k < n; k++) pool[k]!.type = pool[k]!.value = undefined;
}

const NO_EVENTS: readonly TimedEvent[] = [];
const INHERITED_KEYS = /* @__PURE__ */ (() => new Set(Object.getOwnPropertyNames(Object.prototype)))();
const EVENT_KINDS = /* @__PURE__ */ (() =>
  new Set<Evaluator['kind']>(['eventCount', 'decayedSignals', 'saturatingSignals', 'timeSince']))();
