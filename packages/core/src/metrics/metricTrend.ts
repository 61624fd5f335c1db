import { unreadable } from '../errors/unreadable';
import { requireOptions } from '../validation/requireOptions';
import { requireRecords } from '../validation/requireRecords';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { dateOfDay } from '../time/localDate';
import { localParts, zonedTimeToMs } from '../time/timeZone';
import { DAY_MS } from '../time/units';
import { HotleadsError } from '../errors/HotleadsError';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { formatPercent } from '../money/formatPercent';
import { moneyOf, parsePeriod, requireMinor } from './format';
import type { MoneyFormat, Period } from './types';
import { requireZone } from './zone';

/** One measurement: a payment's amount (integer minor units), an attempt (value 1), an RPC (value 1, of 1)… */
export type TrendPoint = { at: Time; value: number; /** denominator for `ratio` */ of?: number };

/** Options for {@link metricTrend}. */
export type MetricTrendOptions = Period & {
  /** IANA zone of the calendar days and weeks. */
  timeZone: string;
  bucket: 'day' | 'week';
  /** First day of a week, 0 = Sunday … 6 = Saturday; default 1 (Monday). */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** sum of values (default), count of points, mean, or Σvalue ÷ Σof. */
  aggregate?: 'sum' | 'count' | 'average' | 'ratio';
  /** How `display` strings read; with `money`, values are integer minor units of `format.currency`. Default `number`. */
  unit?: 'money' | 'number' | 'percent';
  format?: MoneyFormat;
};

/** One bucket of a trend. */
export type TrendBucket = {
  /** First day of the bucket, `YYYY-MM-DD` (local). */
  date: string;
  /** Local midnight starting the bucket, ISO 8601. */
  start: string;
  /** "Jan 15" or "Week of Jan 12". */
  label: string;
  /** Minor units for `money`; null for a ratio or average without data. */
  value: number | null;
  display: string;
  /**
   * The period covers only part of the bucket (a week or day still under way at `to`, or one
   * that began before `from`), so its value is not comparable with a whole bucket's: a chart
   * should draw it apart rather than as a drop.
   */
  partial: boolean;
};

/** A time series for a trend chart. */
export type MetricTrend = { buckets: TrendBucket[]; total: number | null; totalDisplay: string };

/**
 * Buckets points per local day or week over `[from, to)` in an explicit time zone (every bucket
 * present, empty ones as 0 or null), for a trend chart. Daylight-saving days are whole days. A
 * bucket the period covers only in part (the week still under way) is marked `partial`.
 *
 * @example metricTrend(payments.map((p) => ({ at: p.at, value: p.amount })), { from, to, timeZone: 'America/Chicago', bucket: 'week', unit: 'money' })
 */
export function metricTrend(points: readonly TrendPoint[], options: MetricTrendOptions): MetricTrend {
  try {
    return metricTrendChecked(points, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function metricTrendChecked(points: readonly TrendPoint[], options: MetricTrendOptions): MetricTrend {
  requireOptions(options);
  points = requireRecords<TrendPoint>(points, ['points']);
  const { from, to } = parsePeriod(options);
  const zone = requireZone(options.timeZone);
  const aggregate = options.aggregate ?? 'sum';
  const unit = options.unit ?? 'number';
  const weekStartsOn = options.weekStartsOn ?? 1;
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6)
    throw new HotleadsError('INVALID_ARGUMENT', 'weekStartsOn must be 0..6', { path: ['weekStartsOn'] });
  const startOf = (day: number) => (options.bucket === 'day' ? day : day - ((((day + 4) % 7) - weekStartsOn + 7) % 7));
  const firstDay = startOf(localParts(from, zone).day);
  const lastDay = localParts(Math.max(from, to - 1), zone).day;
  const step = options.bucket === 'day' ? 1 : 7;
  const count = to <= from ? 0 : Math.floor((lastDay - firstDay) / step) + 1;
  const sums = new Float64Array(count);
  const ofs = new Float64Array(count);
  const ns = new Float64Array(count);
  const money = unit === 'money' ? moneyOf(options.format) : undefined;
  points.forEach((p, i) => {
    const at = toEpochMs(p.at, ['points', i, 'at']);
    if (at < from || at >= to) return;
    // Checked inline: the error's path is only built for a bad value.
    if (money !== undefined) {
      if (!Number.isSafeInteger(p.value)) requireMinor(p.value, ['points', i, 'value']);
    } else if (typeof p.value !== 'number' || !Number.isFinite(p.value))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a finite value', { path: ['points', i, 'value'] });
    const b = Math.floor((startOf(localParts(at, zone).day) - firstDay) / step);
    sums[b]! += p.value;
    ofs[b]! += p.of ?? 0;
    ns[b]! += 1;
  });
  const show = (v: number | null) =>
    v === null
      ? '—'
      : money !== undefined
        ? money(v)
        : unit === 'percent'
          ? formatPercent(v)
          : String(Math.round(v * 100) / 100);
  const valueOf = (sum: number, of: number, n: number): number | null => {
    if (aggregate === 'count') return n;
    if (aggregate === 'ratio') return of === 0 ? null : sum / of;
    if (aggregate === 'average') return n === 0 ? null : sum / n;
    return sum;
  };
  const buckets: TrendBucket[] = [];
  let sum = 0;
  let of = 0;
  let n = 0;
  for (let b = 0; b < count; b++) {
    const day = firstDay + b * step;
    const label = format(new TZDate(day * DAY_MS, 'UTC'), 'MMM d');
    const value = valueOf(sums[b]!, ofs[b]!, ns[b]!);
    const start = zonedTimeToMs(day, 0, zone);
    const end = zonedTimeToMs(day + step, 0, zone);
    buckets.push({
      date: dateOfDay(day),
      start: new Date(start).toISOString(),
      label: options.bucket === 'day' ? label : `Week of ${label}`,
      value,
      display: show(value),
      partial: start < from || end > to,
    });
    sum += sums[b]!;
    of += ofs[b]!;
    n += ns[b]!;
  }
  const total = valueOf(sum, of, n);
  return { buckets, total, totalDisplay: show(total) };
}
