import { HOUR_MS } from '../time/units';
import { lastActivityMs, type EvaluationInput } from './evaluators';
import { formatUnits } from '../money/formatUnits';
import { formatAgo, formatDuration, formatPoints, formatValue, humanizeType } from './format';
import { isPresent } from './isPresent';
import type { Contribution, Criterion, Evaluator, ScoringModel } from './types';

type Money = (amount: number) => string;

function moneyOf(model: ScoringModel): Money {
  const locale = model.format?.locale ?? 'en-US';
  const currency = model.format?.currency ?? 'USD';
  return (amount) => formatUnits(amount, currency, locale);
}

function eventEvaluator(criterion: Criterion): Evaluator | undefined {
  for (const ev of [criterion.evaluation, criterion.information]) {
    if (ev !== undefined && (ev.kind === 'decayedSignals' || ev.kind === 'eventCount' || ev.kind === 'timeSince'))
      return ev;
  }
  return undefined;
}

function describeSignals(
  ev: Extract<Evaluator, { kind: 'decayedSignals' }>,
  input: EvaluationInput,
  money: Money,
): string {
  let best: { type: string; at: number; value?: unknown; weight: number } | undefined;
  let count = 0;
  for (const e of input.events) {
    if (typeof e.type !== 'string' || !Object.prototype.hasOwnProperty.call(ev.signals, e.type) || e.at > input.nowMs)
      continue;
    const signal = ev.signals[e.type]!;
    const weight = signal.points * Math.pow(0.5, (input.nowMs - e.at) / HOUR_MS / signal.halfLifeHours);
    count += 1;
    if (best === undefined || weight > best.weight) best = { type: e.type, at: e.at, value: e.value, weight };
  }
  if (best === undefined) return 'No recent signals';
  const label = ev.signals[best.type]!.label ?? `${humanizeType(best.type)} {ago}`;
  const amount = typeof best.value === 'number' && Number.isFinite(best.value) ? money(best.value) : 'a';
  const ago = formatAgo(input.nowMs - best.at);
  const line = label.replace('{amount}', () => amount).replace('{ago}', () => ago);
  return count > 1 ? `${line} (+${count - 1} more)` : line;
}

/** Words one criterion's result for one lead. Built once per criterion by {@link compileDescriber}. */
export type Describer = (input: EvaluationInput, points: number) => string;

/**
 * Builds the plain-language line writer for one criterion: what a collector reads in the
 * why-hot panel. Field criteria use their `reason` template (`{value}`, `{amount}`,
 * `{points}`) or "Label: value"; signals name the strongest event; time-untouched says how long.
 */
export function compileDescriber(criterion: Criterion, model: ScoringModel): Describer {
  const money = moneyOf(model);
  const ev = eventEvaluator(criterion);
  if (ev?.kind === 'decayedSignals') return (input) => describeSignals(ev, input, money);
  if (ev?.kind === 'eventCount') {
    const window = ev.withinHours === undefined ? '' : ` in the last ${formatDuration(ev.withinHours * HOUR_MS)}`;
    const none = `No ${criterion.label.toLowerCase()}${window}`;
    return (input) => {
      const since = ev.withinHours === undefined ? -Infinity : input.nowMs - ev.withinHours * HOUR_MS;
      const count = input.events.filter(
        (e) => ev.types.includes(e.type as string) && e.at <= input.nowMs && e.at >= since,
      ).length;
      return count === 0 ? none : `${criterion.label}: ${count}${window}`;
    };
  }
  if (ev?.kind === 'timeSince') {
    return (input, points) => {
      const last = lastActivityMs(ev.types, input);
      if (Number.isNaN(last)) return 'No activity recorded';
      return points < 0
        ? `No activity for ${formatDuration(input.nowMs - last)} (${formatPoints(points)})`
        : `Last activity ${formatAgo(input.nowMs - last)}`;
    };
  }
  const template = criterion.reason?.text;
  if (template === undefined) {
    const prefix = `${criterion.label}: `;
    return ({ value }) => (isPresent(value) ? prefix + formatValue(value) : 'No data');
  }
  // Placeholders are filled literally: a `$&` in a value is text, not a replacement pattern.
  return ({ value }, points) => {
    if (!isPresent(value)) return 'No data';
    const text = formatValue(value);
    const amount = typeof value === 'number' ? money(value) : text;
    return template
      .replace('{value}', () => text)
      .replace('{amount}', () => amount)
      .replace('{points}', () => formatPoints(points));
  };
}

/** The plain-language line for one criterion of one lead (see {@link compileDescriber}). */
export function describeCriterion(
  criterion: Criterion,
  input: EvaluationInput,
  points: number,
  model: ScoringModel,
): string {
  return compileDescriber(criterion, model)(input, points);
}

const MAX_POSITIVE_REASONS = 3;

function byImpact(a: Contribution, b: Contribution): number {
  return Math.abs(b.weighted) - Math.abs(a.weighted);
}
/** Positive contributions worth less than this many points (a faded signal) give no reason line. */
const MIN_REASON_POINTS = 0.05;

/**
 * Orders contributions (given in criterion-id order) by |weighted|, highest first (ties keep
 * id order), and picks the reasons: up to 3 positive lines (faded signals under 0.05 points
 * left out), then every penalty line.
 */
export function explain(inIdOrder: readonly Contribution[]): { contributions: Contribution[]; reasons: string[] } {
  // Zero contributions (missing data, often most of a b2b model) keep id order at the end;
  // only the others need sorting.
  const contributions: Contribution[] = [];
  const zero: Contribution[] = [];
  for (const c of inIdOrder) (c.weighted === 0 ? zero : contributions).push(c);
  contributions.sort(byImpact);
  for (const c of zero) contributions.push(c);
  const reasons: string[] = [];
  for (const c of contributions) {
    if (reasons.length === MAX_POSITIVE_REASONS) break;
    if (c.weighted > 0 && c.points >= MIN_REASON_POINTS) reasons.push(c.detail);
  }
  for (const c of contributions) if (c.weighted < 0) reasons.push(c.detail);
  return { contributions, reasons };
}
