import { HotleadsError } from '../errors/HotleadsError';
import type {
  ActivityRecord,
  MoneyFormat,
  Placement,
  PromiseToPay,
  ReceivedPayment,
  WorkSession,
} from '../metrics/types';
import type { ContactChecker } from '../policy/createContactChecker';
import type { ContactAttempt } from '../policy/types';
import type { Scorer } from '../scoring/createScorer';
import { toEpochMs } from '../time/toEpochMs';
import { dayIndex, type BacktestCalendar } from './calendar';
import { figuresOf } from './figures';
import type { BacktestFigures, Ordering } from './types';
import { createBacktestQueue, recordAttempt, type AccountState } from './world';

/** @internal The host's real log, checked and in time order. */
export type ReplayLog = {
  activities: ReadonlyArray<ActivityRecord & { atMs: number; account: number }>;
  payments: ReadonlyArray<ReceivedPayment & { atMs: number; account: number }>;
  promises: ReadonlyArray<PromiseToPay & { atMs: number; account: number }>;
  sessions: readonly WorkSession[];
  placements: readonly Placement[];
};

/** @internal What one replay needs. */
export type ReplaySetup = {
  accounts: () => AccountState[];
  log: ReplayLog;
  ordering: Ordering;
  scorer?: Scorer;
  checker?: ContactChecker;
  calendar: BacktestCalendar;
  refreshHours: number;
  format?: MoneyFormat;
};

const OUTCOME: Record<string, ContactAttempt['outcome']> = {
  'right-party-contact': 'conversation',
  'no-answer': 'no-answer',
  voicemail: 'voicemail',
};

/** @internal Checks a log's records and puts each on its account, in time order (stable). */
export function readReplayLog(
  history: {
    activities?: readonly ActivityRecord[];
    payments?: readonly ReceivedPayment[];
    promises?: readonly PromiseToPay[];
    sessions?: readonly WorkSession[];
    placements?: readonly Placement[];
  },
  ids: ReadonlyMap<string, number>,
  defaultPlacements: readonly Placement[],
): ReplayLog {
  const place = <T extends { leadId: string }>(
    records: readonly T[] | undefined,
    name: string,
    at: (r: T) => unknown,
  ) =>
    (records ?? [])
      .map((r, k) => {
        const path = ['history', name, k];
        const account = typeof r?.leadId === 'string' ? ids.get(r.leadId) : undefined;
        if (account === undefined)
          throw new HotleadsError('INVALID_ARGUMENT', 'Expected the id of an account in history.accounts', {
            path: [...path, 'leadId'],
          });
        return { ...r, account, atMs: toEpochMs(at(r) as string, [...path, name === 'promises' ? 'createdAt' : 'at']) };
      })
      .sort((a, b) => a.atMs - b.atMs);
  if (history.activities === undefined)
    throw new HotleadsError('INVALID_ARGUMENT', 'A replay needs the logged contact attempts', {
      path: ['history', 'activities'],
    });
  return {
    activities: place(history.activities, 'activities', (r) => r.at),
    payments: place(history.payments, 'payments', (r) => r.at),
    promises: place(history.promises, 'promises', (r) => r.createdAt),
    sessions: history.sessions ?? [],
    placements: history.placements ?? defaultPlacements,
  };
}

/**
 * @internal Replays a real log under one ordering (an off-policy estimate; docs/backtest.md,
 * "Replay"): at each logged attempt the ordering picks as the queue would; a step counts when
 * its pick is the account really contacted. Payments and promises count for the step whose
 * right-party contact came last before them on that account. The figures cover the matched
 * steps, scaled by 1 ÷ coverage.
 */
export function replayRun(setup: ReplaySetup): { figures: BacktestFigures; coverage: number } {
  const { calendar, log } = setup;
  const accounts = setup.accounts();
  for (const p of log.payments) accounts[p.account]!.payments.push({ at: p.atMs, amount: p.amount });
  for (const p of log.promises) accounts[p.account]!.promises.push({ at: p.atMs, dueDate: p.dueDate });
  const pick = createBacktestQueue(accounts, setup);
  const inPeriod = log.activities.filter((a) => a.atMs >= calendar.from && a.atMs < calendar.to);
  const matched = new Set<number>();
  // Per account: the steps with a right-party contact, in time order, for attribution.
  const contacts = accounts.map(() => [] as Array<{ at: number; step: number }>);
  inPeriod.forEach((a, step) => {
    const day = dayIndex(calendar, a.atMs);
    if (pick(a.atMs, day) === a.account) matched.add(step);
    const outcome = a.outcome === undefined ? 'other' : (OUTCOME[a.outcome] ?? 'other');
    const channel = a.channel ?? 'call';
    recordAttempt(accounts[a.account]!, { leadId: a.leadId, channel, at: a.atMs, outcome }, day);
    if (a.outcome === 'right-party-contact') contacts[a.account]!.push({ at: a.atMs, step });
  });
  const creditedTo = (account: number, at: number) => {
    let step = -1;
    for (const c of contacts[account]!) if (c.at <= at) step = c.step;
    return step;
  };
  const coverage = inPeriod.length === 0 ? 0 : matched.size / inPeriod.length;
  const figures = figuresOf(
    {
      activities: inPeriod.filter((_, step) => matched.has(step)),
      payments: log.payments.filter((p) => matched.has(creditedTo(p.account, p.atMs))),
      promises: log.promises.filter((p) => matched.has(creditedTo(p.account, p.atMs))),
      sessions: log.sessions,
      placements: log.placements,
    },
    calendar,
    setup.format,
    coverage === 0 ? 0 : 1 / coverage,
  );
  return { figures, coverage };
}
