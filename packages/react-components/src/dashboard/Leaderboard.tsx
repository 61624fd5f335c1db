import type { LeaderboardRow } from '@hotleads/core';
import { useId, type ReactNode } from 'react';

/** Props of {@link Leaderboard}. */
export type LeaderboardProps = {
  /** Core's `leaderboard(collectorStats(…), { metric })`, in rank order. */
  rows: readonly LeaderboardRow[];
  /** What the rows are ranked by ("Revenue per hour"). */
  metricLabel: string;
  /** Table caption (default "Leaderboard"). */
  caption?: string;
  /** Highlights the signed-in collector's row (`aria-current`). */
  highlightId?: string;
  /** Extra content beside the caption (an export button). */
  actions?: ReactNode;
};

/** The ranked list of collectors as a table, with a bar of each one's share of the leader's value. */
export function Leaderboard({ rows, metricLabel, caption = 'Leaderboard', highlightId, actions }: LeaderboardProps) {
  const titleId = useId();
  return (
    <section className="hl-panel">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        <h2 className="hl-panel-title" style={{ margin: 0 }} id={titleId}>
          {caption}
        </h2>
        {actions}
      </div>
      <table className="hl-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col" data-align="end">
              Rank
            </th>
            <th scope="col">Collector</th>
            <th scope="col" data-align="end">
              {metricLabel}
            </th>
            <th scope="col" className="hl-bar-cell">
              <span className="hl-visually-hidden">Share of the leader</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.collectorId}
              aria-current={r.collectorId === highlightId ? 'true' : undefined}
              style={r.collectorId === highlightId ? { fontWeight: 700 } : undefined}
            >
              <td data-align="end">{r.rank}</td>
              <th scope="row" style={{ fontWeight: 'inherit' }}>
                {r.name}
              </th>
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
