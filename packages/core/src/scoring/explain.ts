import { HOUR_MS } from '../time/toEpochMs';
import { lastActivityMs, type EvaluationInput } from './evaluators';
import { formatAgo, formatDuration, formatMoney, formatPoints, formatValue, humanizeType } from './format';
import { isPresent } from './isPresent';
import type { Contribution, Criterion, Evaluator, ScoringModel } from './types';

type Money = (amount: number) => string;

function moneyOf(model: ScoringModel): Money {
  const locale = model.format?.locale;
  const currency = model.format?.currency;
  return (amount) => formatMoney(amount, locale, currency);
}

function eventEvaluator(criterion: Criterion): Evaluator | undefined {
  for (const ev of [criterion.evaluation, criterion.information]) {
    if (ev !== undefined && (ev.kind === 'decayedSignals' || ev.kind === 'eventCount' || ev.kind === 'timeSince')) return ev;
  }
  return undefined;
}

function describeSignals(ev: Extract<Evaluator, { kind: 'decayedSignals' }>, input: EvaluationInput, money: Money): string {
  let best: { type: string; at: number; value?: unknown; weight: number } | undefined;
  let count = 0;
  for (const e of input.events) {
    if (typeof e.type !== 'string' || !Object.prototype.hasOwnProperty.call(ev.signals, e.type) || e.at > input.nowMs) continue;
    const signal = ev.signals[e.type]!;
    const weight = signal.points * Math.pow(0.5, (input.nowMs - e.at) / HOUR_MS / signal.halfLifeHours);
    count += 1;
    if (best === undefined || weight > best.weight) best = { type: e.type, at: e.at, value: e.value, weight };
  }
  if (best === undefined) return 'No recent signals';
  const label = ev.signals[best.type]!.label ?? `${humanizeType(best.type)} {ago}`;
  const amount = typeof best.value === 'number' && Number.isFinite(best.value) ? money(best.value) : 'a';
  const line = label.replace('{amount}', amount).replace('{ago}', formatAgo(input.nowMs - best.at));
  return count > 1 ? `${line} (+${count - 1} more)` : line;
}

/**
 * The plain-language line for one criterion of one lead: what a collector reads in the
 * why-hot panel. Field criteria use their `reason` template (`{value}`, `{amount}`,
 * `{points}`) or "Label: value"; signals name the strongest event; time-untouched says how long.
 */
export function describeCriterion(criterion: Criterion, input: EvaluationInput, points: number, model: ScoringModel): string {
  const money = moneyOf(model);
  const ev = eventEvaluator(criterion);
  if (ev?.kind === 'decayedSignals') return describeSignals(ev, input, money);
  if (ev?.kind === 'eventCount') {
    const count = input.events.filter((e) => ev.types.includes(e.type as string) && e.at <= input.nowMs && (ev.withinHours === undefined || e.at >= input.nowMs - ev.withinHours * HOUR_MS)).length;
    const window = ev.withinHours === undefined ? '' : ` in the last ${formatDuration(ev.withinHours * HOUR_MS)}`;
    return count === 0 ? `No ${criterion.label.toLowerCase()}${window}` : `${criterion.label}: ${count}${window}`;
  }
  if (ev?.kind === 'timeSince') {
    const last = lastActivityMs(ev.types, input);
    if (Number.isNaN(last)) return 'No activity recorded';
    const idle = formatDuration(input.nowMs - last);
    return points < 0 ? `No activity for ${idle} (${formatPoints(points)})` : `Last activity ${formatAgo(input.nowMs - last)}`;
  }
  if (!isPresent(input.value)) return 'No data';
  if (criterion.reason !== undefined) {
    const amount = typeof input.value === 'number' ? money(input.value) : formatValue(input.value);
    return criterion.reason.text.replace('{value}', formatValue(input.value)).replace('{amount}', amount).replace('{points}', formatPoints(points));
  }
  return `${criterion.label}: ${formatValue(input.value)}`;
}

/** One criterion's result before it is explained. */
export type CriterionResult = { criterion: Criterion; points: number; input: EvaluationInput };

const MAX_POSITIVE_REASONS = 3;
/** Positive contributions worth less than this many points (a faded signal) give no reason line. */
const MIN_REASON_POINTS = 0.05;

/**
 * Turns per-criterion results (in criterion-id order) into contributions — every criterion,
 * highest |weighted| first, ties by id — and reasons: up to 3 positive lines (faded signals
 * under 0.05 points left out), then penalties.
 */
export function explain(results: readonly CriterionResult[], model: ScoringModel): { contributions: Contribution[]; reasons: string[] } {
  const contributions: Contribution[] = results.map(({ criterion, points, input }) => ({
    criterionId: criterion.id,
    label: criterion.label,
    group: criterion.group,
    points,
    weighted: points * criterion.weight,
    maxWeighted: criterion.maxPoints * criterion.weight,
    detail: describeCriterion(criterion, input, points, model),
  }));
  contributions.sort((a, b) => Math.abs(b.weighted) - Math.abs(a.weighted));
  const positive = contributions.filter((c) => c.weighted > 0 && c.points >= MIN_REASON_POINTS).slice(0, MAX_POSITIVE_REASONS);
  const penalties = contributions.filter((c) => c.weighted < 0);
  return { contributions, reasons: [...positive, ...penalties].map((c) => c.detail) };
}
