import type { PromisePipeline } from '@hotleads/core';

/** Props of {@link PromisesPipeline}. */
export type PromisesPipelineProps = {
  /** Core's `promisePipeline(promises, payments, { now, timeZone, graceDays })`. */
  pipeline: Pick<PromisePipeline, 'open' | 'kept' | 'broken' | 'keptPercent'>;
  /** Heading (default "Promises to pay"). */
  title?: string;
};

/** Promise-to-pay tracking: open, kept and broken promises with counts, amounts and the kept rate. */
export function PromisesPipeline({ pipeline, title = 'Promises to pay' }: PromisesPipelineProps) {
  const stages = [
    ['open', 'Open', pipeline.open],
    ['kept', 'Kept', pipeline.kept],
    ['broken', 'Broken', pipeline.broken],
  ] as const;
  return (
    <section className="hl-panel" aria-label={title}>
      <h2 className="hl-panel-title">{title}</h2>
      <dl className="hl-pipeline">
        {stages.map(([key, label, stage]) => (
          <div key={key} className="hl-pipeline-stage" data-stage={key}>
            <dt>{label}</dt>
            <dd>
              {stage.count}
              <small>{stage.display}</small>
            </dd>
          </div>
        ))}
      </dl>
      <p className="hl-muted" style={{ margin: '8px 0 0' }}>
        Kept rate {pipeline.keptPercent}
      </p>
    </section>
  );
}
