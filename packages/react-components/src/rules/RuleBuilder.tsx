import type { ScoringModel, Time } from '@hotleads/core';
import {
  ACTIVE_INTEREST_EVENTS,
  conditionsToQuery,
  factCatalog,
  operatorDescriptions,
  queryToConditions,
  validateRule,
  type ConditionRegistry,
  type FactDefinition,
  type QueryGroup,
  type Rule,
  type TopLevelCondition,
} from '@hotleads/rules';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { QueryBuilder, type Field, type RuleGroupType } from 'react-querybuilder';
import { useHotleadsLocale } from '../theme/context';
import {
  FieldSelector,
  NamedSelector,
  OperatorSelector,
  offeredFacts,
  ValueEditor,
  type CriteriaContext,
} from './criteriaControls';
import type { RuleDraft } from './draft';
import { ActionsStep, ExecutionStep, ReviewStep, TriggerStep } from './ruleSteps';
import { operatorOptions } from './words';
import { builderIssues, issuesUnder, queryPathOf, type BuilderIssue } from './builderIssues';

/** Props of {@link RuleBuilder}. */
export type RuleBuilderProps = {
  /** The draft being edited (controlled); it may be incomplete. */
  value: RuleDraft;
  /** Every edit, as the whole new draft (undo and redo too). */
  onChange: (draft: RuleDraft) => void;
  /** Save: the draft as `validateRule` normalized it (High → 8 and so on). Only offered when it has no issue. */
  onSave: (rule: Rule) => void;
  /** The facts conditions may use (default `factCatalog`). */
  catalog?: readonly FactDefinition[];
  /** A scoring model: `score` and `band` are offered only with one. */
  model?: ScoringModel;
  /**
   * The named conditions a rule may reference (`{ condition: 'name' }`, the `conditions` option of
   * @hotleads/rules); a reference shows as a block with its name.
   */
  conditions?: ConditionRegistry;
  /** Rules to start from (e.g. `ruleTemplates`), each shown with its description. */
  templates?: readonly Rule[];
  /** "Save as template": the rule, validated, for the host to keep. */
  onSaveTemplate?: (rule: Rule) => void;
  /** Now, for a schedule's next runs. */
  now: Time;
  /**
   * The event types the builder offers (default `ACTIVE_INTEREST_EVENTS`): as `hoursSince.<type>`
   * facts in the criteria (a duration in hours or days), and for an event trigger.
   */
  eventTypes?: readonly string[];
  /** Every step on one page instead of a step-by-step wizard (default false). */
  allSteps?: boolean;
  /** Heading (default `strings.rules.builder`). */
  title?: string;
};

const STEPS = ['basics', 'criteria', 'actions', 'execution', 'review'] as const;
type Step = (typeof STEPS)[number];
const HISTORY = 100;

function byModel(catalog: readonly FactDefinition[], model: ScoringModel | undefined): FactDefinition[] {
  return model === undefined ? catalog.filter((f) => f.id !== 'score' && f.id !== 'band') : [...catalog];
}

/**
 * Writes an IF/THEN rule step by step (docs/rule-builder.md): name, description and trigger;
 * the criteria as a condition tree (react-querybuilder, with hotleads' own controls); the
 * actions; how it runs (mode, priority, blocking, sunset); and a review with the rule in words
 * and as json-rules-engine JSON. Every edit is checked by @hotleads/rules and each problem is
 * shown at its control; Save stays disabled, with the reason, until there is none. Undo and redo
 * (Ctrl+Z, Ctrl+Y) step through the edits. Everything works by keyboard.
 */
export function RuleBuilder({
  value,
  onChange,
  onSave,
  catalog = factCatalog,
  model,
  conditions,
  templates = [],
  onSaveTemplate,
  now,
  eventTypes = ACTIVE_INTEREST_EVENTS,
  allSteps = false,
  title,
}: RuleBuilderProps) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  const ids = { heading: useId(), template: useId(), all: useId() };
  const [step, setStep] = useState<Step>('basics');
  const [showAll, setShowAll] = useState(allSteps);
  const [history, setHistory] = useState<{ past: RuleDraft[]; future: RuleDraft[] }>({ past: [], future: [] });
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const facts = useMemo(() => byModel(catalog, model), [catalog, model]);
  const issues = useMemo(
    () => builderIssues(value, { catalog: facts, model, ...(conditions ? { conditions } : {}) }),
    [value, facts, model, conditions],
  );

  const edit = (next: RuleDraft) => {
    setHistory((h) => ({ past: [...h.past, value].slice(-HISTORY), future: [] }));
    onChange(next);
  };
  const undo = () => {
    const prev = history.past[history.past.length - 1];
    if (prev === undefined) return;
    setHistory((h) => ({ past: h.past.slice(0, -1), future: [value, ...h.future] }));
    onChange(prev);
  };
  const redo = () => {
    const next = history.future[0];
    if (next === undefined) return;
    setHistory((h) => ({ past: [...h.past, value], future: h.future.slice(1) }));
    onChange(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      e.preventDefault();
      redo();
    }
  };

  const validated = (): Rule => validateRule(value, { catalog: facts, ...(conditions ? { conditions } : {}) });
  const template = templates.find((t) => t.id === templateId);
  const visible = (st: Step) => showAll || step === st;
  const index = STEPS.indexOf(step);

  return (
    <section className="hl-panel hl-builder" aria-labelledby={ids.heading} onKeyDown={onKeyDown}>
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={ids.heading}>
          {title ?? s.builder}
        </h2>
        <div className="hl-actions-buttons">
          <button type="button" className="hl-button" onClick={undo} disabled={history.past.length === 0}>
            {s.undo}
          </button>
          <button type="button" className="hl-button" onClick={redo} disabled={history.future.length === 0}>
            {s.redo}
          </button>
        </div>
      </div>
      {templates.length > 0 ? (
        <div className="hl-form-row hl-template-row">
          <label htmlFor={ids.template}>{s.template}</label>
          <select
            id={ids.template}
            className="hl-input"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
          >
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="hl-button"
            disabled={template === undefined}
            onClick={() => template && edit(structuredClone(template) as RuleDraft)}
          >
            {s.startFromTemplate}
          </button>
          {template?.description ? <p className="hl-muted hl-template-description">{template.description}</p> : null}
        </div>
      ) : null}
      <label className="hl-check">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        {s.showAllSteps}
      </label>
      {showAll ? null : (
        <ol className="hl-steps" aria-label={s.steps}>
          {STEPS.map((st, i) => (
            <li key={st}>
              <button
                type="button"
                className="hl-step"
                aria-current={st === step ? 'step' : undefined}
                data-issues={issuesUnder(issues, st).length || undefined}
                onClick={() => setStep(st)}
              >
                {s.stepLabel(String(i + 1), s.stepNames[st])}
              </button>
            </li>
          ))}
        </ol>
      )}
      {visible('basics') ? (
        <StepSection title={s.stepNames.basics} number={1}>
          <TriggerStep draft={value} edit={edit} catalog={facts} issues={issues} now={now} eventTypes={eventTypes} />
        </StepSection>
      ) : null}
      {visible('criteria') ? (
        <StepSection title={s.stepNames.criteria} number={2}>
          <Criteria draft={value} edit={edit} catalog={facts} eventTypes={eventTypes} issues={issues} />
        </StepSection>
      ) : null}
      {visible('actions') ? (
        <StepSection title={s.stepNames.actions} number={3}>
          <ActionsStep draft={value} edit={edit} issues={issues} />
        </StepSection>
      ) : null}
      {visible('execution') ? (
        <StepSection title={s.stepNames.execution} number={4}>
          <ExecutionStep draft={value} edit={edit} issues={issues} />
        </StepSection>
      ) : null}
      {visible('review') ? (
        <StepSection title={s.stepNames.review} number={5}>
          <ReviewStep draft={value} issues={issues} catalog={facts} conditions={conditions} />
        </StepSection>
      ) : null}
      <div className="hl-builder-footer">
        {showAll ? null : (
          <div className="hl-actions-buttons">
            <button
              type="button"
              className="hl-button"
              disabled={index === 0}
              onClick={() => setStep(STEPS[index - 1]!)}
            >
              {s.back}
            </button>
            <button
              type="button"
              className="hl-button"
              disabled={index === STEPS.length - 1}
              onClick={() => setStep(STEPS[index + 1]!)}
            >
              {s.next}
            </button>
          </div>
        )}
        <div className="hl-actions-buttons">
          {onSaveTemplate ? (
            <button
              type="button"
              className="hl-button"
              disabled={issues.length > 0}
              aria-describedby={issues.length > 0 ? `${ids.heading}-why` : undefined}
              onClick={() => onSaveTemplate(validated())}
            >
              {s.saveAsTemplate}
            </button>
          ) : null}
          <button
            type="button"
            className="hl-button"
            data-variant="primary"
            disabled={issues.length > 0}
            aria-describedby={issues.length > 0 ? `${ids.heading}-why` : undefined}
            onClick={() => onSave(validated())}
          >
            {s.save}
          </button>
        </div>
        <p id={`${ids.heading}-why`} className="hl-muted hl-save-reason" role="status">
          {issues.length === 0
            ? s.readyToSave
            : issues.every((i) => i.kind === 'incomplete')
              ? s.cannotSaveIncomplete(String(issues.length), issues[0]!.message)
              : s.cannotSaveWrong(String(issues.length), issues.find((i) => i.kind === 'wrong')!.message)}
        </p>
      </div>
    </section>
  );
}

function StepSection({ title, number, children }: { title: string; number: number; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="hl-step-section" aria-labelledby={id}>
      <h3 className="hl-subtitle" id={id}>
        {number}. {title}
      </h3>
      {children}
    </section>
  );
}

/** The criteria step: react-querybuilder on the draft's condition tree, converted by @hotleads/rules both ways. */
function Criteria({
  draft,
  edit,
  catalog: checked,
  eventTypes,
  issues,
}: {
  draft: RuleDraft;
  edit: (d: RuleDraft) => void;
  catalog: readonly FactDefinition[];
  eventTypes: readonly string[];
  issues: readonly BuilderIssue[];
}) {
  const { strings } = useHotleadsLocale();
  const s = strings.rules;
  // The query keeps react-querybuilder's ids between edits (so focus stays in the control being
  // typed in); it is converted again only when the conditions change from outside (undo, a template).
  const seen = useRef<TopLevelCondition>(draft.conditions);
  const [query, setQuery] = useState<RuleGroupType>(() => conditionsToQuery(draft.conditions) as RuleGroupType);
  if (draft.conditions !== seen.current) {
    seen.current = draft.conditions;
    setQuery(conditionsToQuery(draft.conditions) as RuleGroupType);
  }
  // The dropdown also offers hoursSince.<event> facts (the catalog checks them as a family).
  const catalog = useMemo(
    () => offeredFacts(checked, eventTypes, draft.conditions),
    [checked, eventTypes, draft.conditions],
  );
  const fields = useMemo<Field[]>(
    () =>
      catalog.map((def) => ({
        name: def.id,
        label: def.label,
        operators: operatorOptions(def).map((o) => ({ name: o.operator, label: o.label })),
        valueSources: ['value', 'field'],
      })),
    [catalog],
  );
  const conditionIssues = issues.filter((i) => i.path[0] === 'conditions');
  const context: CriteriaContext = {
    catalog,
    strings: s,
    operatorTooltips: operatorDescriptions,
    issuesAt: (path) =>
      conditionIssues
        .filter((i) => {
          const at = queryPathOf(draft.conditions, query as QueryGroup, i.path);
          return at !== undefined && at.length === path.length && at.every((n, k) => n === path[k]);
        })
        .map((i) => i.message),
  };
  const rootIssues = conditionIssues.filter((i) => {
    const at = queryPathOf(draft.conditions, query as QueryGroup, i.path);
    return at === undefined || at.length === 0;
  });
  return (
    <div className="hl-criteria">
      <QueryBuilder
        fields={fields}
        query={query}
        context={context}
        onQueryChange={(q) => {
          setQuery(q);
          const conditions = queryToConditions(q);
          seen.current = conditions;
          edit({ ...draft, conditions });
        }}
        controlElements={{
          fieldSelector: FieldSelector,
          operatorSelector: OperatorSelector,
          valueEditor: ValueEditor,
          combinatorSelector: NamedSelector,
          valueSourceSelector: NamedSelector,
        }}
        controlClassnames={{
          queryBuilder: 'hl-qb',
          ruleGroup: 'hl-qb-group',
          rule: 'hl-qb-rule',
          addRule: 'hl-button',
          addGroup: 'hl-button',
          removeRule: 'hl-button',
          removeGroup: 'hl-button',
          shiftActions: 'hl-qb-shift',
          combinators: 'hl-input',
          valueSource: 'hl-input',
          notToggle: 'hl-check',
        }}
        combinators={[
          { name: 'and', label: s.and },
          { name: 'or', label: s.or },
        ]}
        translations={{
          addRule: { label: s.addCondition, title: s.addCondition },
          addGroup: { label: s.addGroup, title: s.addGroup },
          removeRule: { label: s.remove, title: s.removeCondition },
          removeGroup: { label: s.remove, title: s.removeGroup },
          notToggle: { label: s.not, title: s.notTitle },
          shiftActionUp: { label: s.up, title: s.moveConditionUp },
          shiftActionDown: { label: s.down, title: s.moveConditionDown },
          combinators: { title: s.combinator },
          valueSourceSelector: { title: s.compareWith },
        }}
        getValueSources={() => [
          { name: 'value', label: s.aValue },
          { name: 'field', label: s.anotherFact },
        ]}
        showNotToggle
        showShiftActions
        resetOnFieldChange
        listsAsArrays
      />
      {rootIssues.map((i) => (
        <p key={i.path.join('.') + i.message} className="hl-field-issue">
          {i.message}
        </p>
      ))}
    </div>
  );
}
