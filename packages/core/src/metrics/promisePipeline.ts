import { unreadable } from '../errors/unreadable';
import { optionalNumber } from '../validation/optionalNumber';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { localParts, zonedTimeToMs } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { DAY_MS } from '../time/units';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, optionalId, ratio, requireId, requireMinor } from './format';
import type { MoneyFormat, PromiseToPay, ReceivedPayment } from './types';
import { dayOfDate, requireZone } from './zone';

/** Options for {@link promisePipeline}. */
export type PromisePipelineOptions = {
  now: Time;
  /** IANA zone of the calendar the due dates are in. */
  timeZone: string;
  /** Days after the due date a payment still keeps the promise; default 0. */
  graceDays?: number;
  format?: MoneyFormat;
};

/** Where a promise stands. */
export type PromiseStatus = 'open' | 'kept' | 'broken';

/** One promise in the pipeline. */
export type PromisePipelineItem = {
  id: string;
  leadId: string;
  collectorId?: string;
  /** Integer minor units. */
  amount: number;
  /** Paid toward it so far (within its window), in minor units. */
  paid: number;
  status: PromiseStatus;
  dueDate: string;
  /** The last moment a payment keeps it (end of due date + grace, local), ISO 8601. */
  deadline: string;
  /** "Due today", "Due in 3 days", "Overdue — in grace until Jan 17", "Kept", "Broken — $50.00 of $150.00 paid". */
  label: string;
};

/** Count and amount (integer minor units) of one pipeline stage. */
export type PipelineStage = { count: number; amount: number; display: string };

/** The promise-to-pay pipeline, ready for the Promises Pipeline component. */
export type PromisePipeline = {
  open: PipelineStage;
  kept: PipelineStage;
  broken: PipelineStage;
  /** kept ÷ (kept + broken); null before any promise is settled. */
  keptRate: number | null;
  keptPercent: string;
  /** Every promise, open ones first by due date, then kept, then broken. */
  items: PromisePipelineItem[];
};

const ORDER: Record<PromiseStatus, number> = { open: 0, kept: 1, broken: 2 };

/**
 * Splits promises to pay into open / kept / broken. Payments on the same account made from the
 * promise's creation up to the end of its due date plus `graceDays` (in `timeZone`) count toward
 * it, earliest-due promise first; a payment larger than one promise spills into the next. A
 * promise is kept once fully paid, broken when its deadline passed without that, else open.
 */
export function promisePipeline(
  promises: readonly PromiseToPay[],
  payments: readonly ReceivedPayment[],
  options: PromisePipelineOptions,
): PromisePipeline {
  try {
    return promisePipelineChecked(promises, payments, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function promisePipelineChecked(
  promises: readonly PromiseToPay[],
  payments: readonly ReceivedPayment[],
  options: PromisePipelineOptions,
): PromisePipeline {
  requireOptions(options);
  promises = requireRecords<PromiseToPay>(promises, ['promises']);
  payments = requireRecords<ReceivedPayment>(payments, ['payments']);
  const nowMs = toEpochMs(options.now, ['now']);
  const zone = requireZone(options.timeZone);
  const grace = optionalNumber(options.graceDays, 0, ['graceDays'], { min: 0, max: 366, integer: true });
  const money = moneyOf(options.format);
  const today = localParts(nowMs, zone).day;
  type Work = { p: PromiseToPay; minor: number; paid: number; created: number; dueDay: number; deadline: number };
  const byLead = new Map<string, Work[]>();
  promises.forEach((p, i) => {
    requireId(p.id, ['promises', i, 'id']);
    requireId(p.leadId, ['promises', i, 'leadId']);
    optionalId(p.collectorId, ['promises', i, 'collectorId']);
    const dueDay = dayOfDate(p.dueDate, ['promises', i, 'dueDate']);
    const w: Work = {
      p,
      minor: requireMinor(p.amount, ['promises', i, 'amount']),
      paid: 0,
      created: toEpochMs(p.createdAt, ['promises', i, 'createdAt']),
      dueDay,
      deadline: zonedTimeToMs(dueDay + grace + 1, 0, zone),
    };
    let list = byLead.get(p.leadId);
    if (list === undefined) byLead.set(p.leadId, (list = []));
    list.push(w);
  });
  for (const list of byLead.values())
    list.sort(
      (a, b) => a.dueDay - b.dueDay || a.created - b.created || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0),
    );
  const paysSorted = payments
    .map((p, i) => ({
      p,
      at: toEpochMs(p.at, ['payments', i, 'at']),
      minor: requireMinor(p.amount, ['payments', i, 'amount']),
    }))
    .filter((x) => x.at <= nowMs && byLead.has(x.p.leadId))
    .sort((a, b) => a.at - b.at);
  for (const pay of paysSorted) {
    let left = pay.minor;
    for (const w of byLead.get(pay.p.leadId)!) {
      if (left <= 0) break;
      if (pay.at < w.created || pay.at >= w.deadline || w.paid >= w.minor) continue;
      const take = Math.min(left, w.minor - w.paid);
      w.paid += take;
      left -= take;
    }
  }
  const stages = { open: { count: 0, minor: 0 }, kept: { count: 0, minor: 0 }, broken: { count: 0, minor: 0 } };
  const items: PromisePipelineItem[] = [];
  for (const list of byLead.values()) {
    for (const w of list) {
      const status: PromiseStatus = w.paid >= w.minor ? 'kept' : nowMs >= w.deadline ? 'broken' : 'open';
      stages[status].count++;
      stages[status].minor += w.minor;
      let label: string;
      if (status === 'kept') label = 'Kept';
      else if (status === 'broken')
        label = w.paid > 0 ? `Broken — ${money(w.paid)} of ${money(w.minor)} paid` : 'Broken';
      else if (w.dueDay > today) label = w.dueDay - today === 1 ? 'Due tomorrow' : `Due in ${w.dueDay - today} days`;
      else if (w.dueDay === today) label = 'Due today';
      else
        label = `Overdue — in grace until ${new Date((w.dueDay + grace) * DAY_MS).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })}`;
      if (status === 'open' && w.paid > 0) label += ` (${money(w.paid)} of ${money(w.minor)} paid)`;
      const item: PromisePipelineItem = {
        id: w.p.id,
        leadId: w.p.leadId,
        amount: w.minor,
        paid: w.paid,
        status,
        dueDate: w.p.dueDate,
        deadline: new Date(w.deadline).toISOString(),
        label,
      };
      if (w.p.collectorId !== undefined) item.collectorId = w.p.collectorId;
      items.push(item);
    }
  }
  items.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const stage = (s: { count: number; minor: number }): PipelineStage => ({
    count: s.count,
    amount: s.minor,
    display: money(s.minor),
  });
  const keptRate = ratio(stages.kept.count, stages.kept.count + stages.broken.count);
  return {
    open: stage(stages.open),
    kept: stage(stages.kept),
    broken: stage(stages.broken),
    keptRate,
    keptPercent: formatPercent(keptRate),
    items,
  };
}
