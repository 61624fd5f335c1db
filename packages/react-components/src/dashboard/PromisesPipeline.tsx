import { formatValue } from '../util/format';

/** One stage of the promise-to-pay pipeline. */
export type PromiseStage = { count: number; amount: number | string };

/** Props of {@link PromisesPipeline}. */
export type PromisesPipelineProps = {
  /** Promises not yet due (or within grace). */
  open: PromiseStage;
  /** Promises paid on time. */
  kept: PromiseStage;
  /** Promises past due and grace without the payment. */
  broken: PromiseStage;
  /** Kept rate in percent, when core computes one. */
  keptRatePercent?: number;
  /** ISO 4217 code (default USD). */
  currency?: string;
  /** Heading (default "Promises to pay"). */
  title?: string;
};

/** Promise-to-pay tracking: open, kept and broken promises with counts and amounts. */
export function PromisesPipeline({ open, kept, broken, keptRatePercent, currency, title = 'Promises to pay' }: PromisesPipelineProps) {
  const stages = [
    ['open', 'Open', open],
    ['kept', 'Kept', kept],
    ['broken', 'Broken', broken],
  ] as const;
  return (
    <section className="hl-panel" aria-label={title}>
      <h2 className="hl-panel-title">{title}</h2>
      <dl className="hl-pipeline">
        {stages.map(([key, label, stage]) => (
          <div key={key} className="hl-pipeline-stage" data-stage={key}>
            <dt>{label}</dt>
            <dd>
              {formatValue(stage.count, 'integer')}
              <small>{formatValue(stage.amount, 'currency', { currency })}</small>
            </dd>
          </div>
        ))}
      </dl>
      {keptRatePercent != null ? (
        <p className="hl-muted" style={{ margin: '8px 0 0' }}>
          Kept rate {formatValue(keptRatePercent, 'percent')}
        </p>
      ) : null}
    </section>
  );
}
