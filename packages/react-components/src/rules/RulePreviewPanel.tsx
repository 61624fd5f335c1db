import { formatPercent, type ScoringModel, type Time } from '@hotleads/core';
import {
  actionKey,
  describeAction,
  factCatalog,
  type FactDefinition,
  type Rule,
  type TopLevelCondition,
} from '@hotleads/rules';
import { useEffect, useId, useMemo, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import { ConditionExplanation } from './ConditionExplanation';
import type { PreviewLeadSource, PreviewSample } from './previewWorker';
import { usePreviewWorker, type PreviewWorker } from './usePreviewWorker';

/** A named segment the preview can be limited to (`previewRule`'s `segment`). */
export type PreviewSegment = { id: string; label: string; conditions: TopLevelCondition };

/** Props of {@link RulePreviewPanel}. */
export type RulePreviewPanelProps = {
  /** The rule to preview; undefined (a draft that is not a rule yet) shows why there is nothing to preview. */
  rule: Rule | undefined;
  /** The past leads: handed over once, or the b2b demo book generated in the worker. */
  source: PreviewLeadSource;
  /** Makes the worker that runs the previews; its file calls `servePreviews(self)`. */
  createWorker: () => PreviewWorker;
  /** "As of" time of the preview and of the sample window. */
  now: Time;
  /** Scoring model, for rules using `score` or `band`. */
  model?: ScoringModel;
  catalog?: readonly FactDefinition[];
  /** Segments offered by the segment filter. */
  segments?: readonly PreviewSegment[];
  /** The sample at first (default the last 30 days, anonymized, every lead of the window). */
  initialSample?: PreviewSample;
  /** Shown when `rule` is undefined (e.g. the builder's reason Save is disabled). */
  missingRuleReason?: string;
  /** Wait this long after the last change before running (default 200 ms). */
  debounceMs?: number;
  /** Example leads shown (default 3). */
  maxExamples?: number;
  /** Heading (default `strings.rules.preview`). */
  title?: string;
};

const WINDOWS = [7, 30, 90, 365] as const;

/**
 * Previews a rule on past leads (docs/rule-builder.md, "Preview"): `sampleLeads` draws the sample
 * (a window, a size, personal fields masked) and `previewRule` says what the rule would have
 * done — the total, the matched count and share, leads per action, explained examples,
 * warnings and errors — optionally within a segment, and "test on one lead" explains the rule
 * on one lead. Both run in a Web Worker, 200 ms after the last change, and a run made stale by a
 * newer change is cancelled, so typing in a builder beside it is never blocked.
 */
export function RulePreviewPanel({
  rule,
  source,
  createWorker,
  now,
  model,
  catalog = factCatalog,
  segments = [],
  initialSample = { withinDays: 30, anonymize: true },
  missingRuleReason,
  debounceMs = 200,
  maxExamples = 3,
  title,
}: RulePreviewPanelProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.rules;
  const ids = { heading: useId(), window: useId(), size: useId(), segment: useId(), lead: useId() };
  const [sample, setSample] = useState<PreviewSample>(initialSample);
  const [segmentId, setSegmentId] = useState('');
  const [testLeadId, setTestLeadId] = useState('');
  const { state, run } = usePreviewWorker(createWorker, source);
  const segment = segments.find((g) => g.id === segmentId)?.conditions;
  const request = useMemo(
    () =>
      rule === undefined
        ? undefined
        : {
            rule,
            now,
            sample,
            maxExamples,
            ...(model ? { model } : {}),
            ...(catalog === factCatalog ? {} : { catalog }),
            ...(segment ? { segment } : {}),
            ...(testLeadId ? { testLeadId } : {}),
          },
    [rule, now, sample, maxExamples, model, catalog, segment, testLeadId],
  );
  useEffect(() => {
    if (request === undefined) return;
    const timer = setTimeout(() => run(request), debounceMs);
    return () => clearTimeout(timer);
  }, [request, run, debounceMs]);

  const shown = state.status === 'done' ? state.response : state.status === 'running' ? state.last : undefined;
  const running = state.status === 'running';
  const n = (v: number) => formatValue(v, 'integer', { locale });
  const result = shown?.type === 'result' ? shown : undefined;
  const report = result?.report;
  const keyed = rule?.actions.map((a) => ({ key: actionKey(a), action: a })) ?? [];
  const bars = report ? [...new Map(keyed.map((k) => [k.key, k])).values()] : [];
  const most = Math.max(1, ...bars.map((b) => report?.actionCounts[b.key] ?? 0));

  return (
    <section
      className="hl-panel hl-preview"
      aria-labelledby={ids.heading}
      aria-busy={running}
      data-preview-status={state.status}
      data-preview-ms={result ? Math.round(result.ms) : undefined}
      data-sample-ms={result ? Math.round(result.sampleMs) : undefined}
    >
      <h2 className="hl-panel-title" id={ids.heading}>
        {title ?? s.preview}
      </h2>
      <div className="hl-form-row">
        <label htmlFor={ids.window}>{s.sampleWindow}</label>
        <select
          id={ids.window}
          className="hl-input"
          value={sample.withinDays ?? ''}
          onChange={(e) =>
            setSample(({ withinDays: _, ...rest }) =>
              e.target.value === '' ? rest : { ...rest, withinDays: Number(e.target.value) },
            )
          }
        >
          {WINDOWS.map((d) => (
            <option key={d} value={d}>
              {s.lastDays(String(d))}
            </option>
          ))}
          <option value="">{s.allTime}</option>
        </select>
        <label htmlFor={ids.size}>{s.sampleSize}</label>
        <input
          id={ids.size}
          className="hl-input"
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          placeholder={s.everyLead}
          value={sample.size ?? ''}
          onChange={(e) => {
            const v = e.target.valueAsNumber;
            setSample(({ size: _, ...rest }) => (Number.isInteger(v) && v > 0 ? { ...rest, size: v } : rest));
          }}
        />
        <label className="hl-check">
          <input
            type="checkbox"
            checked={sample.anonymize === true}
            onChange={(e) => setSample((p) => ({ ...p, anonymize: e.target.checked }))}
          />
          {s.anonymize}
        </label>
        {segments.length > 0 ? (
          <>
            <label htmlFor={ids.segment}>{s.segment}</label>
            <select
              id={ids.segment}
              className="hl-input"
              value={segmentId}
              onChange={(e) => setSegmentId(e.target.value)}
            >
              <option value="">{s.allLeads}</option>
              {segments.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </div>
      <p className="hl-muted" role="status">
        {rule === undefined
          ? (missingRuleReason ?? s.noRuleToPreview)
          : running
            ? s.running
            : result
              ? s.previewTime(formatValue(Math.round(result.ms), 'integer', { locale }))
              : s.waiting}
      </p>
      {shown?.type === 'error' ? (
        <p className="hl-preview-error" role="alert">
          {shown.message}
        </p>
      ) : null}
      {report ? (
        <>
          <dl className="hl-preview-counts">
            <div>
              <dt>{s.sampled}</dt>
              <dd data-count="sample">{n(report.sampleSize)}</dd>
            </div>
            <div>
              <dt>{s.previewed}</dt>
              <dd data-count="total">{n(report.total)}</dd>
            </div>
            <div>
              <dt>{s.matched}</dt>
              <dd data-count="matched">
                {n(report.matched)}{' '}
                <span className="hl-muted" data-share={report.matchedShare ?? undefined}>
                  ({formatPercent(report.matchedShare)})
                </span>
              </dd>
            </div>
          </dl>
          <h3 className="hl-subtitle">{s.perAction}</h3>
          <ul className="hl-preview-bars" aria-label={s.perAction}>
            {bars.map((b) => {
              const count = report.actionCounts[b.key] ?? 0;
              return (
                <li key={b.key} data-action={b.key} data-count={count}>
                  <span>{s.wouldReceive(n(count), describeAction(b.action))}</span>
                  <span className="hl-bar" aria-hidden="true">
                    <span style={{ width: `${(count / most) * 100}%` }} />
                  </span>
                </li>
              );
            })}
          </ul>
          {report.warnings.length > 0 || report.errors.length > 0 ? (
            <ul className="hl-preview-warnings" aria-label={s.warnings}>
              {report.warnings.map((w) => (
                <li key={w} data-kind="warning">
                  {w}
                </li>
              ))}
              {report.errors.slice(0, 5).map((e) => (
                <li key={`${e.leadId}:${e.message}`} data-kind="error">
                  {s.leadError(e.leadId, e.message)}
                </li>
              ))}
            </ul>
          ) : null}
          <h3 className="hl-subtitle">{s.examples}</h3>
          {report.examples.length === 0 ? <p className="hl-muted">{s.noExamples}</p> : null}
          {report.examples.map((ex) => (
            <div key={ex.leadId} className="hl-preview-example">
              <h4 className="hl-example-title">{s.exampleLead(ex.leadId)}</h4>
              <ConditionExplanation result={ex.explanation} catalog={catalog} label={s.explanationOf(ex.leadId)} />
            </div>
          ))}
          <h3 className="hl-subtitle">{s.testOneLead}</h3>
          <div className="hl-form-row">
            <label htmlFor={ids.lead}>{s.leadId}</label>
            <select
              id={ids.lead}
              className="hl-input"
              value={testLeadId}
              onChange={(e) => setTestLeadId(e.target.value)}
            >
              <option value="">{s.chooseLead}</option>
              {(result?.leadIds ?? []).map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
          {result?.testLead ? (
            result.testLead.found ? (
              <div className="hl-preview-test" data-matched={result.testLead.matched}>
                <p>
                  {result.testLead.matched
                    ? s.leadMatches(result.testLead.leadId)
                    : s.leadDoesNotMatch(result.testLead.leadId)}
                </p>
                {result.testLead.explanation ? (
                  <ConditionExplanation
                    result={result.testLead.explanation}
                    catalog={catalog}
                    label={s.explanationOf(result.testLead.leadId)}
                  />
                ) : result.testLead.detail ? (
                  <p className="hl-muted">{result.testLead.detail}</p>
                ) : null}
              </div>
            ) : (
              <p className="hl-muted">{s.leadNotInSample(result.testLead.leadId)}</p>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
