import {
  DEFAULT_PRIORITY,
  describeRule,
  factCatalog,
  type FactDefinition,
  type Rule,
  type RuleSummary,
} from '@hotleads/rules';
import { useId, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatInstant, formatValue } from '../util/format';

/** Props of {@link RuleList}. */
export type RuleListProps = {
  /** The rule set in list order (equal priorities run in this order; docs/rules.md, "Priority"). */
  rules: readonly Rule[];
  /** Every edit (a toggle, a move) as the whole new rule set. */
  onChange: (rules: Rule[]) => void;
  /** Performance per rule, from `summarizeRuleLog`. A rule without one has not fired. */
  summaries?: readonly RuleSummary[];
  /** Heading (default `strings.rules.ruleList`). */
  title?: string;
  /** A rule was chosen for editing. */
  onEdit?: (rule: Rule) => void;
  /** "Export": the host writes the rule file (e.g. with `@hotleads/rules`' rule-file export) and offers it. */
  onExport?: (rules: Rule[]) => void;
  /** "Import": the text of the file the user picked; the host validates it and hands back `rules`. */
  onImport?: (text: string, fileName: string) => void;
  /**
   * Why the last import was refused (the message of `importRules`' `HotleadsError`), shown as an
   * alert under the buttons; undefined once an import succeeds.
   */
  importError?: string;
  /** Time zone of "last fired" (default UTC). */
  timeZone?: string;
  /** The catalog that names the facts in each rule's sentence (default `factCatalog`). */
  catalog?: readonly FactDefinition[];
};

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * The rule set as a list (docs/rule-builder.md): each rule with its enabled switch, priority,
 * the rule in words (`describeRule`: its trigger, conditions and actions, as the builder's review
 * says it) and its performance (`summarizeRuleLog`: times fired,
 * leads acted on, actions, last fired). The list order is changed with Move up / Move down (or by
 * dragging a row); import and export hand the file to the host.
 */
export function RuleList({
  rules,
  onChange,
  summaries = [],
  title,
  onEdit,
  onExport,
  onImport,
  importError,
  timeZone = 'UTC',
  catalog = factCatalog,
}: RuleListProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.rules;
  const heading = title ?? s.ruleList;
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState<number | undefined>(undefined);
  const [announce, setAnnounce] = useState('');
  const byId = new Map(summaries.map((x) => [x.ruleId, x]));
  const n = (v: number) => formatValue(v, 'integer', { locale });
  const sentences = useMemo(() => rules.map((r) => describeRule(r, catalog)), [rules, catalog]);

  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= rules.length || from === to) return;
    onChange(move(rules, from, to));
    setAnnounce(s.moved(rules[from]!.name, String(to + 1), String(rules.length)));
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file && onImport) onImport(await file.text(), file.name);
    e.target.value = '';
  };
  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragging !== undefined) moveTo(dragging, to);
    setDragging(undefined);
  };

  return (
    <section className="hl-panel hl-rule-list" aria-labelledby={headingId}>
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={headingId}>
          {heading}
        </h2>
        <div className="hl-actions-buttons">
          {onExport ? (
            <button type="button" className="hl-button" onClick={() => onExport([...rules])}>
              {s.exportRules}
            </button>
          ) : null}
          {onImport ? (
            <>
              <button type="button" className="hl-button" onClick={() => fileRef.current?.click()}>
                {s.importRules}
              </button>
              <input
                ref={fileRef}
                type="file"
                accept="application/json,.json"
                className="hl-visually-hidden"
                tabIndex={-1}
                aria-label={s.importRules}
                onChange={(e) => void onFile(e)}
              />
            </>
          ) : null}
        </div>
      </div>
      {importError === undefined ? null : (
        <p className="hl-preview-error" role="alert">
          {importError}
        </p>
      )}
      {rules.length === 0 ? <p className="hl-muted">{s.noRules}</p> : null}
      <ol className="hl-rule-rows">
        {rules.map((rule, i) => {
          const summary = byId.get(rule.id);
          const enabled = rule.enabled !== false;
          const actions = summary ? Object.entries(summary.actions) : [];
          return (
            <li
              key={rule.id}
              className="hl-rule-row"
              data-enabled={enabled}
              data-dragging={dragging === i || undefined}
              draggable
              onDragStart={(e) => {
                setDragging(i);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, i)}
              onDragEnd={() => setDragging(undefined)}
            >
              <div className="hl-rule-row-head">
                <label className="hl-switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={enabled}
                    onChange={() => onChange(rules.map((r, k) => (k === i ? { ...r, enabled: !enabled } : r)))}
                  />
                  <span className="hl-visually-hidden">{s.enabledRule(rule.name)}</span>
                </label>
                <h3 className="hl-rule-name">{rule.name}</h3>
                <span className="hl-badge" title={s.priorityHint}>
                  {s.priorityValue(String(rule.priority ?? DEFAULT_PRIORITY))}
                </span>
              </div>
              {rule.description ? <p className="hl-rule-description">{rule.description}</p> : null}
              <p className="hl-rule-sentence hl-muted">{sentences[i]}</p>
              {summary ? (
                <dl className="hl-rule-stats">
                  <div>
                    <dt>{s.timesFired}</dt>
                    <dd>{n(summary.fired)}</dd>
                  </div>
                  <div>
                    <dt>{s.leadsActedOn}</dt>
                    <dd>{n(summary.leads)}</dd>
                  </div>
                  <div>
                    <dt>{s.actionsProduced}</dt>
                    <dd>
                      {actions.map(([type, count]) => `${s.actionNames[type] ?? type} ${n(count ?? 0)}`).join(', ')}
                    </dd>
                  </div>
                  <div>
                    <dt>{s.lastFired}</dt>
                    <dd>{formatInstant(summary.lastFiredAt, { timeZone, locale })}</dd>
                  </div>
                </dl>
              ) : (
                <p className="hl-muted">{s.neverFired}</p>
              )}
              <div className="hl-actions-buttons">
                <button
                  type="button"
                  className="hl-button"
                  disabled={i === 0}
                  aria-label={s.moveUp(rule.name)}
                  onClick={() => moveTo(i, i - 1)}
                >
                  {s.up}
                </button>
                <button
                  type="button"
                  className="hl-button"
                  disabled={i === rules.length - 1}
                  aria-label={s.moveDown(rule.name)}
                  onClick={() => moveTo(i, i + 1)}
                >
                  {s.down}
                </button>
                {onEdit ? (
                  <button
                    type="button"
                    className="hl-button"
                    aria-label={s.editRule(rule.name)}
                    onClick={() => onEdit(rule)}
                  >
                    {s.edit}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="hl-visually-hidden" role="status">
        {announce}
      </p>
    </section>
  );
}
