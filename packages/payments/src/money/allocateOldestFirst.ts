import { assert } from '@hotleads/core';
import { readOptions } from '../input/readInput';

/** One item that can receive money: its id, when it is due, and what is still owed (minor units). */
export type AllocationTarget = {
  /** Item id (invoice number, service-charge id, `planId#n`). */
  id: string;
  /** Due date `YYYY-MM-DD`; older is served first. */
  dueDate: string;
  /** Outstanding amount in minor units, ≥ 0. */
  outstanding: number;
};

/** One line of an oldest-first allocation. */
export type AllocationShare = {
  /** The item id. */
  id: string;
  /** What the item owed before the payment (minor units). */
  due: number;
  /** The part of the payment attributed to the item; the last item also carries any surplus. */
  paid: number;
  /** What actually reduces the item's outstanding: `min(paid, due)`. */
  applied: number;
};

/** The result of {@link allocateOldestFirst}. */
export type OldestFirstAllocation = {
  /** One share per target, oldest due date first (ties by id). */
  shares: AllocationShare[];
  /** What exceeds every selected item (minor units): the overpayment. */
  surplus: number;
};

/**
 * Allocates `amount` minor units over `targets`, oldest due date first (ties broken by id, so the
 * result never depends on input order). Each item receives up to what it owes; whatever is left
 * over is the surplus, attributed to the newest item's `paid` so that per-item analysis shows it as
 * an overpayment, while `applied` never exceeds what the item owed. Shares always sum to `amount`.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for an amount or outstanding that is not a non-negative
 *   safe integer; `INVALID_ARGUMENT` for targets that are not a non-empty list of targets.
 * @example allocateOldestFirst(15000, [{ id: 'INV-1', dueDate: '2025-04-15', outstanding: 14550 }])
 * // { shares: [{ id: 'INV-1', due: 14550, paid: 15000, applied: 14550 }], surplus: 450 }
 */
export function allocateOldestFirst(amount: number, targets: ReadonlyArray<AllocationTarget>): OldestFirstAllocation {
  assert(
    Number.isSafeInteger(amount) && amount >= 0,
    'INVALID_AMOUNT',
    'Allocation amount must be a non-negative integer of minor units',
  );
  assert(Array.isArray(targets), 'INVALID_ARGUMENT', 'Targets must be a list of { id, dueDate, outstanding }');
  assert(targets.length > 0, 'INVALID_ARGUMENT', 'Allocation needs at least one target');
  const ordered = readTargets(targets).sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  let left = amount;
  const shares: AllocationShare[] = ordered.map((t) => {
    const applied = Math.min(left, t.outstanding);
    left -= applied;
    return { id: t.id, due: t.outstanding, paid: applied, applied };
  });
  const last = shares[shares.length - 1]!;
  last.paid += left;
  return { shares, surplus: left };
}

const TARGET = 'A target is an object { id, dueDate, outstanding }';

/** The targets read once (own copies), each checked: a string id and due date, a non-negative safe outstanding. */
function readTargets(targets: ReadonlyArray<AllocationTarget>): AllocationTarget[] {
  const out: AllocationTarget[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t = readOptions(targets[i], ['id', 'dueDate', 'outstanding'], [i], 'INVALID_ARGUMENT', TARGET);
    assert(typeof t.id === 'string', 'INVALID_ARGUMENT', 'A target needs a string id', [i, 'id']);
    assert(typeof t.dueDate === 'string', 'INVALID_ARGUMENT', 'A target needs a due date', [i, 'dueDate']);
    assert(
      Number.isSafeInteger(t.outstanding) && (t.outstanding as number) >= 0,
      'INVALID_AMOUNT',
      'Outstanding must be a non-negative integer of minor units',
      [i, 'outstanding'],
    );
    out.push({ id: t.id, dueDate: t.dueDate, outstanding: t.outstanding as number });
  }
  return out;
}
