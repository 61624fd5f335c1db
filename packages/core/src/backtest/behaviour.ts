import { HOUR_MS } from '../time/units';
import type { BehaviourModel } from './types';

/**
 * The default consumer-behaviour model of a simulation (docs/backtest.md, "The behaviour model").
 * Its numbers are assumptions, not measurements: a simulated lift is only what this model
 * assumes. Intent signals are weighted independently of any scoring model, so an ordering is not
 * rewarded for copying the simulator's own formula.
 */
export const DEFAULT_BEHAVIOUR: Readonly<BehaviourModel> = /* @__PURE__ */ (() =>
  Object.freeze({
    signals: {
      abandoned_payment: { weight: 1.0, halfLifeHours: 12 },
      portal_visit: { weight: 0.8, halfLifeHours: 24 },
      inbound_call: { weight: 0.6, halfLifeHours: 24 },
      partial_payment: { weight: 0.6, halfLifeHours: 96 },
      promise_to_pay: { weight: 0.4, halfLifeHours: 96 },
      sms_reply: { weight: 0.4, halfLifeHours: 48 },
      email_click: { weight: 0.25, halfLifeHours: 48 },
      email_open: { weight: 0.1, halfLifeHours: 48 },
    },
    answer: { base: 0.15, lift: 0.45 },
    pay: { base: 0.08, lift: 0.5 },
    promise: { base: 0.2, lift: 0.3 },
    keep: { base: 0.4, lift: 0.5 },
    amount: { full: 0.3, min: 0.2, max: 0.6 },
    promiseDays: 3,
    newSignals: { perDay: 0.05, mix: { portal_visit: 4, email_open: 3, abandoned_payment: 1.5, inbound_call: 1.5 } },
  }))();

/** @internal One intent signal of an account, parsed: its weight, half-life (ms) and time. */
export type IntentSignal = { weight: number; halfLifeMs: number; at: number };

/** @internal The signal an event is under `behaviour`, or undefined when its type carries no intent. */
export function intentSignal(behaviour: BehaviourModel, type: unknown, at: number): IntentSignal | undefined {
  if (typeof type !== 'string' || !Object.hasOwn(behaviour.signals, type)) return undefined;
  const s = behaviour.signals[type]!;
  return { weight: s.weight, halfLifeMs: s.halfLifeHours * HOUR_MS, at };
}

/**
 * @internal An account's heat at `t`: 1 − e^(−intent), intent = Σ weight × 0.5^(age / half-life)
 * over its signals at or before `t`. 0 for an account without intent, approaching 1 for a hot one.
 */
export function heatAt(signals: readonly IntentSignal[], t: number): number {
  let intent = 0;
  for (const s of signals) if (s.at <= t) intent += s.weight * Math.pow(0.5, (t - s.at) / s.halfLifeMs);
  return 1 - Math.exp(-intent);
}

/** @internal base + lift × heat, clamped to [0, 1]. */
export function propensity(p: { base: number; lift: number }, heat: number): number {
  return Math.min(1, Math.max(0, p.base + p.lift * heat));
}
