import * as z from 'zod/mini';
import { compareToPrevious, DAY_MS, formatAmount, HotleadsError, type Currency, type KpiChange } from '@hotleads/core';
import { percentage } from '../money/percentage';
import { Dec } from '../money/decimal';
import { addCalendar } from '../calendar/addCalendar';
import { parseDateString } from '../calendar/dateString';
import { startOfLocalDay } from '../calendar/zoned';
import type { LedgerContext } from '../ledger/context';
import { parseInput } from '../input/readInput';

/** Options of `ledger.kpis`. */
export type KpiQuery = {
  /** The month, `YYYY-MM` (e.g. `2025-04`). */
  month: string;
  /** The day for "Received Today", `YYYY-MM-DD`. */
  today: string;
};

/** One day of the trend series. */
export type DailyPoint = { date: string; amount: string; count: number };

/**
 * The landing-page KPIs (docs/payments.md, "Queries"), each with its previous period and its
 * change as core's `KpiChange` (direction, percent and whether it is good news). Amounts are
 * decimal strings in `currency`; the changes of money KPIs compare integer minor units.
 */
export type Kpis = {
  month: string;
  today: string;
  /** The ledger's currency (`settings.currency`). */
  currency: Currency;
  /**
   * Posted payments dated in the month; previous = the month before. `change` compares minor
   * units; a previous month without a posted payment is no previous data (`direction: 'none'`).
   */
  totalCollected: { amount: string; count: number; previousAmount: string; change: KpiChange };
  /**
   * Posted payments dated on `today`; previous = the day before. `change` compares minor units;
   * a day before without a posted payment is no previous data (`direction: 'none'`).
   */
  receivedToday: {
    amount: string;
    count: number;
    previousAmount: string;
    previousCount: number;
    change: KpiChange;
  };
  /**
   * Collected / due × 100 (one decimal); due = bills and installments due and service charges
   * dated in the month. `change` compares the two rates as ratios (`0.666` against `1`); it is
   * null when nothing is due this month, and has `direction: 'none'` when nothing was due the month before.
   */
  collectionRate: {
    percent: string | null;
    collected: string;
    due: string;
    previousPercent: string | null;
    change: KpiChange | null;
  };
  /**
   * Mean days from bill issue / service date to payment over the month's posted bill and service
   * allocations. Lower is better: `change.good` is true when it fell. `change` is null without
   * payments this month, and has `direction: 'none'` without payments the month before.
   */
  averageCollectionTime: { days: string | null; previousDays: string | null; change: KpiChange | null };
  /** One point per day of the month (posted payments). */
  daily: DailyPoint[];
};

const schema = /* @__PURE__ */ (() => z.object({ month: z.string(), today: z.string() }))();
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A KPI shown as a one-decimal string ("66.6", "15.2"), or null, compared as a number. */
function changeOf(value: string | null, previous: string | null, higherIsBetter: boolean): KpiChange | null {
  if (value === null) return null;
  return compareToPrevious(Number(value), previous === null ? null : Number(previous), { higherIsBetter });
}

/** A one-decimal percent string as the exact ratio it stands for: "66.6" → "0.666". */
function ratioOf(percent: string | null): string | null {
  return percent === null ? null : new Dec(percent).div(100).toString();
}

/**
 * Computes the KPIs of a month and a day over posted payments, with each KPI's change against the
 * previous period (core's `compareToPrevious`, exact and half-up) and a daily series. Sums run on
 * integer minor units; rates and averages are computed with decimal.js and rounded half-up to one
 * decimal.
 *
 * @throws HotleadsError `INVALID_REQUEST` for a query that is not `{ month, today }` strings;
 *   `INVALID_TIME` for a month not written `YYYY-MM` or a day not `YYYY-MM-DD` (or outside the
 *   ledger's years).
 */
export async function kpis(ctx: LedgerContext, query: KpiQuery): Promise<Kpis> {
  const q = parseInput(schema, query, 'INVALID_REQUEST', 'KPI query');
  if (!MONTH.test(q.month))
    throw new HotleadsError('INVALID_TIME', 'Expected a month written YYYY-MM', { path: ['month'] });
  const first = parseDateString(`${q.month}-01`, ['month']);
  parseDateString(q.today, ['today']);
  const tz = ctx.settings.timeZone;
  const c = ctx.settings.currency;
  const nextFirst = addCalendar(first, { months: 1 });
  const prevFirst = addCalendar(first, { months: -1 });
  const days: string[] = [];
  for (let d = first; d < nextFirst; d = addCalendar(d, { days: 1 })) days.push(d);
  const bounds = [...days, nextFirst].map((d) => startOfLocalDay(d, tz));
  const prevStart = startOfLocalDay(prevFirst, tz);
  const todayStart = startOfLocalDay(q.today, tz);
  const todayEnd = startOfLocalDay(addCalendar(q.today, { days: 1 }), tz);
  const yesterdayStart = startOfLocalDay(addCalendar(q.today, { days: -1 }), tz);

  const t = await ctx.store.read((tx) =>
    tx.kpiTotals({
      dayStarts: bounds,
      previousMonthStart: prevStart,
      todayStart,
      todayEnd,
      yesterdayStart,
      previousMonthFirst: prevFirst,
      monthFirst: first,
      nextMonthFirst: nextFirst,
    }),
  );
  const month = { value: t.month.amount };
  const prev = { value: t.previousMonth.amount };
  const today = { value: t.today.amount };
  const yesterday = { value: t.yesterday.amount };
  const [monthCount, prevCount, todayCount, yesterdayCount] = [
    t.month.count,
    t.previousMonth.count,
    t.today.count,
    t.yesterday.count,
  ];
  const dueMonth = { value: t.dueMonth };
  const duePrev = { value: t.duePreviousMonth };
  const ageMs = { value: t.age.sumMs };
  const prevAgeMs = { value: t.previousAge.sumMs };
  const [ageCount, prevAgeCount] = [t.age.count, t.previousAge.count];

  const rate = percentage(month.value, dueMonth.value);
  const prevRate = percentage(prev.value, duePrev.value);
  const avgDays = (sum: bigint, n: number) =>
    n === 0 ? null : new Dec(sum.toString()).div(n).div(DAY_MS).toFixed(1, Dec.ROUND_HALF_UP);
  const avg = avgDays(ageMs.value, ageCount);
  const prevAvg = avgDays(prevAgeMs.value, prevAgeCount);
  return {
    month: q.month,
    today: q.today,
    currency: c,
    totalCollected: {
      amount: formatAmount(month.value, c),
      count: monthCount,
      previousAmount: formatAmount(prev.value, c),
      // A month before with no posted payment is no previous data, not a rise from zero.
      change: compareToPrevious(Number(month.value), prevCount === 0 ? null : Number(prev.value)),
    },
    receivedToday: {
      amount: formatAmount(today.value, c),
      count: todayCount,
      previousAmount: formatAmount(yesterday.value, c),
      previousCount: yesterdayCount,
      change: compareToPrevious(Number(today.value), yesterdayCount === 0 ? null : Number(yesterday.value)),
    },
    collectionRate: {
      percent: rate,
      collected: formatAmount(month.value, c),
      due: formatAmount(dueMonth.value, c),
      previousPercent: prevRate,
      change: changeOf(ratioOf(rate), ratioOf(prevRate), true),
    },
    averageCollectionTime: {
      days: avg,
      previousDays: prevAvg,
      change: changeOf(avg, prevAvg, false),
    },
    daily: days.map((date, i) => ({ date, amount: formatAmount(t.daily[i]!.amount, c), count: t.daily[i]!.count })),
  };
}
