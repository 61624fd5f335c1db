import type { ClientTargetRow, TeamComparisonRow } from '@hotleads/core';
import { useId } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { defaultStrings } from '../theme/strings';

/** One bar of a {@link TeamComparison}: core's display text and a 0..1 share for the bar. */
export type ComparisonBar = {
  id: string;
  name: string;
  /** The compared value as core displays it. */
  display: string;
  /** The bar's length, 0..1 (values above 1 draw a full bar). */
  share: number;
  /** Further cells, matching `detailLabels`. */
  details?: readonly string[];
  /** Colours the bar: good (met, ahead), bad (behind) or neutral. */
  tone?: 'good' | 'bad' | 'neutral';
};

/** Props of {@link TeamComparison}. */
export type TeamComparisonProps = {
  /** The bars, in the order to show them; see {@link teamComparisonBars} and {@link clientTargetBars}. */
  rows: readonly ComparisonBar[];
  /** Header of the value column ("Revenue per hour"). */
  metricLabel: string;
  /** Headers of the `details` cells (e.g. `strings.teamDetailColumns` for {@link teamComparisonBars}). */
  detailLabels?: readonly string[];
  /** Table caption (default `strings.teamComparison`, "Team comparison"). */
  caption?: string;
  /** Header of the name column (default `strings.teamColumn`, "Team"). */
  nameLabel?: string;
};

/** Core's `teamComparison` rows as bars of revenue per hour (share of the best team). */
export function teamComparisonBars(rows: readonly TeamComparisonRow[]): ComparisonBar[] {
  return rows.map((r) => ({
    id: r.teamId,
    name: r.name,
    display: r.revenuePerHourDisplay,
    share: r.share,
    details: [String(r.collectors), r.revenueDisplay, r.rpcPercent, r.vsAverage],
  }));
}

/** The English detail headers matching {@link teamComparisonBars} (`strings.teamDetailColumns` to follow the theme). */
export const teamComparisonDetailLabels: readonly string[] = defaultStrings.teamDetailColumns;

/** Core's `clientTargetProgress` rows as bars of attainment against each client's target. */
export function clientTargetBars(rows: readonly ClientTargetRow[]): ComparisonBar[] {
  return rows.map((r) => ({
    id: r.clientId,
    name: r.name,
    display: r.percent,
    share: r.ratio ?? 0,
    details: [r.label, r.paceLabel],
    tone: r.met || r.pace === 'ahead' ? 'good' : r.pace === 'behind' ? 'bad' : 'neutral',
  }));
}

/** The English detail headers matching {@link clientTargetBars} (`strings.clientDetailColumns` to follow the theme). */
export const clientTargetDetailLabels: readonly string[] = defaultStrings.clientDetailColumns;

/**
 * Performance bars, one row per team (or client), as an accessible table. Below about 520 px
 * of its own width each row stacks into a small card (name and figure, bar, then each detail
 * under its header's words); a table still wider than its panel scrolls sideways inside it (a
 * focusable region), never past the page. The table keeps its roles when stacked.
 */
export function TeamComparison({ rows, metricLabel, detailLabels = [], caption, nameLabel }: TeamComparisonProps) {
  const { strings } = useHotleadsLocale();
  const captionId = useId();
  return (
    <section className="hl-panel hl-comparison">
      {/* Scrollable content must be reachable by keyboard: the region takes focus. */}
      <div className="hl-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        {/* Explicit roles: a stacked row's CSS display must not cost the table its semantics. */}
        <table className="hl-table hl-stacking-table" role="table">
          <caption id={captionId}>{caption ?? strings.teamComparison}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {nameLabel ?? strings.teamColumn}
              </th>
              <th scope="col" role="columnheader" data-align="end">
                {metricLabel}
              </th>
              <th scope="col" role="columnheader" className="hl-bar-cell">
                <span className="hl-visually-hidden">{strings.barColumn}</span>
              </th>
              {detailLabels.map((l) => (
                <th key={l} scope="col" role="columnheader" data-align="end">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((r) => (
              <tr key={r.id} role="row">
                <th scope="row" role="rowheader">
                  {r.name}
                </th>
                <td role="cell" data-align="end" className="hl-figure-cell">
                  {r.display}
                </td>
                <td role="cell" className="hl-bar-cell">
                  <div className="hl-bar" data-tone={r.tone ?? 'neutral'} aria-hidden="true">
                    <span style={{ width: `${r.share * 100}%` }} />
                  </div>
                </td>
                {detailLabels.map((l, i) => (
                  <td key={l} role="cell" data-align="end" className="hl-detail-cell">
                    {/* The header's words beside the value when the row is stacked (the cell's header says it to a screen reader). */}
                    <span className="hl-cell-label" aria-hidden="true">
                      {l}
                    </span>
                    <span>{r.details?.[i] ?? ''}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
