import { compareRank } from '../queue/compareEntries';
import type { BuiltInOrdering, Ordering, OrderingItem } from './types';

const byId = (a: OrderingItem, b: OrderingItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The built-in orderings a backtest compares (docs/backtest.md):
 * - `hotLead`: the work queue's own order (score, then balance, then id; docs/queue-and-compliance.md);
 * - `balance`: highest balance first;
 * - `oldest`: oldest account first (`createdAt`);
 * - `alphabetical`: by name.
 * Ties fall back to the account id, so every ordering is total and repeatable.
 */
export const BACKTEST_ORDERINGS: Readonly<Record<BuiltInOrdering, Ordering>> = /* @__PURE__ */ (() =>
  Object.freeze({
    hotLead: {
      id: 'hotLead',
      label: 'Hot-lead score',
      compare: (a: OrderingItem, b: OrderingItem) => compareRank(a, b),
    },
    balance: {
      id: 'balance',
      label: 'Balance, high to low',
      compare: (a: OrderingItem, b: OrderingItem) => b.balance - a.balance || byId(a, b),
    },
    oldest: {
      id: 'oldest',
      label: 'Oldest first',
      compare: (a: OrderingItem, b: OrderingItem) =>
        a.createdAt === b.createdAt ? byId(a, b) : a.createdAt < b.createdAt ? -1 : 1,
    },
    alphabetical: {
      id: 'alphabetical',
      label: 'Alphabetical',
      compare: (a: OrderingItem, b: OrderingItem) => (a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a, b)),
    },
  }))();

/** @internal Orderings that never read `score`, so a run can skip scoring for them. */
export const SCORE_FREE: ReadonlySet<Ordering> = /* @__PURE__ */ (() =>
  new Set([BACKTEST_ORDERINGS.balance, BACKTEST_ORDERINGS.oldest, BACKTEST_ORDERINGS.alphabetical]))();
