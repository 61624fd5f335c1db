import type { PromisePipeline } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';

/** Props of {@link PromisesPipeline}. */
export type PromisesPipelineProps = {
  /** Core's `promisePipeline(promises, payments, { now, timeZone, graceDays })`. */
  pipeline: Pick<PromisePipeline, 'open' | 'kept' | 'broken' | 'keptPercent'>;
  /** Heading (default `strings.promisesToPay`, "Promises to pay"). */
  title?: string;
};

/** Promise-to-pay tracking: open, kept and broken promises with counts, amounts and the kept rate. */
export function PromisesPipeline({ pipeline, title }: PromisesPipelineProps) {
  const { strings } = useHotleadsLocale();
  const heading = title ?? strings.promisesToPay;
  const stages = [
    ['open', strings.promiseStages.open, pipeline.open],
    ['kept', strings.promiseStages.kept, pipeline.kept],
    ['broken', strings.promiseStages.broken, pipeline.broken],
  ] as const;
  return (
    <section className="hl-panel hl-promises" aria-label={heading}>
      <h2 className="hl-panel-title">{heading}</h2>
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
      <p className="hl-pipeline-rate hl-muted">{strings.keptRate(pipeline.keptPercent)}</p>
    </section>
  );
}
