// The compiled describers behind `createScorer`'s explanations: the same lines as the readable
// describers of explain.ts (which `scoreLead` uses), word for word, with everything that depends
// only on the model worked out once per criterion — signal labels and reason templates compiled,
// the money formatter resolved — and no sort or map allocated per lead. A property test compares
// createScorer with scoreLead, explanations included; another compares the two describers
// directly on odd labels and templates.
import { unitsFormatter } from '../money/formatUnits';
import { HOUR_MS } from '../time/units';
import { lastActivityMs, saturate, type EvaluationInput } from './evaluators';
import { eventCountDescriber, type Described, type Describer } from './explain';
import { formatAgo, formatDuration, formatPoints, formatValue, humanizeType } from './format';
import { isPresent } from './isPresent';
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

const SIGNAL_PLACEHOLDERS = ['{amount}', '{ago}'];
const AMOUNT = 0;

/**
 * The events one signals criterion counted for one lead: scratch that its describer refills per
 * lead (no user code runs while it is in use), so counting and ordering allocate nothing. A share
 * is what the event added: points × decay for `decayedSignals`; for `saturatingSignals` its
 * type's points split in proportion to each event's decay — the arithmetic of explain.ts, in its
 * order.
 */
class Tally {
  size = 0;
  signals: Signal[] = [];
  values: unknown[] = [];
  at = new Float64Array(8);
  share = new Float64Array(8);
  /** Positions, strongest first once {@link Tally.sort} has run. */
  order = new Int32Array(8);
  /** Σ decay per signal type, for saturatingSignals. */
  totals: Float64Array;

  constructor(types: number) {
    this.totals = new Float64Array(types);
  }

  /** Counts the events of `input` for `signals`, with `scale` for saturatingSignals. */
  count(signals: ReadonlyMap<string, Signal>, scale: number | undefined, { events, nowMs }: EvaluationInput): void {
    this.size = 0;
    this.totals.fill(0);
    for (const e of events) {
      const signal = typeof e.type === 'string' ? signals.get(e.type) : undefined;
      if (signal === undefined || e.at > nowMs) continue;
      const decay = Math.pow(0.5, (nowMs - e.at) / HOUR_MS / signal.halfLifeHours);
      this.add(signal, e.at, e.value, scale === undefined ? signal.points * decay : decay);
      if (scale !== undefined) this.totals[signal.index] = this.totals[signal.index]! + decay;
    }
    if (scale === undefined) return;
    for (let i = 0; i < this.size; i++) {
      const signal = this.signals[i]!;
      const total = this.totals[signal.index]!;
      this.share[i] = total === 0 ? 0 : (saturate(signal.points, total, scale) * this.share[i]!) / total;
    }
  }

  private add(signal: Signal, at: number, value: unknown, share: number): void {
    if (this.size === this.at.length) this.grow();
    const i = this.size++;
    this.signals[i] = signal;
    this.values[i] = value;
    this.at[i] = at;
    this.share[i] = share;
  }

  private grow(): void {
    const length = this.at.length * 2;
    const at = new Float64Array(length);
    const share = new Float64Array(length);
    at.set(this.at);
    share.set(this.share);
    this.at = at;
    this.share = share;
    this.order = new Int32Array(length);
  }

  /** Orders the counted events strongest first, ties by recency (newest first), then by type; stable. */
  sort(): void {
    const { order } = this;
    for (let i = 0; i < this.size; i++) {
      let j = i - 1;
      while (j >= 0 && this.after(order[j]!, i)) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = i;
    }
  }

  /** Whether counted event `a` goes after `b`. */
  private after(a: number, b: number): boolean {
    const order =
      this.share[b]! - this.share[a]! ||
      this.at[b]! - this.at[a]! ||
      compareTypes(this.signals[a]!.type, this.signals[b]!.type);
    return order > 0;
  }

  /** Lets the lead's values go. */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.values[i] = undefined;
    this.size = 0;
  }
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
  const scale = ev.kind === 'saturatingSignals' ? ev.scale : undefined;
  const tally = new Tally(signals.size);
  const answer = reusedAnswer();
  // The `now` of the lead being described, for its lines' {ago} (set per call, like `tally`).
  let nowMs = 0;
  const wordOf = (k: number, i: number): string => {
    if (k !== AMOUNT) return formatAgo(nowMs - tally.at[i]!);
    const value = tally.values[i];
    return typeof value === 'number' && Number.isFinite(value) ? money(value) : 'a';
  };
  return (input) => {
    nowMs = input.nowMs;
    tally.count(signals, scale, input);
    if (tally.size === 0) return NO_SIGNALS;
    tally.sort();
    // Kept by the contribution: allocated at its length.
    const lines = new Array<string>(tally.size);
    let latestMs = -Infinity;
    for (let r = 0; r < tally.size; r++) {
      const i = tally.order[r]!;
      lines[r] = fillTemplate(tally.signals[i]!.line, wordOf, i);
      if (tally.at[i]! > latestMs) latestMs = tally.at[i]!;
    }
    tally.clear();
    answer.detail = lines.length > 1 ? `${lines[0]!} (+${lines.length - 1} more)` : lines[0]!;
    answer.signals = lines;
    answer.latestMs = latestMs;
    return answer;
  };
}

const NO_SIGNALS: Described = Object.freeze({ detail: 'No recent signals', latestMs: -Infinity });

const NO_ACTIVITY: Described = Object.freeze({ detail: 'No activity recorded', latestMs: -Infinity });

function timeSinceDescriber(ev: Extract<Evaluator, { kind: 'timeSince' }>): Describer {
  const answer = reusedAnswer();
  return (input, points) => {
    const last = lastActivityMs(ev.types, input);
    if (Number.isNaN(last)) return NO_ACTIVITY;
    answer.detail =
      points < 0
        ? `No activity for ${formatDuration(input.nowMs - last)} (${formatPoints(points)})`
        : `Last activity ${formatAgo(input.nowMs - last)}`;
    answer.latestMs = last;
    return answer;
  };
}

/**
 * The one answer a describer gives, refilled on each call: createScorer reads it before the
 * next call (the scorer, like its scratch, is not reentrant), so describing allocates none.
 */
function reusedAnswer(): Described {
  return { detail: '', signals: undefined, latestMs: -Infinity };
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
  const answer = reusedAnswer();
  const described = (detail: string): Described => ((answer.detail = detail), answer);
  if (text === undefined) {
    const prefix = `${criterion.label}: `;
    return ({ value }) => (isPresent(value) ? described(prefix + formatValue(value)) : NO_DATA);
  }
  // Placeholders are filled literally: a `$&` in a value is text, not a replacement pattern.
  // Each part is worded only when the template has its placeholder.
  const template = compileTemplate(text, FIELD_PLACEHOLDERS);
  const fixed = template.layout?.slots.length === 0 ? Object.freeze(field(text)) : undefined;
  const words: FieldWords = { value: undefined, points: 0, money };
  return ({ value }, points) => {
    if (!isPresent(value)) return NO_DATA;
    if (fixed !== undefined) return fixed;
    words.value = value;
    words.points = points;
    const line = fillTemplate(template, fieldWordOf, words);
    words.value = undefined;
    return described(line);
  };
}

function field(detail: string): Described {
  return { detail, latestMs: -Infinity };
}
