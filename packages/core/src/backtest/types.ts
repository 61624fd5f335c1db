import type { Lead } from '../lead/types';
import type {
  ActivityRecord,
  MoneyFormat,
  Placement,
  PromiseToPay,
  ReceivedPayment,
  WorkSession,
} from '../metrics/types';
import type { ContactPolicy } from '../policy/types';
import type { Scorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';

/**
 * What an ordering sees of an account when the queue is refreshed: the lead as of that moment
 * (events after it are ignored by scoring), its remaining balance and its hot-lead score.
 */
export type OrderingItem = {
  lead: Lead;
  id: string;
  /** Remaining balance in minor units as of the refresh. */
  balance: number;
  /** The hot-lead score as of the refresh (0–100). */
  score: number;
  /** When the account was opened (`lead.createdAt`), epoch ms; +∞ when unknown. */
  createdAt: number;
  /** `lead.name`, or the id when there is none. */
  name: string;
};

/** A queue order to backtest: a comparator over {@link OrderingItem}s, negative when `a` comes first. */
export type Ordering = {
  id: string;
  label: string;
  compare: (a: OrderingItem, b: OrderingItem) => number;
};

/** The built-in orderings by name (docs/backtest.md). */
export type BuiltInOrdering = 'hotLead' | 'balance' | 'oldest' | 'alphabetical';

/**
 * The account history a backtest runs on.
 *
 * - In `simulate` mode only `accounts` is read: each account's balance (major units, as the demo
 *   book carries it) and its events before the start are the starting state.
 * - In `replay` mode the host's real log is read too: `activities` (each contact attempt),
 *   `payments`, `promises` and `sessions`, all within the backtest's days. `placements` default
 *   to each account's balance at the start.
 */
export type BacktestHistory = {
  accounts: readonly Lead[];
  activities?: readonly ActivityRecord[];
  payments?: readonly ReceivedPayment[];
  promises?: readonly PromiseToPay[];
  sessions?: readonly WorkSession[];
  placements?: readonly Placement[];
};

/** The working day the collectors work, in the agency's zone. */
export type Shift = {
  /** Local start time `HH:MM` (default `09:00`). */
  start?: string;
  /** Length in hours (default 8). */
  hours?: number;
};

/**
 * The consumer-behaviour model of a simulation (docs/backtest.md, "The behaviour model"). Every
 * probability rises with the account's *heat* h = 1 − e^(−intent), where intent sums the account's
 * intent signals, each halving after its half-life.
 */
export type BehaviourModel = {
  /** Intent weight and half-life (hours) per event type. */
  signals: Record<string, { weight: number; halfLifeHours: number }>;
  /** P(answer) = base + lift × h. */
  answer: { base: number; lift: number };
  /** P(pay now | reached) = base + lift × h. */
  pay: { base: number; lift: number };
  /** P(promise | reached, no payment) = base + lift × h. */
  promise: { base: number; lift: number };
  /** P(keep the promise) = base + lift × h, h at the time of the promise. */
  keep: { base: number; lift: number };
  /** Share of the balance paid at once: `full` is P(pay all); otherwise uniform in `[min, max]`. */
  amount: { full: number; min: number; max: number };
  /** Days from a promise to its due date. */
  promiseDays: number;
  /** P(a new intent signal) per account per day, with the type mix. */
  newSignals: { perDay: number; mix: Record<string, number> };
};

/** Options for {@link backtestQueue}. */
export type BacktestOptions = {
  /** `simulate` (default) or `replay` (the host's real log; an off-policy estimate). */
  mode?: 'simulate' | 'replay';
  /** The first local date worked, `YYYY-MM-DD` in `timeZone`. */
  start: string;
  /** Days worked (1–366). */
  days: number;
  /** The agency's IANA zone: shifts, days and promise dates (default `America/New_York`). */
  timeZone?: string;
  shift?: Shift;
  /** Collectors working each day (simulation; default 5). */
  collectors?: number;
  /** Call attempts a collector makes per hour (simulation; default 12). */
  attemptsPerHour?: number;
  /** The queue is re-ranked every this many hours (default 1). */
  refreshHours?: number;
  /** The contact policy every pick must satisfy (default: none). */
  policy?: ContactPolicy;
  /** The hot-lead model or scorer (default `collectionsHotLeadModel`). */
  model?: ScoringModel | Scorer;
  /** Simulation seeds: a count (default 20, seeds 1…n) or the list. */
  seeds?: number | readonly number[];
  /** Overrides of the default behaviour model (simulation). */
  behaviour?: Partial<BehaviourModel>;
  /** The ordering lifts are measured against (default the second ordering, else the first). */
  baseline?: string;
  format?: MoneyFormat;
};

/** An estimate over seeds: the mean and a 95 % interval (mean ± 1.96 × standard error). */
export type Estimate = {
  mean: number;
  low: number;
  high: number;
  /** e.g. "$114.20/h (95% CI $101.10–$127.30)". */
  display: string;
};

/** The figures of one run (one ordering, one seed; or one replay). */
export type BacktestFigures = {
  /** Minor units collected in the period. */
  revenue: number;
  hours: number;
  /** Minor units per collector hour; null when nobody worked. */
  revenuePerHour: number | null;
  /** collected ÷ placed; null when nothing was placed. */
  collectionRate: number | null;
  attempts: number;
  rightPartyContacts: number;
  rightPartyContactRate: number | null;
  promisesMade: number;
  promisesKept: number;
};

/** One ordering's result. */
export type BacktestOrderingResult = {
  id: string;
  label: string;
  /** One entry per seed (simulation) or a single entry (replay). */
  runs: BacktestFigures[];
  revenuePerHour: Estimate;
  collectionRate: Estimate;
  rightPartyContacts: Estimate;
  promisesKept: Estimate;
  /** Revenue per hour ÷ the baseline's, minus 1, paired by seed; absent for the baseline itself. */
  lift?: Estimate;
  /**
   * Replay only: the share of logged attempts where this ordering's pick is the account really
   * contacted. The figures count only those steps, scaled by 1 ÷ coverage.
   */
  coverage?: number;
};

/** What {@link backtestQueue} returns. */
export type BacktestResult = {
  mode: 'simulate' | 'replay';
  baseline: string;
  seeds: number[];
  orderings: BacktestOrderingResult[];
  /** What the figures mean, in a sentence for the screen. */
  caveat: string;
};

/** The log of one run: what happened, as core's metrics read it. */
export type BacktestLog = {
  activities: ActivityRecord[];
  payments: ReceivedPayment[];
  promises: PromiseToPay[];
  sessions: WorkSession[];
  placements: Placement[];
  /** Every account with the events the run added (new signals, payments, promises). */
  accounts: Lead[];
};
