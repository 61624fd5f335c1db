import type { LeaderboardRow } from '@hotleads/core';
import { useId, type ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';

/** Props of {@link Leaderboard}. */
export type LeaderboardProps = {
  /** Core's `leaderboard(collectorStats(…), { metric })`, in rank order. */
  rows: readonly LeaderboardRow[];
  /** What the rows are ranked by ("Revenue per hour"). */
  metricLabel: string;
  /** Table caption (default `strings.leaderboard`, "Leaderboard"). */
  caption?: string;
  /** Highlights the signed-in collector's row (`aria-current`). */
  highlightId?: string;
  /** Extra content beside the caption (an export button). */
  actions?: ReactNode;
};

/**
 * The ranked list of collectors as a table, with a bar of each one's share of the leader's
 * value. In a narrow container (below about 420 px) the bars give way to the numbers.
 */
export function Leaderboard({ rows, metricLabel, caption, highlightId, actions }: LeaderboardProps) {
  const { strings } = useHotleadsLocale();
  const titleId = useId();
  return (
    <section className="hl-panel hl-leaderboard">
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={titleId}>
          {caption ?? strings.leaderboard}
        </h2>
        {actions}
      </div>
      <table className="hl-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col" data-align="end">
              {strings.rankColumn}
            </th>
            <th scope="col">{strings.collectorColumn}</th>
            <th scope="col" data-align="end">
              {metricLabel}
            </th>
            <th scope="col" className="hl-bar-cell">
              <span className="hl-visually-hidden">{strings.shareOfLeader}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.collectorId} aria-current={r.collectorId === highlightId ? 'true' : undefined}>
              <td data-align="end">{r.rank}</td>
              <th scope="row">{r.name}</th>
              <td data-align="end">{r.display}</td>
              <td className="hl-bar-cell">
                <div className="hl-bar" aria-hidden="true">
                  <span style={{ width: `${r.share * 100}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
