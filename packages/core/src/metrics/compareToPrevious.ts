import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { decimalPlaces } from '../money/decimalPlaces';
import { fixedPoint } from '../money/fixedPoint';
import { scaleDecimal } from '../money/scaleDecimal';
import { signedPercent, unsignedPercent } from '../money/signedPercent';

/**
 * A KPI's change against the previous period, for a KPI card's trend indicator. Core's metrics
 * and `@hotleads/payments`' `ledger.kpis()` both describe a change with it.
 */
export type KpiChange = {
  /** This period's value (money in minor units, a rate as a ratio, days…). */
  value: number;
  /** The previous period's value; null when that period has no data to compare with. */
  previous: number | null;
  /** value − previous, on their decimal digits (0.441 − 0.4 is 0.041); null without a previous value. */
  change: number | null;
  /** change ÷ |previous|; null when there is no base to compare with (previous null or 0). */
  changeRatio: number | null;
  /**
   * The change in percent, signed, one decimal, rounded half away from zero exactly (as
   * decimal.js does): "+12.5%", "−3.0%", "0.0%"; "—" when `changeRatio` is null.
   */
  changePercent: string;
  /**
   * The same percent without its sign ("12.5%", "3.0%", "0.0%"; "—" when `changeRatio` is null),
   * for text where an arrow or a word ("Up", "Down") already carries the direction.
   */
  magnitudePercent: string;
  /** How value compares with previous; `none` when there is no previous value. */
  direction: 'up' | 'down' | 'flat' | 'none';
  /** Whether the change is good news, given whether higher is better; null when flat or `none`. */
  good: boolean | null;
};

/** Options for {@link compareToPrevious}. */
export type CompareToPreviousOptions = {
  /** Whether a higher value is good news (default true); false for costs, broken promises, days to collect. */
  higherIsBetter?: boolean;
};

function requireFinite(value: unknown, name: 'value' | 'previous'): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a finite number', { path: [name] });
  return value;
}

/**
 * Compares a KPI with the same KPI over the previous period. The percent is computed on the
 * two values' decimal digits, so `compareToPrevious(27050, 20000)` is "+35.3%" (35.25 rounded
 * half up), never a binary-float "+35.2%". Pass `previous: null` when the previous period has
 * no data: the change then has `direction: 'none'` and no ratio, distinct from a real zero.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when value (or a non-null previous) is not a finite number.
 * @example compareToPrevious(114, 100) // { changePercent: '+14.0%', direction: 'up', good: true, ... }
 * @example compareToPrevious(15.2, 19.1, { higherIsBetter: false }) // { changePercent: '−20.4%', direction: 'down', good: true, ... }
 */
export function compareToPrevious(
  value: number,
  previous: number | null,
  options: CompareToPreviousOptions = {},
): KpiChange {
  try {
    return compareToPreviousChecked(value, previous, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function compareToPreviousChecked(
  value: number,
  previous: number | null,
  options: CompareToPreviousOptions = {},
): KpiChange {
  requireFinite(value, 'value');
  if (previous === null)
    return {
      value,
      previous,
      change: null,
      changeRatio: null,
      changePercent: '—',
      magnitudePercent: '—',
      direction: 'none',
      good: null,
    };
  requireFinite(previous, 'previous');
  const higherIsBetter = options?.higherIsBetter ?? true;
  if (typeof higherIsBetter !== 'boolean')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected true or false', { path: ['higherIsBetter'] });
  const change = value - previous;
  const base = Math.abs(previous);
  // Integers (minor-unit totals, counts) small enough for exact integer arithmetic in doubles.
  if (Number.isSafeInteger(value) && Number.isSafeInteger(previous) && Math.abs(change) * 2000 + base <= 2 ** 53) {
    const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
    // Half up of 1000·|change| / base, in tenths of a percent (exact: every operand is an integer).
    const magnitude = base === 0 ? 0 : Math.floor((Math.abs(change) * 2000 + base) / (2 * base));
    return {
      value,
      previous,
      change,
      changeRatio: base === 0 ? null : change / base,
      changePercent: base === 0 ? '—' : signedPercent(change < 0 ? -magnitude : magnitude),
      magnitudePercent: base === 0 ? '—' : unsignedPercent(magnitude),
      direction,
      good: direction === 'flat' ? null : (direction === 'up') === higherIsBetter,
    };
  }
  // Otherwise both values as integers on one decimal scale: exact, whatever their binary form.
  const scale = Math.max(decimalPlaces(value), decimalPlaces(previous));
  const v = scaleDecimal(value, scale)!;
  const p = scaleDecimal(previous, scale)!;
  const diff = v - p;
  const scaledBase = p < 0n ? -p : p;
  let changeRatio: number | null = null;
  let changePercent = '—';
  let magnitudePercent = '—';
  if (scaledBase !== 0n) {
    changeRatio = Number(diff) / Number(scaledBase);
    const magnitude = ((diff < 0n ? -diff : diff) * 2000n + scaledBase) / (2n * scaledBase);
    changePercent = signedPercent(diff < 0n ? -magnitude : magnitude);
    magnitudePercent = unsignedPercent(magnitude);
  }
  const direction = diff > 0n ? 'up' : diff < 0n ? 'down' : 'flat';
  return {
    value,
    previous,
    change: Number(fixedPoint(diff, scale)),
    changeRatio,
    changePercent,
    magnitudePercent,
    direction,
    good: direction === 'flat' ? null : (direction === 'up') === higherIsBetter,
  };
}
