// The readable evaluators behind `scoreLead`: one small function per evaluator kind, written
// for clarity. `createScorer` compiles the same semantics into closures; a property test
// proves the two agree bit for bit.
import { tryEpochMs } from '../time/toEpochMs';
import { HOUR_MS } from '../time/units';
import { isPresent } from './isPresent';
import type { Evaluator, Step } from './types';

/** An event as the evaluators see it: its type and its time in epoch ms. */
export type TimedEvent = { type: unknown; at: number; value?: unknown };

/** What an evaluator may read: the field's value, the lead's timed events, `createdAt` and `now`. */
export type EvaluationInput = { value: unknown; events: readonly TimedEvent[]; createdAt: unknown; nowMs: number };

type Of<K extends Evaluator['kind']> = Extract<Evaluator, { kind: K }>;

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The points of the step with the highest `min` ≤ `x` (later wins a tie); 0 below all. */
export function stepPoints(steps: readonly Step[], x: number): number {
  let best: Step | undefined;
  for (const step of steps) if (step.min <= x && (best === undefined || step.min >= best.min)) best = step;
  return best === undefined ? 0 : best.points;
}

/** `present`: points when the field has a value. */
export function presentPoints(ev: Of<'present'>, { value }: EvaluationInput): number {
  return isPresent(value) ? ev.points : 0;
}

/** `oneOf`: points when the value (or, for a list, any element) is one of `values`. */
export function oneOfPoints(ev: Of<'oneOf'>, { value }: EvaluationInput): number {
  const matches = (v: unknown) =>
    ev.values.some(
      (want) =>
        want === v ||
        (ev.caseInsensitive === true &&
          typeof want === 'string' &&
          typeof v === 'string' &&
          want.toLowerCase() === v.toLowerCase()),
    );
  if (Array.isArray(value)) return value.some(matches) ? ev.points : 0;
  return isScalar(value) && matches(value) ? ev.points : 0;
}

/** `map`: points by the value as a key, `otherwise` for another present value; a list takes its best element. */
export function mapPoints(ev: Of<'map'>, { value }: EvaluationInput): number {
  const one = (v: unknown): number => {
    if (!isScalar(v) || !isPresent(v)) return 0;
    const key = String(v);
    return Object.prototype.hasOwnProperty.call(ev.points, key) ? ev.points[key]! : (ev.otherwise ?? 0);
  };
  if (Array.isArray(value)) return value.reduce<number>((best, v) => Math.max(best, one(v)), 0);
  return one(value);
}

/** `steps`: a finite number scored by the step table. */
export function stepsPoints(ev: Of<'steps'>, { value }: EvaluationInput): number {
  return typeof value === 'number' && Number.isFinite(value) ? stepPoints(ev.steps, value) : 0;
}

/** `linear`: a finite number mapped from (x0,y0) to (x1,y1), clamped at both ends. */
export function linearPoints(ev: Of<'linear'>, { value }: EvaluationInput): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  const [x0, y0] = ev.from;
  const [x1, y1] = ev.to;
  if (value <= x0) return y0;
  if (value >= x1) return y1;
  return y0 + ((value - x0) * (y1 - y0)) / (x1 - x0);
}

/** `eventCount`: how many events of the types happened by `now` (within the window), by steps. */
export function eventCountPoints(ev: Of<'eventCount'>, { events, nowMs }: EvaluationInput): number {
  const since = ev.withinHours === undefined ? -Infinity : nowMs - ev.withinHours * HOUR_MS;
  const count = events.filter((e) => ev.types.includes(e.type as string) && e.at <= nowMs && e.at >= since).length;
  return stepPoints(ev.steps, count);
}

/** `decayedSignals`: Σ points × 0.5^(ageHours / halfLifeHours) over listed events by `now`. */
export function decayedSignalsPoints(ev: Of<'decayedSignals'>, { events, nowMs }: EvaluationInput): number {
  let sum = 0;
  for (const e of events) {
    if (typeof e.type !== 'string' || !Object.prototype.hasOwnProperty.call(ev.signals, e.type) || e.at > nowMs)
      continue;
    const signal = ev.signals[e.type]!;
    sum += signal.points * Math.pow(0.5, (nowMs - e.at) / HOUR_MS / signal.halfLifeHours);
  }
  return sum;
}

/**
 * `saturatingSignals`: Σ over signal types (in the order `signals` lists them) of
 * points × (1 − e^(−Σ decayed / scale)), Σ decayed adding 0.5^(ageHours / halfLifeHours) over the
 * type's events by `now`, in event order.
 */
export function saturatingSignalsPoints(ev: Of<'saturatingSignals'>, { events, nowMs }: EvaluationInput): number {
  const types = Object.keys(ev.signals);
  const decayed = types.map(() => 0);
  for (const e of events) {
    const k = typeof e.type === 'string' ? types.indexOf(e.type) : -1;
    if (k < 0 || e.at > nowMs) continue;
    decayed[k] = decayed[k]! + Math.pow(0.5, (nowMs - e.at) / HOUR_MS / ev.signals[types[k]!]!.halfLifeHours);
  }
  let sum = 0;
  for (let k = 0; k < types.length; k++) sum += saturate(ev.signals[types[k]!]!.points, decayed[k]!, ev.scale);
  return sum;
}

/** points × (1 − e^(−decayed / scale)): 0 for no signal, rising ever more slowly toward `points`. */
export function saturate(points: number, decayed: number, scale: number): number {
  return decayed === 0 ? 0 : points * -Math.expm1(-decayed / scale);
}

/** The time of the newest event of `types` by `now`, else `createdAt`; `NaN` when neither. */
export function lastActivityMs(types: readonly string[], { events, createdAt, nowMs }: EvaluationInput): number {
  let newest = Number.NaN;
  for (const e of events) if (types.includes(e.type as string) && e.at <= nowMs && !(e.at <= newest)) newest = e.at;
  if (!Number.isNaN(newest)) return newest;
  const created = tryEpochMs(createdAt);
  return created <= nowMs ? created : Number.NaN;
}

/** `timeSince`: hours since the last active-interest event (or `createdAt`), by steps. */
export function timeSincePoints(ev: Of<'timeSince'>, input: EvaluationInput): number {
  const last = lastActivityMs(ev.types, input);
  if (Number.isNaN(last)) return 0;
  const hours = (input.nowMs - last) / HOUR_MS;
  return stepPoints(
    ev.steps.map((s) => ({ min: s.minHours, points: s.points })),
    hours,
  );
}

/** The points an evaluator awards (0 when it is absent). */
export function evaluatorPoints(ev: Evaluator | undefined, input: EvaluationInput): number {
  if (ev === undefined) return 0;
  switch (ev.kind) {
    case 'present':
      return presentPoints(ev, input);
    case 'oneOf':
      return oneOfPoints(ev, input);
    case 'map':
      return mapPoints(ev, input);
    case 'steps':
      return stepsPoints(ev, input);
    case 'linear':
      return linearPoints(ev, input);
    case 'eventCount':
      return eventCountPoints(ev, input);
    case 'decayedSignals':
      return decayedSignalsPoints(ev, input);
    case 'saturatingSignals':
      return saturatingSignalsPoints(ev, input);
    case 'timeSince':
      return timeSincePoints(ev, input);
  }
}
