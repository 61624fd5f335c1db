// The compiled describers behind `createScorer`'s explanations: the same lines as the readable
// describers of explain.ts (which `scoreLead` uses), word for word, with everything that depends
// only on the model worked out once per criterion — signal labels and reason templates compiled,
// the money formatter resolved — and no sort or map allocated per lead. A property test compares
// createScorer with scoreLead, explanations included; another compares the two describers
// directly on odd labels and templates.
import { unitsFormatter } from '../money/formatUnits';
import { HOUR_MS } from '../time/units';
import { lastActivityMs, saturate, type EvaluationInput } from './evaluators';
import type { Described, Describer } from './explain';
import { formatAgo, formatDuration, formatPoints, formatValue, humanizeType } from './format';
import { isPresent } from './isPresent';
import { stableSort } from './stableSort';
import { compileTemplate, fillTemplate, type Template } from './template';
import type { Criterion, Evaluator, ScoringModel } from './types';

type Money = (amount: number) => string;
type SignalsEvaluator = Extract<Evaluator, { kind: 'decayedSignals' | 'saturatingSignals' }>;

const EVENT_KINDS = /* @__PURE__ */ (() =>
  new Set<Evaluator['kind']>(['decayedSignals', 'saturatingSignals', 'eventCount', 'timeSince']))();

/** The evaluator that words a criterion: its events evaluator (evaluation first), if any. */
function eventEvaluator(criterion: Criterion): Evaluator | undefined {
  for (const ev of [criterion.evaluation, criterion.information]) {
    if (ev !== undefined && EVENT_KINDS.has(ev.kind)) return ev;
  }
  return undefined;
}

/** The model's money words: `format.locale` and `format.currency` (default en-US, USD). */
function moneyOf(model: ScoringModel): Money {
  return unitsFormatter(model.format?.currency ?? 'USD', model.format?.locale ?? 'en-US');
}

/**
 * Builds the line writer of one criterion for `createScorer`: the same lines as the describer of
 * `scoreLead` (explain.ts), from the model as it is when compiled (as the scorer's evaluators are).
 */
export function compileDescriber(criterion: Criterion, model: ScoringModel): Describer {
  const money = moneyOf(model);
  const ev = eventEvaluator(criterion);
  if (ev?.kind === 'decayedSignals' || ev?.kind === 'saturatingSignals') return signalsDescriber(ev, money);
  if (ev?.kind === 'eventCount') return eventCountDescriber(criterion, ev);
  if (ev?.kind === 'timeSince') return timeSinceDescriber(ev);
  return fieldDescriber(criterion, money);
}

/** One signal type of an evaluator: its numbers and its compiled label. */
type Signal = { index: number; type: string; points: number; halfLifeHours: number; line: Template };

/** One counted event: its signal, when, its amount, and what it added. */
type Counted = { signal: Signal; at: number; value: unknown; share: number };

const SIGNAL_PLACEHOLDERS = ['{amount}', '{ago}'];
const AMOUNT = 0;

/** Strongest first, ties by recency (newest first), then by type. */
function byStrength(a: Counted, b: Counted): number {
  return b.share - a.share || b.at - a.at || compareTypes(a.signal.type, b.signal.type);
}

function compareTypes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function signalsDescriber(ev: SignalsEvaluator, money: Money): Describer {
  // Every own key, as `hasOwnProperty` finds them.
  const signals = new Map<string, Signal>(
    Object.getOwnPropertyNames(ev.signals).map((type, index) => {
      const { points, halfLifeHours, label } = ev.signals[type]!;
      const text = label ?? `${humanizeType(type)} {ago}`;
      return [type, { index, type, points, halfLifeHours, line: compileTemplate(text, SIGNAL_PLACEHOLDERS) }];
    }),
  );
  const saturating = ev.kind === 'saturatingSignals' ? ev.scale : undefined;
  // Σ decay per type of one lead, for saturatingSignals (no user code runs while it is in use).
  const totals = new Float64Array(signals.size);
  // The `now` of the lead being described, for its lines' {ago} (set per call, like `totals`).
  let nowMs = 0;
  const wordOf = (k: number, c: Counted): string =>
    k === AMOUNT
      ? typeof c.value === 'number' && Number.isFinite(c.value)
        ? money(c.value)
        : 'a'
      : formatAgo(nowMs - c.at);
  return (input) => {
    nowMs = input.nowMs;
    const counted = countSignals(signals, saturating, totals, input);
    if (counted.length === 0) return NO_SIGNALS;
    // Kept by the contribution: allocated at its length.
    const lines = new Array<string>(counted.length);
    let latestMs = -Infinity;
    for (let i = 0; i < counted.length; i++) {
      const c = counted[i]!;
      lines[i] = fillTemplate(c.signal.line, wordOf, c);
      if (c.at > latestMs) latestMs = c.at;
    }
    const detail = lines.length > 1 ? `${lines[0]!} (+${lines.length - 1} more)` : lines[0]!;
    return { detail, signals: lines, latestMs };
  };
}

const NO_SIGNALS: Described = Object.freeze({ detail: 'No recent signals', latestMs: -Infinity });

/**
 * The events a signals criterion counted, strongest first (see {@link byStrength}). A share is
 * what the event added: points × decay for `decayedSignals`; for `saturatingSignals` its type's
 * points split in proportion to each event's decay — the arithmetic of explain.ts, in its order.
 */
function countSignals(
  signals: ReadonlyMap<string, Signal>,
  scale: number | undefined,
  totals: Float64Array,
  { events, nowMs }: EvaluationInput,
): Counted[] {
  const out: Counted[] = [];
  totals.fill(0);
  for (const e of events) {
    const signal = typeof e.type === 'string' ? signals.get(e.type) : undefined;
    if (signal === undefined || e.at > nowMs) continue;
    const decay = Math.pow(0.5, (nowMs - e.at) / HOUR_MS / signal.halfLifeHours);
    const share = scale === undefined ? signal.points * decay : decay;
    out.push({ signal, at: e.at, value: e.value, share });
    if (scale !== undefined) totals[signal.index] = totals[signal.index]! + decay;
  }
  if (scale !== undefined) {
    for (const c of out) {
      const total = totals[c.signal.index]!;
      c.share = total === 0 ? 0 : (saturate(c.signal.points, total, scale) * c.share) / total;
    }
  }
  return stableSort(out, byStrength);
}

function eventCountDescriber(criterion: Criterion, ev: Extract<Evaluator, { kind: 'eventCount' }>): Describer {
  const window = ev.withinHours === undefined ? '' : ` in the last ${formatDuration(ev.withinHours * HOUR_MS)}`;
  const none = `No ${criterion.label.toLowerCase()}${window}`;
  return (input) => {
    const since = ev.withinHours === undefined ? -Infinity : input.nowMs - ev.withinHours * HOUR_MS;
    let count = 0;
    let latestMs = -Infinity;
    for (const e of input.events) {
      if (!ev.types.includes(e.type as string) || e.at > input.nowMs || e.at < since) continue;
      count += 1;
      if (e.at > latestMs) latestMs = e.at;
    }
    return { detail: count === 0 ? none : `${criterion.label}: ${count}${window}`, latestMs };
  };
}

const NO_ACTIVITY: Described = Object.freeze({ detail: 'No activity recorded', latestMs: -Infinity });

function timeSinceDescriber(ev: Extract<Evaluator, { kind: 'timeSince' }>): Describer {
  return (input, points) => {
    const last = lastActivityMs(ev.types, input);
    if (Number.isNaN(last)) return NO_ACTIVITY;
    const detail =
      points < 0
        ? `No activity for ${formatDuration(input.nowMs - last)} (${formatPoints(points)})`
        : `Last activity ${formatAgo(input.nowMs - last)}`;
    return { detail, latestMs: last };
  };
}

const FIELD_PLACEHOLDERS = ['{value}', '{amount}', '{points}'];
const NO_DATA: Described = Object.freeze(field('No data'));

/** The words of a field template's placeholders for one value and its points. */
type FieldWords = { value: unknown; points: number; money: Money };

function fieldWordOf(k: number, { value, points, money }: FieldWords): string {
  if (k === 0) return formatValue(value);
  if (k === 1) return typeof value === 'number' ? money(value) : formatValue(value);
  return formatPoints(points);
}

function fieldDescriber(criterion: Criterion, money: Money): Describer {
  const text = criterion.reason?.text;
  if (text === undefined) {
    const prefix = `${criterion.label}: `;
    return ({ value }) => (isPresent(value) ? field(prefix + formatValue(value)) : NO_DATA);
  }
  // Placeholders are filled literally: a `$&` in a value is text, not a replacement pattern.
  // Each part is worded only when the template has its placeholder.
  const template = compileTemplate(text, FIELD_PLACEHOLDERS);
  const fixed = template.layout?.slots.length === 0 ? Object.freeze(field(text)) : undefined;
  return ({ value }, points) => {
    if (!isPresent(value)) return NO_DATA;
    return fixed ?? field(fillTemplate(template, fieldWordOf, { value, points, money }));
  };
}

function field(detail: string): Described {
  return { detail, latestMs: -Infinity };
}
