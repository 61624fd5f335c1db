import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { dateOfDay } from '../time/localDate';
import { localParts, zonedTimeToMs } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, requireMinor } from './format';
import type { MoneyFormat, ReceivedPayment } from './types';
import { requireZone } from './zone';

/** Options for {@link dailyGoalProgress}. */
export type DailyGoalOptions = {
  /** Today's goal in integer minor units of `format.currency`. */
  goal: number;
  now: Time;
  /** IANA zone of "today". */
  timeZone: string;
  /** Only this collector's payments; default everyone's. */
  collectorId?: string;
  format?: MoneyFormat;
};

/** Progress toward today's goal, ready for a progress bar. Amounts are integer minor units. */
export type DailyGoalProgress = {
  /** Today, `YYYY-MM-DD` in the zone. */
  date: string;
  goal: number;
  achieved: number;
  remaining: number;
  /** achieved ÷ goal (may exceed 1); null for a goal of 0. */
  ratio: number | null;
  /** ratio clamped to 0..1, for the bar's width. */
  bar: number;
  percent: string;
  /** "$3,200.00 of $5,000.00". */
  label: string;
  met: boolean;
};

/** Today's collections against a daily goal: payments since local midnight up to `now`. */
export function dailyGoalProgress(payments: readonly ReceivedPayment[], options: DailyGoalOptions): DailyGoalProgress {
  try {
    return dailyGoalProgressChecked(payments, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function dailyGoalProgressChecked(payments: readonly ReceivedPayment[], options: DailyGoalOptions): DailyGoalProgress {
  requireOptions(options);
  payments = requireRecords<ReceivedPayment>(payments, ['payments']);
  const nowMs = toEpochMs(options.now, ['now']);
  const zone = requireZone(options.timeZone);
  const goal = requireMinor(options.goal, ['goal']);
  const money = moneyOf(options.format);
  const { day } = localParts(nowMs, zone);
  const start = zonedTimeToMs(day, 0, zone);
  let achieved = 0;
  payments.forEach((p, i) => {
    if (options.collectorId !== undefined && p.collectorId !== options.collectorId) return;
    const at = toEpochMs(p.at, ['payments', i, 'at']);
    if (at >= start && at <= nowMs) achieved += requireMinor(p.amount, ['payments', i, 'amount']);
  });
  const ratio = goal === 0 ? null : achieved / goal;
  return {
    date: dateOfDay(day),
    goal,
    achieved,
    remaining: Math.max(0, goal - achieved),
    ratio,
    bar: ratio === null ? 1 : Math.min(1, Math.max(0, ratio)),
    percent: formatPercent(ratio),
    label: `${money(achieved)} of ${money(goal)}`,
    met: achieved >= goal,
  };
}
