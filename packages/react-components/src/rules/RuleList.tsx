import {
  DEFAULT_PRIORITY,
  describeRule,
  factCatalog,
  moveRule,
  rulesInRunOrder,
  type FactDefinition,
  type Rule,
  type RuleSummary,
} from '@hotleads/rules';
import { useId, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatInstant, formatValue } from '../util/format';

/** Props of {@link RuleList}. */
export type RuleListProps = {
  /**
   * The rule set. It is shown in the order it runs (`rulesInRunOrder`: higher priority first,
   * equal priorities in this order).
   */
  rules: readonly Rule[];
  /**
   * Every edit (a toggle, a move) as the whole new rule set, in run order. A move is `moveRule`'s:
   * the moved rule takes the priority that runs it where it was put.
   */
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

/**
 * The rule set as a list (docs/rule-builder.md): each rule with its enabled switch, priority,
 * the rule in words (`describeRule`: its trigger, conditions and actions, as the builder's review
 * says it) and its performance (`summarizeRuleLog`: times fired,
 * leads acted on, actions, last fired). The rules are listed in the order they run; Move up /
 * Move down (or dragging a row) changes that order with `moveRule`, which gives the moved rule
 * the priority that runs it there. Import and export hand the file to the host.
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
  const ordered = useMemo(() => rulesInRunOrder(rules), [rules]);
  const n = (v: number) => formatValue(v, 'integer', { locale });
  const sentences = useMemo(() => ordered.map((r) => describeRule(r, catalog)), [ordered, catalog]);

  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= ordered.length || from === to) return;
    onChange(moveRule(ordered, from, to));
    setAnnounce(s.moved(ordered[from]!.name, String(to + 1), String(ordered.length)));
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
            <button type="button" className="hl-button" onClick={() => onExport([...ordered])}>
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
      {ordered.length === 0 ? <p className="hl-muted">{s.noRules}</p> : null}
      <ol className="hl-rule-rows">
        {ordered.map((rule, i) => {
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
                    onChange={() => onChange(ordered.map((r, k) => (k === i ? { ...r, enabled: !enabled } : r)))}
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
                  disabled={i === ordered.length - 1}
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
