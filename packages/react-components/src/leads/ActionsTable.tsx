import {
  ACTION_CATEGORIES,
  ACTION_CATEGORY,
  describeAction,
  ruleUsage,
  type Action,
  type ActionCategory,
  type ActionType,
  type Rule,
} from '@hotleads/rules';
import { useId, useMemo, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
import { VirtualList } from './VirtualList';

/** Props of {@link ActionsTable}. */
export type ActionsTableProps = {
  /** The rule set whose actions are listed. */
  rules: readonly Rule[];
  /** The type filter in effect, when the host controls it (`'all'` for every type). */
  type?: ActionType | 'all';
  /** Called when the user picks a type filter. */
  onTypeChange?: (type: ActionType | 'all') => void;
  /** The category filter in effect (`ACTION_CATEGORY` of @hotleads/rules), when the host controls it. */
  category?: ActionCategory | 'all';
  /** Called when the user picks a category filter. */
  onCategoryChange?: (category: ActionCategory | 'all') => void;
  /** A rule's name was pressed (open it in the rule builder). */
  onOpenRule?: (rule: Rule) => void;
  /** Heading (default `strings.leads.actionsTable`). */
  title?: string;
  /** Height of the action list in pixels (default 420); the list is virtualized. */
  height?: number;
};

type Row = { key: string; rule: Rule; action: Action; description: string };

/**
 * The actions list view (docs/react.md, "Lead management"): every action of the rule set, in the plain words of
 * `describeAction` from `@hotleads/rules`, with its type and the rule that triggers it; a filter
 * by type, whose options say how many active rules produce each type (`ruleUsage`), and one by
 * category (`ACTION_CATEGORY`); both apply together. The list is virtualized ({@link VirtualList}):
 * only the actions in view are in the DOM, and the arrow keys, Page Up / Down, Home and End move
 * through all of them.
 */
export function ActionsTable({
  rules,
  type: controlled,
  onTypeChange,
  category: controlledCategory,
  onCategoryChange,
  onOpenRule,
  title,
  height = 420,
}: ActionsTableProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const names = strings.rules.actionNames;
  const headingId = useId();
  const filterId = useId();
  const categoryId = useId();
  const [own, setOwn] = useState<ActionType | 'all'>('all');
  const type = controlled ?? own;
  const [ownCategory, setOwnCategory] = useState<ActionCategory | 'all'>('all');
  const category = controlledCategory ?? ownCategory;
  const usage = useMemo(() => ruleUsage(rules).actions, [rules]);
  const rows = useMemo(
    (): Row[] =>
      rules.flatMap((rule) =>
        rule.actions.map((action, i) => ({
          key: `${rule.id}#${i}`,
          rule,
          action,
          description: describeAction(action),
        })),
      ),
    [rules],
  );
  const shown = rows.filter(
    (r) =>
      (type === 'all' || r.action.type === type) && (category === 'all' || ACTION_CATEGORY[r.action.type] === category),
  );
  const types = Object.keys(names) as ActionType[];
  const n = (v: number) => formatValue(v, 'integer', { locale });

  return (
    <section className="hl-panel hl-leads-screen hl-actions-table" aria-labelledby={headingId}>
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={headingId}>
          {title ?? s.actionsTable}
        </h2>
        <span className="hl-muted" role="status">
          {s.actionCount(n(shown.length))}
        </span>
      </div>
      <div className="hl-field">
        <label htmlFor={categoryId}>{s.filterByCategory}</label>
        <select
          id={categoryId}
          className="hl-input"
          value={category}
          onChange={(e) => {
            const next = e.target.value as ActionCategory | 'all';
            setOwnCategory(next);
            onCategoryChange?.(next);
          }}
        >
          <option value="all">{s.allCategories}</option>
          {ACTION_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {s.actionCategories[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="hl-field">
        <label htmlFor={filterId}>{s.filterByType}</label>
        <select
          id={filterId}
          className="hl-input"
          value={type}
          onChange={(e) => {
            const next = e.target.value as ActionType | 'all';
            setOwn(next);
            onTypeChange?.(next);
          }}
        >
          <option value="all">{s.allTypes}</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {`${names[t]} (${s.usageCount(n(usage[t]?.length ?? 0))})`}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="hl-muted">{s.noActions}</p>
      ) : (
        <VirtualList
          label={title ?? s.actionsTable}
          count={shown.length}
          rowKey={(i) => shown[i]!.key}
          height={height}
          rowHeight={64}
          measure
          className="hl-action-list"
          renderRow={(i) => {
            const row = shown[i]!;
            return (
              <div className="hl-action-item" data-type={row.action.type}>
                <span className="hl-badge">{names[row.action.type]}</span>
                <span className="hl-action-text">{row.description}</span>
                <span className="hl-muted hl-action-rule">
                  {s.triggeredBy}:{' '}
                  {onOpenRule ? (
                    <button type="button" className="hl-link" onClick={() => onOpenRule(row.rule)}>
                      {row.rule.name}
                    </button>
                  ) : (
                    row.rule.name
                  )}
                  {row.rule.enabled === false ? ` ${s.ruleOff}` : ''}
                </span>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
