import { collectionRate } from '../metrics/collectionRate';
import { promisePipeline } from '../metrics/promisePipeline';
import { revenuePerCollectorHour } from '../metrics/revenuePerCollectorHour';
import { rightPartyContactRate } from '../metrics/rightPartyContactRate';
import type {
  ActivityRecord,
  MoneyFormat,
  Placement,
  PromiseToPay,
  ReceivedPayment,
  WorkSession,
} from '../metrics/types';
import type { BacktestCalendar } from './calendar';
import type { BacktestFigures } from './types';

/** @internal The parts of a log the figures read. */
export type FigureInput = {
  activities: readonly ActivityRecord[];
  payments: readonly ReceivedPayment[];
  promises: readonly PromiseToPay[];
  sessions: readonly WorkSession[];
  placements: readonly Placement[];
};

/**
 * @internal A log's figures, computed by core's own metrics over the backtest's period, so a
 * backtest and a live dashboard over the same log say the same (docs/backtest.md). `scale`
 * (replay: 1 ÷ coverage) scales the counts and money that only the matched steps contribute.
 */
export function figuresOf(
  log: FigureInput,
  calendar: BacktestCalendar,
  format: MoneyFormat | undefined,
  scale = 1,
): BacktestFigures {
  const period = { from: calendar.from, to: calendar.to, ...(format === undefined ? {} : { format }) };
  const revenue = revenuePerCollectorHour(log.payments, log.sessions, period);
  const rate = collectionRate(log.payments, log.placements, period);
  const rpc = rightPartyContactRate(log.activities, { from: calendar.from, to: calendar.to });
  const kept = promisePipeline(log.promises, log.payments, { now: calendar.to, timeZone: calendar.timeZone });
  return {
    revenue: revenue.revenue * scale,
    hours: revenue.hours,
    revenuePerHour: revenue.perHour === null ? null : revenue.perHour * scale,
    collectionRate: rate.rate === null ? null : rate.rate * scale,
    attempts: rpc.attempts * scale,
    rightPartyContacts: rpc.rightPartyContacts * scale,
    rightPartyContactRate: rpc.rate,
    promisesMade: log.promises.length * scale,
    promisesKept: kept.kept.count * scale,
  };
}
