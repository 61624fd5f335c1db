import {
  overrideModel,
  scoreDistribution,
  type Criterion,
  type Lead,
  type OverrideResult,
  type ScoringModel,
  type Time,
} from '@hotleads/core';
import type { FactDefinition, Rule } from '@hotleads/rules';
import { useId, useMemo, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import { CriteriaTable } from './CriteriaTable';
import { issueOf, pointsAt, type InputIssue } from './issueAt';

/** A field of a criterion the editor changes inline. */
export type EditableCriterionField = 'weight' | 'maxPoints';

/** Props of {@link CriteriaEditor}. */
export type CriteriaEditorProps = {
  /** The model being edited (admin defaults, or a seller's model). */
  model: ScoringModel;
  /** The leads an edit is judged on (a sample of about 10,000). */
  sample: readonly Lead[];
  /** The moment the sample is scored at. */
  now: Time;
  /** Histogram buckets of `scoreDistribution` (default 10). */
  buckets?: number;
  catalog?: readonly FactDefinition[];
  rules?: readonly Rule[];
  /** Apply was pressed: the model and per-field diff `overrideModel` returned for the pending edit. */
  onApply?: (result: OverrideResult) => void;
  /** Heading of the table (default `strings.leads.criteriaTable`). */
  title?: string;
};

type Drafts = Record<string, Partial<Record<EditableCriterionField, string>>>;

const FIELDS: readonly EditableCriterionField[] = ['weight', 'maxPoints'];

/**
 * The criteria table with inline editing (docs/react.md, "Lead management"): each criterion's
 * weight and max points can be typed in its row; the pending edit is one `overrideModel` layer
 * over `model`, so `@hotleads/core` validates it, and its refusal is shown at the cell its path
 * names. Below the table: the fields that change (the result's diff) and the before/after
 * `scoreDistribution` of `sample`, by score bucket and band. Apply hands the result to `onApply`.
 */
export function CriteriaEditor({ model, sample, now, buckets, catalog, rules, onApply, title }: CriteriaEditorProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const id = useId();
  const [drafts, setDrafts] = useState<Drafts>({});
  const int = (v: number) => formatValue(v, 'integer', { locale });
  const num = (v: number) => formatValue(v, 'number', { locale });

  const layer = useMemo(() => {
    const criteria: Record<string, Partial<Record<EditableCriterionField, number>>> = {};
    for (const [cid, fields] of Object.entries(drafts))
      for (const f of FIELDS) {
        const raw = fields[f];
        if (raw === undefined) continue;
        (criteria[cid] ??= {})[f] = raw.trim() === '' ? Number.NaN : Number(raw);
      }
    return { criteria };
  }, [drafts]);

  const verdict = useMemo((): { result?: OverrideResult; issue?: InputIssue } => {
    let result: OverrideResult | undefined;
    const issue = issueOf(() => (result = overrideModel(model, [layer])));
    return issue ? { issue } : { result };
  }, [model, layer]);
  const changes = verdict.result?.changes ?? [];

  const options = useMemo(() => (buckets === undefined ? { now } : { now, buckets }), [now, buckets]);
  const before = useMemo(() => scoreDistribution(sample, model, options), [sample, model, options]);
  const after = useMemo(
    () => (verdict.result && changes.length > 0 ? scoreDistribution(sample, verdict.result.model, options) : undefined),
    [sample, verdict.result, changes.length, options],
  );

  const labels = useMemo(() => new Map(model.criteria.map((c) => [c.id, c.label])), [model]);
  const fieldName = (f: string) => (f === 'weight' ? s.weight : f === 'maxPoints' ? s.maxPoints : f);

  const cell = (c: Criterion, f: EditableCriterionField) => {
    const at = ['layers', 0, 'criteria', c.id, f];
    const issue = pointsAt(verdict.issue, at) ? verdict.issue : undefined;
    const inputId = `${id}-${c.id}-${f}`;
    return (
      <span className="hl-criteria-edit" key={f}>
        {/* Visible word for sighted users; the accessible name (which contains it) also names the criterion. */}
        <span className="hl-muted hl-criteria-edit-label" aria-hidden="true">
          {fieldName(f)}
        </span>
        <input
          id={inputId}
          className="hl-input"
          type="number"
          inputMode="decimal"
          aria-label={s.editField(fieldName(f), c.label)}
          value={drafts[c.id]?.[f] ?? String(c[f])}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? `${inputId}-error` : undefined}
          onChange={(e) => {
            const value = e.target.value;
            setDrafts((d) => ({ ...d, [c.id]: { ...d[c.id], [f]: value } }));
          }}
        />
        {issue ? (
          <span className="hl-field-error" id={`${inputId}-error`}>
            {issue.detail}
          </span>
        ) : null}
      </span>
    );
  };

  const bandNames = Object.keys(before.bands) as Array<keyof typeof before.bands>;
  return (
    <div className="hl-criteria-editor">
      <CriteriaTable
        model={model}
        catalog={catalog}
        rules={rules}
        title={title}
        renderEdit={(c) => FIELDS.map((f) => cell(c, f))}
      />
      <section className="hl-panel" aria-labelledby={`${id}-pending`}>
        <h3 className="hl-panel-title" id={`${id}-pending`}>
          {s.pendingEdit}
        </h3>
        {verdict.issue && !verdict.issue.path.some((p) => p === 'weight' || p === 'maxPoints') ? (
          <p className="hl-field-error" role="alert">
            {verdict.issue.message}
          </p>
        ) : null}
        <p role="status" className="hl-muted">
          {verdict.issue ? s.editRefused : s.changeCount(int(changes.length))}
        </p>
        {changes.length > 0 ? (
          <ul className="hl-criteria-changes">
            {changes.map((ch) => (
              <li key={`${ch.criterionId}-${ch.field}`}>
                {s.changeLine(
                  ch.criterionId === null ? ch.field : (labels.get(ch.criterionId) ?? ch.criterionId),
                  fieldName(ch.field),
                  typeof ch.before === 'number' ? num(ch.before) : String(ch.before),
                  typeof ch.after === 'number' ? num(ch.after) : String(ch.after),
                )}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="hl-table-scroll" role="region" aria-label={s.distributionOf(int(before.total))} tabIndex={0}>
          <table className="hl-table" data-testid="score-distribution">
            <caption>{s.distributionOf(int(before.total))}</caption>
            <thead>
              <tr>
                <th scope="col">{s.scores}</th>
                <th scope="col" data-align="end">
                  {s.before}
                </th>
                <th scope="col" data-align="end">
                  {s.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {before.buckets.map((b, i) => (
                <tr key={`b${b.from}`} data-bucket={i}>
                  <th scope="row">{s.scoreRange(num(b.from), num(b.to))}</th>
                  <td data-align="end">{int(b.count)}</td>
                  <td data-align="end">{after ? int(after.buckets[i]!.count) : '—'}</td>
                </tr>
              ))}
              {bandNames.map((band) => (
                <tr key={band} data-band={band}>
                  <th scope="row">{band}</th>
                  <td data-align="end">{int(before.bands[band])}</td>
                  <td data-align="end">{after ? int(after.bands[band]) : '—'}</td>
                </tr>
              ))}
              <tr data-row="mean">
                <th scope="row">{s.meanScore}</th>
                <td data-align="end">{num(before.mean)}</td>
                <td data-align="end">{after ? num(after.mean) : '—'}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <div className="hl-actions">
          <button
            type="button"
            className="hl-button"
            disabled={!verdict.result || changes.length === 0}
            onClick={() => verdict.result && onApply?.(verdict.result)}
          >
            {s.applyEdit}
          </button>
          <button
            type="button"
            className="hl-button"
            disabled={Object.keys(drafts).length === 0}
            onClick={() => setDrafts({})}
          >
            {s.resetEdit}
          </button>
        </div>
      </section>
    </div>
  );
}
