import { formatValue, type NumberFormat } from '../util/format';

/** Props of {@link DailyGoalProgress}. */
export type DailyGoalProgressProps = {
  /** What the goal counts (default "Today's goal"). */
  label?: string;
  /** What has been achieved so far today (from core's daily goal metric). */
  achieved: number | string;
  /** The day's target. */
  target: number | string;
  /** Progress in percent as core computed it (may exceed 100). */
  percent: number;
  /** How to show achieved and target (default `currency`). */
  format?: NumberFormat;
  /** ISO 4217 code (default USD). */
  currency?: string;
};

/** A progress bar of the collector's daily goal (`role="progressbar"`). */
export function DailyGoalProgress({ label = "Today's goal", achieved, target, percent, format = 'currency', currency }: DailyGoalProgressProps) {
  const a = formatValue(achieved, format, { currency });
  const t = formatValue(target, format, { currency });
  const fill = Math.max(0, Math.min(100, percent)); // bar length
  return (
    <section className="hl-panel" aria-label={label}>
      <h2 className="hl-panel-title">{label}</h2>
      <div
        className="hl-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fill}
        aria-valuetext={`${a} of ${t} (${formatValue(percent, 'percent')})`}
      >
        <div className="hl-progress-fill" style={{ width: `${fill}%` }} />
      </div>
      <div className="hl-progress-labels">
        <span>
          <strong>{a}</strong> <span className="hl-muted">of {t}</span>
        </span>
        <span>{formatValue(percent, 'percent')}</span>
      </div>
    </section>
  );
}
