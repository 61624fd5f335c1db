import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { moneyOf } from '../metrics/format';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { USD } from '../money/currencies';
import { formatChange } from '../money/formatChange';
import { formatPercent } from '../money/formatPercent';
import { createContactChecker } from '../policy/createContactChecker';
import { createScorer, isScorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';
import { isIanaTimeZone } from '../time/timeZone';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { startingAccounts } from './accounts';
import { DEFAULT_BEHAVIOUR } from './behaviour';
import { backtestCalendar } from './calendar';
import { estimate } from './estimate';
import { BACKTEST_ORDERINGS, SCORE_FREE } from './orderings';
import { readReplayLog, replayRun } from './replay';
import { simulateRun } from './simulate';
import { figuresOf } from './figures';
import type {
  BacktestFigures,
  BacktestHistory,
  BacktestOptions,
  BacktestOrderingResult,
  BacktestResult,
  BehaviourModel,
  BuiltInOrdering,
  Ordering,
} from './types';

const SIMULATED =
  'Simulated: the lift is only what the behaviour model assumes. Real lift must come from your own history (replay mode).';
const REPLAYED =
  'Replayed from your log: only the steps where an ordering picks the account really contacted count, scaled by coverage.';

function readOrderings(orderings: unknown): Ordering[] {
  const list = requireList<unknown>(orderings, ['orderings']);
  if (list.length === 0)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected at least one ordering', { path: ['orderings'] });
  const ids = new Set<string>();
  return list.map((o, i) => {
    const ordering =
      typeof o === 'string' && Object.hasOwn(BACKTEST_ORDERINGS, o) ? BACKTEST_ORDERINGS[o as BuiltInOrdering] : o;
    const ok =
      ordering !== null &&
      typeof ordering === 'object' &&
      typeof (ordering as Ordering).id === 'string' &&
      typeof (ordering as Ordering).label === 'string' &&
      typeof (ordering as Ordering).compare === 'function';
    if (!ok)
      throw new HotleadsError(
        'INVALID_ARGUMENT',
        "Expected an ordering: 'hotLead', 'balance', 'oldest', 'alphabetical' or { id, label, compare }",
        { path: ['orderings', i] },
      );
    const { id } = ordering as Ordering;
    if (ids.has(id))
      throw new HotleadsError('INVALID_ARGUMENT', 'Ordering ids must be unique', { path: ['orderings', i, 'id'] });
    ids.add(id);
    return ordering as Ordering;
  });
}

function readSeeds(seeds: unknown): number[] {
  if (seeds === undefined) return Array.from({ length: 20 }, (_, i) => i + 1);
  if (typeof seeds === 'number' && Number.isInteger(seeds) && seeds >= 1 && seeds <= 1000)
    return Array.from({ length: seeds }, (_, i) => i + 1);
  const list = Array.isArray(seeds) ? seeds : null;
  if (list === null || list.length === 0 || list.length > 1000 || !list.every((s) => Number.isSafeInteger(s)))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a seed count from 1 to 1000, or a list of whole seeds', {
      path: ['seeds'],
    });
  return [...(list as number[])];
}

function positive(value: unknown, fallback: number, max: number, path: string, whole: boolean): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !(v > 0) || v > max || (whole && !Number.isInteger(v)))
    throw new HotleadsError(
      'INVALID_ARGUMENT',
      `Expected ${whole ? 'a whole number' : 'a number'} above 0, at most ${max}`,
      {
        path: [path],
      },
    );
  return v;
}

const FIGURE_COUNT = (f: BacktestFigures, key: 'rightPartyContacts' | 'promisesKept') => f[key];

/**
 * Backtests work-queue orderings (docs/backtest.md): does working the hot-lead queue earn more per
 * collector hour than working by balance, age or name?
 *
 * - `simulate` (default): collectors work each ordering's queue for the shift's capacity, day by
 *   day, under the contact policy, against a documented consumer-behaviour model. Every ordering
 *   meets the same consumers' luck (common random numbers); figures are over `seeds` runs, with
 *   95 % intervals and a lift against the baseline paired by seed. The simulated lift is only what
 *   the model assumes.
 * - `replay`: the host's real log, an off-policy estimate. Only steps where an ordering's pick is
 *   the account really contacted count, and `coverage` says how many.
 *
 * Figures come from core's own metrics (`revenuePerCollectorHour`, `collectionRate`,
 * `rightPartyContactRate`, `promisePipeline`) over each run's log.
 *
 * @param history the accounts (and, for a replay, the logged attempts, payments, promises, sessions).
 * @param orderings built-in names (`'hotLead'`, `'balance'`, `'oldest'`, `'alphabetical'`) or comparators.
 * @throws HotleadsError `INVALID_ARGUMENT` naming the option or record; `INVALID_AMOUNT`,
 *   `INVALID_TIME`, `INVALID_MODEL`, `INVALID_POLICY` from the parts it reads.
 * @example backtestQueue({ accounts: book }, ['hotLead', 'balance'], { start: '2026-11-02', days: 10, policy: regFPolicy })
 */
export function backtestQueue(
  history: BacktestHistory,
  orderings: ReadonlyArray<BuiltInOrdering | Ordering>,
  options: BacktestOptions,
): BacktestResult {
  try {
    return backtest(history, orderings, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function backtest(
  history: BacktestHistory,
  orderingList: ReadonlyArray<BuiltInOrdering | Ordering>,
  options: BacktestOptions,
): BacktestResult {
  requireOptions(options);
  if (history === null || typeof history !== 'object')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a history: { accounts, … }', { path: ['history'] });
  const mode = options.mode ?? 'simulate';
  if (mode !== 'simulate' && mode !== 'replay')
    throw new HotleadsError('INVALID_ARGUMENT', "Expected mode 'simulate' or 'replay'", { path: ['mode'] });
  const orderings = readOrderings(orderingList);
  const timeZone = options.timeZone ?? 'America/New_York';
  if (!isIanaTimeZone(timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone', { path: ['timeZone'] });
  const calendar = backtestCalendar(options.start, options.days, timeZone, options.shift);
  const collectors = positive(options.collectors, 5, 1000, 'collectors', true);
  const attemptsPerHour = positive(options.attemptsPerHour, 12, 120, 'attemptsPerHour', false);
  const refreshHours = positive(options.refreshHours, 1, 24, 'refreshHours', false);
  const seeds = mode === 'replay' ? [] : readSeeds(options.seeds);
  const behaviour: BehaviourModel = { ...DEFAULT_BEHAVIOUR, ...(options.behaviour ?? {}) };
  const currency = options.format?.currency ?? USD;
  const scorer = isScorer(options.model)
    ? options.model
    : createScorer((options.model as ScoringModel | undefined) ?? collectionsHotLeadModel);
  const checker = options.policy === undefined ? undefined : createContactChecker(options.policy);
  const leads = requireList(history.accounts, ['history', 'accounts']);
  const start = startingAccounts(leads as never, currency, behaviour);
  const accounts = () =>
    start.map((a) => ({
      ...a,
      lead: { ...a.lead, events: [...(a.lead.events ?? [])] },
      payments: [],
      promises: [],
      attempts: [],
      signals: [...a.signals],
    }));
  const scorerFor = (o: Ordering) => (SCORE_FREE.has(o) ? {} : { scorer });
  const policy = checker === undefined ? {} : { checker };
  const baseline = options.baseline ?? (orderings[1] ?? orderings[0]!).id;
  if (!orderings.some((o) => o.id === baseline))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected the id of one of the orderings', { path: ['baseline'] });

  let runs: Array<{ ordering: Ordering; figures: BacktestFigures[]; coverage?: number }>;
  if (mode === 'simulate') {
    runs = orderings.map((ordering) => ({
      ordering,
      figures: seeds.map((seed) =>
        figuresOf(
          simulateRun(
            {
              accounts,
              ordering,
              ...scorerFor(ordering),
              ...policy,
              calendar,
              collectors,
              attemptsPerHour,
              refreshHours,
              behaviour,
              currency,
            },
            seed,
          ),
          calendar,
          options.format,
        ),
      ),
    }));
  } else {
    const ids = new Map(start.map((a, i) => [a.id, i]));
    const placements = start.map((a) => ({ leadId: a.id, amount: a.startBalance, at: calendar.from }));
    const log = readReplayLog(history, ids, placements);
    runs = orderings.map((ordering) => {
      const { figures, coverage } = replayRun({
        accounts,
        log,
        ordering,
        ...scorerFor(ordering),
        ...policy,
        calendar,
        refreshHours,
        ...(options.format === undefined ? {} : { format: options.format }),
      });
      return { ordering, figures: [figures], coverage };
    });
  }

  const money = moneyOf(options.format);
  const base = runs.find((r) => r.ordering.id === baseline)!;
  const count = (x: number) => x.toFixed(1);
  const results: BacktestOrderingResult[] = runs.map(({ ordering, figures, coverage }) => {
    const result: BacktestOrderingResult = {
      id: ordering.id,
      label: ordering.label,
      runs: figures,
      revenuePerHour: estimate(
        figures.map((f) => f.revenuePerHour ?? 0),
        (x) => `${money(x)}/h`,
      ),
      collectionRate: estimate(
        figures.map((f) => f.collectionRate ?? 0),
        formatPercent,
      ),
      rightPartyContacts: estimate(
        figures.map((f) => FIGURE_COUNT(f, 'rightPartyContacts')),
        count,
      ),
      promisesKept: estimate(
        figures.map((f) => FIGURE_COUNT(f, 'promisesKept')),
        count,
      ),
    };
    if (ordering.id !== baseline) {
      const ratios = figures.map((f, i) => {
        const b = base.figures[i]!.revenuePerHour;
        return b === null || b === 0 || f.revenuePerHour === null ? 0 : f.revenuePerHour / b - 1;
      });
      result.lift = estimate(ratios, formatChange);
    }
    if (coverage !== undefined) result.coverage = coverage;
    return result;
  });
  return { mode, baseline, seeds, orderings: results, caveat: mode === 'simulate' ? SIMULATED : REPLAYED };
}
