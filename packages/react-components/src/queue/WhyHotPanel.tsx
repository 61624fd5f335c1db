import type { LeadScore } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';
import { PriorityBadge } from './PriorityBadge';
import { ScoreRing } from './ScoreRing';

/** Props of {@link WhyHotPanel}. */
export type WhyHotPanelProps = {
  /** A score computed with explanations (`explain: true`): reasons and every contribution. */
  score: LeadScore;
  /** Heading text (default `strings.whyHot`, "Why this account is hot"). */
  title?: string;
  /** Show only contributions that moved the score (default false: every criterion). */
  hideZero?: boolean;
};

function signed(n: number): string {
  const text = Math.abs(n).toFixed(1);
  if (text === '0.0') return '0.0';
  return n < 0 ? `−${text}` : `+${text}`;
}

/**
 * Explains a score in plain language: core's reasons first, then every criterion's contribution
 * (weighted points out of what it could give, core's detail line, and for a signals criterion
 * every signal it counted — the detail's "+N more"). Penalties are marked. Given a lazy queue
 * entry (`rankQueue`), it is what asks core for that one entry's explanation.
 */
export function WhyHotPanel({ score, title, hideZero = false }: WhyHotPanelProps) {
  const { strings } = useHotleadsLocale();
  const heading = title ?? strings.whyHot;
  const rows = hideZero ? score.contributions.filter((c) => c.weighted !== 0) : score.contributions;
  return (
    <section className="hl-panel hl-why" aria-label={heading}>
      <div className="hl-why-header">
        <ScoreRing score={score.score} band={score.band} size={64} />
        <div>
          <h2 className="hl-panel-title">{heading}</h2>
          <PriorityBadge band={score.band} />
        </div>
      </div>
      {score.reasons.length > 0 ? (
        <ul className="hl-why-reasons" aria-label={strings.topReasons}>
          {score.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {rows.length === 0 ? (
        <p className="hl-muted">{strings.noExplanations}</p>
      ) : (
        <ul className="hl-why-list" aria-label={strings.everyCriterion}>
          {rows.map((c) => {
            const negative = c.maxWeighted < 0;
            const share = c.maxWeighted === 0 ? 0 : Math.min(1, Math.abs(c.weighted / c.maxWeighted)); // bar length
            return (
              <li key={c.criterionId} className="hl-why-row">
                <span>
                  {c.label} <span className="hl-muted">{strings.criterionGroup(c.group)}</span>
                </span>
                <span className="hl-why-points" data-sign={negative ? 'negative' : 'positive'}>
                  {signed(c.weighted)} <span className="hl-muted">{strings.pointsOutOf(signed(c.maxWeighted))}</span>
                </span>
                <span className="hl-why-bar" data-sign={negative ? 'negative' : 'positive'} aria-hidden="true">
                  <span style={{ width: `${share * 100}%` }} />
                </span>
                {c.detail ? <span className="hl-why-detail">{c.detail}</span> : null}
                {c.signals !== undefined && c.signals.length > 1 ? (
                  // The "+N more" of the detail line: every signal core counted, strongest first.
                  <ul className="hl-why-signals">
                    {c.signals.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
