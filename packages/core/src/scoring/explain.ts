import { HOUR_MS } from '../time/units';
import { lastActivityMs, saturate, type EvaluationInput } from './evaluators';
import { formatUnits } from '../money/formatUnits';
import { formatAgo, formatDuration, formatPoints, formatValue, humanizeType } from './format';
import { isPresent } from './isPresent';
import { stableSort } from './stableSort';
import type { Contribution, Criterion, Evaluator, ScoringModel } from './types';

type Money = (amount: number) => string;

function moneyOf(model: ScoringModel): Money {
  const locale = model.format?.locale ?? 'en-US';
  const currency = model.format?.currency ?? 'USD';
  return (amount) => formatUnits(amount, currency, locale);
}

type SignalsEvaluator = Extract<Evaluator, { kind: 'decayedSignals' | 'saturatingSignals' }>;

function eventEvaluator(criterion: Criterion): Evaluator | undefined {
  for (const ev of [criterion.evaluation, criterion.information]) {
    if (ev !== undefined && EVENT_KINDS.has(ev.kind)) return ev;
  }
  return undefined;
}

const EVENT_KINDS = /* @__PURE__ */ (() =>
  new Set<Evaluator['kind']>(['decayedSignals', 'saturatingSignals', 'eventCount', 'timeSince']))();

/** One counted signal: what it added, when, and its amount. */
type Counted = { type: string; at: number; value?: unknown; share: number };

/**
 * The signals a criterion counted, strongest first, ties by recency (newest first), then by
 * type. A signal's share is what it added: points × decay for `decayedSignals`; for
 * `saturatingSignals` its type's points split in proportion to each event's decay.
 */
function countedSignals(ev: SignalsEvaluator, input: EvaluationInput): Counted[] {
  const out: Counted[] = [];
  const decayedByType = new Map<string, number>();
  for (const e of input.events) {
    if (typeof e.type !== 'string' || !Object.prototype.hasOwnProperty.call(ev.signals, e.type) || e.at > input.nowMs)
      continue;
    const signal = ev.signals[e.type]!;
    const decay = Math.pow(0.5, (input.nowMs - e.at) / HOUR_MS / signal.halfLifeHours);
    out.push({
      type: e.type,
      at: e.at,
      value: e.value,
      share: ev.kind === 'decayedSignals' ? signal.points * decay : decay,
    });
    if (ev.kind === 'saturatingSignals') decayedByType.set(e.type, (decayedByType.get(e.type) ?? 0) + decay);
  }
  if (ev.kind === 'saturatingSignals') {
    for (const c of out) {
      const total = decayedByType.get(c.type)!;
      c.share = total === 0 ? 0 : (saturate(ev.signals[c.type]!.points, total, ev.scale) * c.share) / total;
    }
  }
  return out.sort((a, b) => b.share - a.share || b.at - a.at || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function signalLine(ev: SignalsEvaluator, c: Counted, nowMs: number, money: Money): string {
  const label = ev.signals[c.type]!.label ?? `${humanizeType(c.type)} {ago}`;
  // Each part is worded only when the label has its placeholder (money formatting is the dear one).
  return label
    .replace('{amount}', () => (typeof c.value === 'number' && Number.isFinite(c.value) ? money(c.value) : 'a'))
    .replace('{ago}', () => formatAgo(nowMs - c.at));
}

function describeSignals(ev: SignalsEvaluator, input: EvaluationInput, money: Money): Described {
  const counted = countedSignals(ev, input);
  if (counted.length === 0) return { detail: 'No recent signals', latestMs: -Infinity };
  const signals = counted.map((c) => signalLine(ev, c, input.nowMs, money));
  let latestMs = -Infinity;
  for (const c of counted) if (c.at > latestMs) latestMs = c.at;
  const detail = signals.length > 1 ? `${signals[0]!} (+${signals.length - 1} more)` : signals[0]!;
  return { detail, signals, latestMs };
}

/**
 * What a describer says about one criterion of one lead: the line a collector reads, every
 * signal it counted (strongest first, so the "+N more" of the line are listed) and the time of
 * the newest event it counted (−∞ for a field criterion), which breaks ties between reasons.
 */
export type Described = { detail: string; signals?: string[]; latestMs: number };

/** Words one criterion's result for one lead (see {@link describeCriterion}). */
export type Describer = (input: EvaluationInput, points: number) => Described;

/**
 * The describer of an `eventCount` criterion: how many of its events fell in the window, and the
 * newest one's time. The same for `scoreLead` and `createScorer` (nothing in it is worth compiling).
 * @internal
 */
export function eventCountDescriber(criterion: Criterion, ev: Extract<Evaluator, { kind: 'eventCount' }>): Describer {
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

/**
 * The plain-language line writer for one criterion, written for clarity (`scoreLead` builds one
 * per call; `createScorer` compiles the same lines in describers.ts): what a collector reads in
 * the why-hot panel. Field criteria use their `reason` template (`{value}`, `{amount}`,
 * `{points}`) or "Label: value"; signals name the strongest event; time-untouched says how long.
 */
function describerOf(criterion: Criterion, model: ScoringModel): Describer {
  const money = moneyOf(model);
  const ev = eventEvaluator(criterion);
  if (ev?.kind === 'decayedSignals' || ev?.kind === 'saturatingSignals')
    return (input) => describeSignals(ev, input, money);
  if (ev?.kind === 'eventCount') return eventCountDescriber(criterion, ev);
  if (ev?.kind === 'timeSince') {
    return (input, points) => {
      const last = lastActivityMs(ev.types, input);
      if (Number.isNaN(last)) return { detail: 'No activity recorded', latestMs: -Infinity };
      const detail =
        points < 0
          ? `No activity for ${formatDuration(input.nowMs - last)} (${formatPoints(points)})`
          : `Last activity ${formatAgo(input.nowMs - last)}`;
      return { detail, latestMs: last };
    };
  }
  const template = criterion.reason?.text;
  if (template === undefined) {
    const prefix = `${criterion.label}: `;
    return ({ value }) => field(isPresent(value) ? prefix + formatValue(value) : 'No data');
  }
  // Placeholders are filled literally: a `$&` in a value is text, not a replacement pattern.
  // Each part is worded only when the template has its placeholder.
  return ({ value }, points) => {
    if (!isPresent(value)) return field('No data');
    return field(
      template
        .replace('{value}', () => formatValue(value))
        .replace('{amount}', () => (typeof value === 'number' ? money(value) : formatValue(value)))
        .replace('{points}', () => formatPoints(points)),
    );
  };
}

function field(detail: string): Described {
  return { detail, latestMs: -Infinity };
}

/** The plain-language line (and counted signals) for one criterion of one lead, as a collector reads it. */
export function describeCriterion(
  criterion: Criterion,
  input: EvaluationInput,
  points: number,
  model: ScoringModel,
): Described {
  return describerOf(criterion, model)(input, points);
}

const MAX_POSITIVE_REASONS = 3;

/** Positive contributions worth less than this many points (a faded signal) give no reason line. */
const MIN_REASON_POINTS = 0.05;

/**
 * Orders contributions (given in criterion-id order, with the time of the newest event each
 * counted, −∞ for none) by |weighted|, highest first; ties go to the more recent, then keep id
 * order. Picks the reasons: up to 3 positive lines (faded signals under 0.05 points left out),
 * then every penalty line (docs/scoring.md, "Explanations").
 */
export function explain(
  inIdOrder: readonly Contribution[],
  latestMs: ArrayLike<number>,
): { contributions: Contribution[]; reasons: string[] } {
  // Zero contributions (missing data, often most of a b2b model) keep id order at the end;
  // only the others need sorting.
  let nonZero = 0;
  for (const c of inIdOrder) if (c.weighted !== 0) nonZero++;
  const ranked = new Array<number>(nonZero);
  nonZero = 0;
  for (let i = 0; i < inIdOrder.length; i++) if (inIdOrder[i]!.weighted !== 0) ranked[nonZero++] = i;
  stableSort(ranked, (a, b) => {
    const impact = Math.abs(inIdOrder[b]!.weighted) - Math.abs(inIdOrder[a]!.weighted);
    if (impact !== 0) return impact;
    const ta = latestMs[a]!;
    const tb = latestMs[b]!;
    return ta === tb ? a - b : tb > ta ? 1 : -1;
  });
  // Both lists are kept by the caller: each is allocated at its length.
  const contributions = new Array<Contribution>(inIdOrder.length);
  let at = 0;
  for (const i of ranked) contributions[at++] = inIdOrder[i]!;
  for (const c of inIdOrder) if (c.weighted === 0) contributions[at++] = c;
  let positive = 0;
  let penalties = 0;
  for (const c of contributions) {
    if (c.weighted < 0) penalties++;
    else if (positive < MAX_POSITIVE_REASONS && isReason(c)) positive++;
  }
  const reasons = new Array<string>(positive + penalties);
  at = 0;
  for (let i = 0; i < contributions.length && at < positive; i++)
    if (isReason(contributions[i]!)) reasons[at++] = contributions[i]!.detail;
  for (const c of contributions) if (c.weighted < 0) reasons[at++] = c.detail;
  return { contributions, reasons };
}

/** A positive contribution worth a reason line. */
function isReason(c: Contribution): boolean {
  return c.weighted > 0 && c.points >= MIN_REASON_POINTS;
}
