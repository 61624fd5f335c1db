import type { Lead } from '../lead/types';
import type { ContactChecker } from '../policy/createContactChecker';
import type { ContactAttempt } from '../policy/types';
import type { Scorer } from '../scoring/createScorer';
import { localDate } from '../time/localDate';
import { HOUR_MS } from '../time/units';
import type { BacktestCalendar } from './calendar';
import type { IntentSignal } from './behaviour';
import type { Ordering, OrderingItem } from './types';

/** @internal One account as a run sees it: what is known of it so far. */
export type AccountState = {
  lead: Lead;
  id: string;
  name: string;
  createdAt: number;
  /** Minor units owed at the start. */
  startBalance: number;
  /** Payments so far (minor units), in time order. */
  payments: Array<{ at: number; amount: number }>;
  /** Promises so far: when made, and the local due date. */
  promises: Array<{ at: number; dueDate: string }>;
  /** Contact attempts so far, for the policy. */
  attempts: ContactAttempt[];
  /** Intent signals (the behaviour model's), for the simulation's propensities. */
  signals: IntentSignal[];
  /** Local day number of the last attempt; −∞ before any. */
  lastAttemptDay: number;
  /** No attempt is allowed before this instant (a cached policy verdict); reset by each attempt. */
  blockedUntil: number;
};

/** @internal Remaining balance from the payments strictly before `t`. */
export function balanceBefore(a: AccountState, t: number): number {
  let paid = 0;
  for (const p of a.payments) if (p.at < t) paid += p.amount;
  return a.startBalance - paid;
}

/** @internal Whether a promise made before `t` is still waiting for its due date on local date `today`. */
function promiseOpen(a: AccountState, t: number, today: string): boolean {
  for (const p of a.promises) if (p.at < t && today < p.dueDate) return true;
  return false;
}

/**
 * What a queue needs to pick: the ordering, the scorer, the policy, and the calendar and refresh
 * interval of its grid. Simulation and replay pass their own setups, which carry all of these.
 */
export type QueueSetup = {
  ordering: Ordering;
  /** Absent when the ordering never reads a score. */
  scorer?: Scorer;
  checker?: ContactChecker;
  calendar: BacktestCalendar;
  /** The queue is re-ranked on the grid `calendar.from + k × refreshHours`. */
  refreshHours: number;
};

export function createBacktestQueue(accounts: AccountState[], setup: QueueSetup): (t: number, day: number) => number {
  const { ordering, scorer, checker, calendar } = setup;
  const origin = calendar.from;
  const refreshMs = setup.refreshHours * HOUR_MS;
  const timeZone = calendar.timeZone;
  let cell = Number.NaN;
  let order: number[] = [];
  const rerank = (at: number) => {
    const items: OrderingItem[] = accounts.map((a) => ({
      lead: a.lead,
      id: a.id,
      name: a.name,
      createdAt: a.createdAt,
      balance: balanceBefore(a, at),
      score: scorer === undefined ? 0 : scorer(a.lead, { now: at - 1, explain: false }).score,
    }));
    order = items.map((_, i) => i);
    order.sort((x, y) => ordering.compare(items[x]!, items[y]!) || (items[x]!.id < items[y]!.id ? -1 : 1));
  };
  // Positions before `first` are out for the rest of the cell's day (attempted today or paid off),
  // so a pick does not rescan them: a day's picks cost O(book) in all, not O(picks × book).
  let first = 0;
  let firstDay = Number.NaN;
  return (t, day) => {
    const c = Math.floor((t - origin) / refreshMs);
    if (c !== cell) {
      cell = c;
      rerank(origin + c * refreshMs);
      first = 0;
    }
    if (day !== firstDay) {
      firstDay = day;
      first = 0;
    }
    const today = localDate(t, timeZone);
    for (let k = first; k < order.length; k++) {
      const i = order[k]!;
      const a = accounts[i]!;
      const out = a.lastAttemptDay === day || balanceBefore(a, t) <= 0;
      if (out && k === first) first++;
      if (out || a.blockedUntil > t || promiseOpen(a, t, today)) continue;
      if (checker !== undefined) {
        const check = checker(a.lead, a.attempts, { now: t, channel: 'call' });
        if (!check.eligible) {
          a.blockedUntil = check.nextEligibleAt === undefined ? Infinity : Date.parse(check.nextEligibleAt);
          continue;
        }
      }
      return i;
    }
    return -1;
  };
}

/** @internal Records an attempt on an account: the policy counts it, and the day is taken. */
export function recordAttempt(a: AccountState, attempt: ContactAttempt, day: number): void {
  a.attempts.push(attempt);
  a.lastAttemptDay = day;
  a.blockedUntil = -Infinity;
}
