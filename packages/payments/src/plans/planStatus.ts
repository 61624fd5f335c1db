import { HotleadsError } from '@hotleads/core';
import { readOptions, unreadableInput } from '../input/readInput';
import type { InstallmentStatus } from './installmentStatus';

/** Where a plan stands as a whole (docs/payments.md, "Plans"). */
export type PlanStatus = 'active' | 'completed' | 'broken';

/** Options for {@link planStatus}. */
export type PlanStatusOptions = {
  /** Missed installments at which the plan counts as broken (a whole number from 1 to 120). */
  brokenAfterMissed: number;
};

const STATUSES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(['paid', 'partial', 'due', 'missed']))();

/**
 * The status of a plan from its installments' statuses ({@link installmentStatus}):
 * - `completed`: every installment is paid;
 * - `broken`: at least `brokenAfterMissed` installments are missed (as of the same today);
 * - `active`: otherwise.
 *
 * A broken plan becomes active again when the consumer pays enough of the missed installments.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for statuses that are not a list of installment
 *   statuses (path `['statuses', i]`), or `brokenAfterMissed` not a whole number from 1 to 120.
 * @example planStatus(['paid', 'missed', 'missed'], { brokenAfterMissed: 2 }) // 'broken'
 */
export function planStatus(statuses: readonly InstallmentStatus[], options: PlanStatusOptions): PlanStatus {
  let list: unknown[];
  try {
    if (!Array.isArray(statuses))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a list of installment statuses', { path: ['statuses'] });
    list = Array.from(statuses as unknown[]);
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', ['statuses']);
  }
  const o = readOptions(options, ['brokenAfterMissed']);
  const limit = o.brokenAfterMissed;
  if (!(Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= 120))
    throw new HotleadsError('INVALID_ARGUMENT', 'brokenAfterMissed is a whole number from 1 to 120', {
      path: ['brokenAfterMissed'],
    });
  let missed = 0;
  let paid = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (typeof s !== 'string' || !STATUSES.has(s))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected paid, partial, due or missed', { path: ['statuses', i] });
    if (s === 'missed') missed++;
    else if (s === 'paid') paid++;
  }
  if (paid === list.length) return 'completed';
  return missed >= (limit as number) ? 'broken' : 'active';
}
