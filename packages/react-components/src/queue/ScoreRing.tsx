import { displayScore, type Band } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';

/** Props of {@link ScoreRing}. */
export type ScoreRingProps = {
  /** The unrounded score from `@hotleads/core` (0..100); shown rounded down by core's `displayScore`. */
  score: number;
  /** The band core assigned to the score. */
  band: Band;
  /** Diameter in pixels (default 56). */
  size?: number;
  /** Ring thickness in pixels (default 6). */
  strokeWidth?: number;
  /** Accessible name, from the shown score and the band's name (default `strings.scoreRingLabel`: "Hot lead score 83 of 100, HOT"). */
  label?: (score: number, band: string) => string;
};

/**
 * A ring that fills with the lead's score, coloured by its band. Exposed to assistive technology
 * as one image: "Hot lead score 83 of 100, HOT".
 */
export function ScoreRing({ score, band, size = 56, strokeWidth = 6, label }: ScoreRingProps) {
  const { strings } = useHotleadsLocale();
  const shown = displayScore(score);
  const radius = (size - strokeWidth) / 2;
  const circumference = 2 * Math.PI * radius;
  const arc = (circumference * shown) / 100; // geometry of the drawing, not a score
  return (
    <span
      className="hl-score-ring"
      data-band={band}
      role="img"
      aria-label={(label ?? strings.scoreRingLabel)(shown, strings.bandNames[band])}
      style={{ width: size, height: size }}
    >
      <svg width={size} height={size} aria-hidden="true" focusable="false">
        <circle
          className="hl-score-ring-track"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          fill="none"
          strokeWidth={strokeWidth}
        />
        <circle
          className="hl-score-ring-arc"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          fill="none"
          strokeWidth={strokeWidth}
          strokeLinecap="round"
          strokeDasharray={`${arc} ${circumference}`}
        />
      </svg>
      <span className="hl-score-ring-value" aria-hidden="true" style={{ fontSize: Math.round(size * 0.32) }}>
        {shown}
      </span>
    </span>
  );
}
