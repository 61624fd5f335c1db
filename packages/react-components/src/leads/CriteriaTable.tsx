import type { Criterion, ScoringModel } from '@hotleads/core';
import { factCatalog, findFact, operatorsFor, ruleUsage, type FactDefinition, type Rule } from '@hotleads/rules';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import { evaluatorText } from './evaluatorText';

/** A column the criteria table sorts by; `model` is the model's own order, grouped. */
export type CriteriaSortKey = 'model' | 'label' | 'group' | 'weight' | 'maxPoints' | 'usage';

/** Props of {@link CriteriaTable}. */
export type CriteriaTableProps = {
  /** The scoring model whose criteria are listed (the default values of docs/scoring.md: `b2bLeadModel`). */
  model: ScoringModel;
  /** The fact catalog a criterion's data type, operators and tooltip come from (default `factCatalog`). */
  catalog?: readonly FactDefinition[];
  /** The rule set; the Usage column lists its active rules that use each criterion (`ruleUsage`). */
  rules?: readonly Rule[];
  /** Extra cells per criterion (the editable cells of an editing host), after Max points. */
  renderEdit?: (criterion: Criterion) => ReactNode;
  /** Heading (default `strings.leads.criteriaTable`). */
  title?: string;
  /** Height of the scrolling table in pixels (default 480); its rows are virtualized. */
  height?: number;
};

/** Estimated height of one row in pixels; each rendered row is measured. */
const ROW_ESTIMATE = 56;

type Row = {
  criterion: Criterion;
  fact: FactDefinition | undefined;
  usedBy: string[];
};

/**
 * The criteria list view (docs/react.md, "Lead management"): every criterion of a scoring
 * model, grouped by its seed group, with the data type, operators and tooltip of its fact in the
 * catalog, its weight, information, evaluation and max points, and a Usage column: the active
 * rules that read it, from `@hotleads/rules`' `ruleUsage`. Columns sort by their header button
 * (`aria-sort` says which); the model's order shows the groups. The rows are virtualized
 * (`@tanstack/react-virtual`, as the lead list's {@link VirtualList}): only those in view are in the
 * DOM, between spacer rows, with `aria-rowcount` / `aria-rowindex`; the row holding focus (an inline
 * edit) stays rendered while it scrolls away.
 */
export function CriteriaTable({
  model,
  catalog = factCatalog,
  rules = [],
  renderEdit,
  title,
  height = 480,
}: CriteriaTableProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const headingId = useId();
  const [sort, setSort] = useState<{ key: CriteriaSortKey; direction: 'asc' | 'desc' }>({
    key: 'model',
    direction: 'asc',
  });
  const num = (v: number) => formatValue(v, 'number', { locale });

  const rows = useMemo((): Row[] => {
    const usage = ruleUsage(rules).facts;
    const names = new Map(rules.map((r) => [r.id, r.name]));
    return model.criteria.map((criterion) => {
      const field = criterion.field;
      const ids = field !== undefined && Object.hasOwn(usage, field) ? usage[field]! : [];
      return {
        criterion,
        fact: field === undefined ? undefined : findFact(catalog, field),
        usedBy: ids.map((id) => names.get(id) ?? id),
      };
    });
  }, [model, catalog, rules]);

  const sorted = useMemo(() => {
    if (sort.key === 'model') return rows;
    const value = (r: Row): string | number => {
      switch (sort.key) {
        case 'label':
          return r.criterion.label;
        case 'group':
          return r.criterion.group;
        case 'weight':
          return r.criterion.weight;
        case 'maxPoints':
          return r.criterion.maxPoints;
        default:
          return r.usedBy.length;
      }
    };
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
      return c === 0 ? a.criterion.id.localeCompare(b.criterion.id) : c * sign;
    });
  }, [rows, sort, locale]);

  const header = (key: CriteriaSortKey, label: string, align?: 'end') => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        data-align={align}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="hl-sort"
          aria-label={s.sortBy(label)}
          onClick={() =>
            setSort(
              active && sort.direction === 'asc'
                ? { key, direction: 'desc' }
                : active && key !== 'model'
                  ? { key: 'model', direction: 'asc' }
                  : { key, direction: 'asc' },
            )
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  const columns = renderEdit ? 10 : 9;
  // one entry per table row: a group heading (in the model's order) or a criterion
  const items = useMemo(() => {
    const out: Array<{ key: string; group: string } | { key: string; row: Row }> = [];
    let group: string | undefined;
    for (const row of sorted) {
      const c = row.criterion;
      if (sort.key === 'model' && c.group !== group) {
        group = c.group;
        out.push({ key: `group-${c.group}`, group: c.group });
      }
      out.push({ key: c.id, row });
    }
    return out;
  }, [sorted, sort.key]);

  const scrollerRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return focused === null || focused >= items.length || shown.includes(focused)
        ? shown
        : [...shown, focused].sort((a, b) => a - b);
    },
    [focused, items.length],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    initialRect: { width: 980, height },
    getItemKey: (i) => items[i]!.key,
    rangeExtractor,
    // a row not laid out yet (or jsdom, which lays nothing out) measures 0: keep the estimate
    measureElement: (el) => el.getBoundingClientRect().height || ROW_ESTIMATE,
  });

  const renderItem = (index: number): ReactNode => {
    const item = items[index]!;
    if ('group' in item)
      return (
        <tr
          key={item.key}
          className="hl-criteria-group"
          aria-rowindex={index + 2}
          data-index={index}
          ref={virtualizer.measureElement}
        >
          <th scope="colgroup" colSpan={columns}>
            {item.group}
          </th>
        </tr>
      );
    const row = item.row;
    const c = row.criterion;
    const operators = row.fact
      ? operatorsFor(row.fact.type)
          .filter((o) => row.fact!.operators?.includes(o.operator) ?? true)
          .map((o) => o.label)
          .join(', ')
      : s.notInCatalog;
    return (
      <tr
        key={item.key}
        data-criterion={c.id}
        aria-rowindex={index + 2}
        data-index={index}
        ref={virtualizer.measureElement}
        onFocus={() => setFocused(index)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
        }}
      >
        <th scope="row">
          <span className="hl-criteria-label">{c.label}</span>
          {sort.key === 'model' ? null : <span className="hl-muted hl-criteria-sub">{c.group}</span>}
        </th>
        <td>{row.fact?.type ?? s.notInCatalog}</td>
        <td className="hl-criteria-wrap">{operators}</td>
        <td data-align="end" data-col="weight">
          {num(c.weight)}
        </td>
        <td className="hl-criteria-wrap">{evaluatorText(c.information, s.evaluatorWords, num)}</td>
        <td className="hl-criteria-wrap">{evaluatorText(c.evaluation, s.evaluatorWords, num)}</td>
        <td data-align="end" data-col="maxPoints">
          {num(c.maxPoints)}
        </td>
        {renderEdit ? <td>{renderEdit(c)}</td> : null}
        <td data-col="usage" title={row.usedBy.length > 0 ? s.usedBy(row.usedBy.join(', ')) : undefined}>
          {s.usageCount(formatValue(row.usedBy.length, 'integer', { locale }))}
          {row.usedBy.length > 0 ? <span className="hl-visually-hidden">: {row.usedBy.join(', ')}</span> : null}
        </td>
        <td className="hl-criteria-tip">{row.fact?.tooltip ?? c.description ?? s.notInCatalog}</td>
      </tr>
    );
  };

  // the rendered rows, with a spacer row for each run of rows left out
  const body: ReactNode[] = [];
  let end = 0;
  const spacer = (key: string, size: number) => (
    <tr key={key} aria-hidden="true" className="hl-vspacer">
      <td colSpan={columns} style={{ height: size }} />
    </tr>
  );
  for (const v of virtualizer.getVirtualItems()) {
    if (v.start > end) body.push(spacer(`gap-${v.index}`, v.start - end));
    body.push(renderItem(v.index));
    end = v.end;
  }
  const total = virtualizer.getTotalSize();
  if (total > end) body.push(spacer('gap-end', total - end));

  return (
    <section className="hl-panel hl-leads-screen hl-criteria" aria-labelledby={headingId}>
      <h2 className="hl-panel-title" id={headingId}>
        {title ?? s.criteriaTable}
      </h2>
      <div
        ref={scrollerRef}
        className="hl-criteria-scroll"
        style={{ height }}
        role="region"
        aria-label={s.tableRegion(title ?? s.criteriaTable)}
        tabIndex={0}
      >
        <table className="hl-table" aria-rowcount={items.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {header('label', s.criterion)}
              <th scope="col">{s.dataType}</th>
              <th scope="col">{s.operators}</th>
              {header('weight', s.weight, 'end')}
              <th scope="col">{s.informationPoints}</th>
              <th scope="col">{s.evaluationPoints}</th>
              {header('maxPoints', s.maxPoints, 'end')}
              {renderEdit ? <th scope="col">{s.edit}</th> : null}
              {header('usage', s.usage)}
              <th scope="col">{s.tooltip}</th>
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </section>
  );
}
