import { formatChange } from './format';

/** A KPI's change against the previous period, for a KPI card's trend indicator. */
export type KpiChange = {
  value: number;
  previous: number;
  change: number;
  /** (value − previous) ÷ |previous|; null when previous is 0. */
  changeRatio: number | null;
  /** "+12.5%", "−3.0%", "0.0%" or "—". */
  changePercent: string;
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is good news, given whether higher is better. */
  good: boolean | null;
};

/**
 * Compares a KPI with the same KPI over the previous period.
 *
 * @param higherIsBetter default true; pass false for costs or broken promises.
 * @example compareToPrevious(114, 100) // { changePercent: '+14.0%', direction: 'up', good: true, ... }
 */
export function compareToPrevious(value: number, previous: number, higherIsBetter = true): KpiChange {
  const change = value - previous;
  const changeRatio = previous === 0 ? null : change / Math.abs(previous);
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return {
    value,
    previous,
    change,
    changeRatio,
    changePercent: formatChange(changeRatio),
    direction,
    good: direction === 'flat' ? null : (direction === 'up') === higherIsBetter,
  };
}
