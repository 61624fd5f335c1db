import type { DailyGoalProgress as DailyGoal } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';

/** Props of {@link DailyGoalProgress}. */
export type DailyGoalProgressProps = {
  /** Core's `dailyGoalProgress(payments, { goal, now, timeZone })`. */
  progress: Pick<DailyGoal, 'bar' | 'percent' | 'label' | 'met'>;
  /** Heading (default `strings.todaysGoal`, "Today's goal"). */
  title?: string;
};

/** A progress bar of the collector's daily goal (`role="progressbar"`), drawn from core's numbers. */
export function DailyGoalProgress({ progress, title }: DailyGoalProgressProps) {
  const { strings } = useHotleadsLocale();
  const heading = title ?? strings.todaysGoal;
  return (
    <section className="hl-panel" aria-label={heading}>
      <h2 className="hl-panel-title">{heading}</h2>
      <div
        className="hl-progress-track"
        role="progressbar"
        aria-label={heading}
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={progress.bar}
        aria-valuetext={`${progress.label} (${progress.percent})`}
      >
        <div className="hl-progress-fill" style={{ width: `${progress.bar * 100}%` }} />
      </div>
      <div className="hl-progress-labels">
        <span>{progress.label}</span>
        <span>
          {progress.percent}
          {progress.met ? ` · ${strings.goalMet}` : ''}
        </span>
      </div>
    </section>
  );
}
