import { HotleadsError, isHotleadsError, toEpochMs, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import { isDerivedFact } from '../catalog/factCatalog';
import { findFact } from '../catalog/findFact';
import type { FactDefinition } from '../catalog/types';
import { compileRule } from '../compile/compileRule';
import { checkConditionRegistry } from '../schema/conditionRegistry';
import { compileCondition } from '../compile/compileConditions';
import { describeTrigger } from '../evaluate/triggerMatches';
import { compileFactReader } from '../facts/factReader';
import { FactScope } from '../facts/FactScope';
import { readLeadId } from '../facts/readLead';
import { scorerFor } from '../facts/scorer';
import { errorMessage } from '../input/errorMessage';
import { optionalNumber, readOptions } from '../input/options';
import { checkConditions, isFactReference } from '../schema/checkConditions';
import { assertConditionTree } from '../schema/conditionTree';
import { parseRuleInput } from '../schema/parseRuleInput';
import { topLevelConditionSchema } from '../schema/ruleSchema';
import type { Action, Condition, ConditionRegistry, ConditionResult, Rule, TopLevelCondition } from '../types';
import { actionKey } from './actionKey';
import { implicitInterestWarning } from './interestWarning';

/** Options of {@link previewRule}. */
export type PreviewOptions = {
  now: Time;
  /** Examples of matched leads to include (default 5). */
  maxExamples?: number;
  model?: ScoringModel;
  catalog?: readonly FactDefinition[];
  /** The named conditions `{ condition: name }` references (of the rule and the segment) resolve to. */
  conditions?: ConditionRegistry;
  activeInterestEvents?: string[];
  /** Preview only this segment: leads for which these conditions hold. */
  segment?: TopLevelCondition;
  /** Warn when a fact is missing on at least this share of leads (default 0.25). */
  missingFactShare?: number;
};

/** What a rule would have done on a set of past leads. */
export type PreviewReport = {
  /** Leads previewed (after the segment filter). */
  total: number;
  /** Leads the rule matched. */
  matched: number;
  /** `matched / total`, the share a preview shows as a percentage; null when no lead was previewed. */
  matchedShare: number | null;
  /** Leads that would have received each action, keyed by {@link actionKey}. */
  actionCounts: Record<string, number>;
  examples: Array<{ leadId: string; actions: Action[]; explanation: ConditionResult }>;
  /** Leads that could not be evaluated (bad lead data, an operator error). */
  errors: Array<{ leadId: string; message: string; path?: string }>;
  warnings: string[];
  /** Leads before the segment filter. */
  sampleSize: number;
  /** When the rule would run; reported, not applied (the preview asks what it matches). */
  trigger: string;
  execution: string;
  /** Share of leads on which each used lead fact is missing (undefined or null). */
  missingFacts: Record<string, number>;
};

function walkLeaves(node: Condition, visit: (leaf: Extract<Condition, { fact: string }>) => void): void {
  if ('all' in node) node.all.forEach((c) => walkLeaves(c, visit));
  else if ('any' in node) node.any.forEach((c) => walkLeaves(c, visit));
  else if ('not' in node) walkLeaves(node.not, visit);
  else if (!('condition' in node)) visit(node); // a named condition's entry was checked on its own
}

function optionWarnings(rule: Rule, catalog: readonly FactDefinition[]): string[] {
  const warnings: string[] = [];
  walkLeaves(rule.conditions, (leaf) => {
    const def = findFact(catalog, leaf.fact);
    if (def?.options === undefined || leaf.path !== undefined || isFactReference(leaf.value)) return;
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    if (leaf.operator === 'withinRange' || leaf.operator.includes('Text')) return;
    for (const v of values) {
      if (typeof v === 'string' && !def.options.includes(v))
        warnings.push(`"${v}" is not a known option of ${def.label} (${leaf.fact}); known: ${def.options.join(', ')}`);
    }
  });
  return warnings;
}

function describeExecution(rule: Rule): string {
  const e = rule.execution;
  const mode =
    e === undefined
      ? 'every time it matches'
      : e.mode === 'once'
        ? 'once per lead'
        : e.mode === 'periodic'
          ? `every ${e.everyHours} h per lead`
          : `every ${e.everyHours} h for ${e.forHours} h per lead`;
  const parts = [mode, `priority ${rule.priority ?? 5}`];
  if (rule.blocking === true) parts.push('blocking');
  if (rule.enabled === false) parts.push('disabled');
  if (rule.sunset?.at !== undefined) parts.push(`sunset at ${rule.sunset.at}`);
  if (rule.sunset?.afterRuns !== undefined) parts.push(`sunset after ${rule.sunset.afterRuns} runs`);
  if (rule.sunset?.onEvent !== undefined) parts.push(`sunset on event ${rule.sunset.onEvent}`);
  return parts.join('; ');
}

type PreviewError = PreviewReport['errors'][number];

/** A lead's id for the report, read without trusting the lead: `#index` when it has none it can give. */
function idForReport(lead: unknown, index: number): string {
  try {
    const id = lead !== null && typeof lead === 'object' ? (lead as Lead).id : undefined;
    return typeof id === 'string' && id !== '' ? id : `#${index}`;
  } catch {
    return `#${index}`;
  }
}

function errorEntry(leadId: string, e: unknown, prefix = ''): PreviewError {
  if (isHotleadsError(e))
    return { leadId, message: prefix + e.detail, ...(e.path.length > 0 ? { path: e.path.join('.') } : {}) };
  return { leadId, message: prefix + errorMessage(e) };
}

/** The segment option: a condition tree (shape, structure, catalog), compiled. */
function compileSegment(
  segment: unknown,
  catalog: readonly FactDefinition[],
  model: ScoringModel | undefined,
  registry: ConditionRegistry,
): ((s: FactScope) => boolean) | undefined {
  if (segment === undefined) return undefined;
  assertConditionTree(segment, ['segment']);
  const parsed = parseRuleInput(topLevelConditionSchema, segment, 'segment', ['segment']);
  const usage = { facts: new Set<string>() };
  checkConditions(parsed, catalog, ['segment'], usage, undefined, registry);
  if ((usage.facts.has('score') || usage.facts.has('band')) && model === undefined)
    throw new HotleadsError('MODEL_REQUIRED', 'The segment uses score or band, but no scoring model was given', {
      path: ['segment'],
    });
  return compileCondition(parsed, ['segment'], undefined, registry).evaluate;
}

/**
 * Answers "which of these past leads would this rule act on": evaluates the rule's conditions on
 * every lead as of `now` (with the compiled evaluator), counts matches and actions, keeps a few
 * explained examples, lists per-lead errors and warns about facts missing on many leads, a rule
 * matching every lead or none, values outside a field's known options, and an urgent action (an
 * SMS, a task due within 24 h) on implicit-interest facts only. The trigger, execution
 * mode and state say when a rule runs, not what it matches: they are reported, not applied.
 *
 * A lead that cannot be evaluated (refused by the lead check, a getter that throws, an operator
 * error) goes into `errors` with its id (`#index` when it has none), and the preview goes on.
 *
 * @throws HotleadsError `INVALID_RULE` for a bad rule or segment, `MODEL_REQUIRED`,
 *   `INVALID_TIME` for `now`, `INVALID_ARGUMENT` for leads that are not an array or a bad option.
 */
export function previewRule(rule: Rule, leads: readonly Lead[], options: PreviewOptions): PreviewReport {
  const o = readOptions(options, [
    'now',
    'maxExamples',
    'model',
    'catalog',
    'conditions',
    'activeInterestEvents',
    'segment',
    'missingFactShare',
  ]);
  const catalog = checkCatalog(o.catalog);
  const registry = checkConditionRegistry(o.conditions, catalog);
  const now = toEpochMs(o.now as Time, ['now']);
  const model = o.model as ScoringModel | undefined;
  const compiled = compileRule(rule, { catalog, conditions: registry });
  if (compiled.usesModel && model === undefined)
    throw new HotleadsError(
      'MODEL_REQUIRED',
      `Rule "${compiled.id}" uses score or band, but no scoring model was given`,
      { path: ['conditions'] },
    );
  if (!Array.isArray(leads)) throw new HotleadsError('INVALID_ARGUMENT', 'leads must be an array', { path: ['leads'] });
  const maxExamples =
    optionalNumber(o.maxExamples, (n) => Number.isSafeInteger(n) && n >= 0, 'maxExamples must be a whole number ≥ 0', [
      'maxExamples',
    ]) ?? 5;
  const missingShare =
    optionalNumber(o.missingFactShare, (n) => n >= 0 && n <= 1, 'missingFactShare must be 0..1', [
      'missingFactShare',
    ]) ?? 0.25;
  const segment = compileSegment(o.segment, catalog, model, registry);
  const scope = new FactScope({
    now,
    activeInterestEvents: o.activeInterestEvents as string[] | undefined,
    scorer: model === undefined ? undefined : scorerFor(model),
  });
  const leadFacts = compiled.facts.filter((f) => !isDerivedFact(f));
  const readers = leadFacts.map((f) => compileFactReader(f));
  const missing = new Array<number>(leadFacts.length).fill(0);
  const actions = compiled.rule.actions;
  const actionKeys = [...new Set(actions.map(actionKey))]; // leads per action: a repeated action counts a lead once
  const report: PreviewReport = {
    total: 0,
    matched: 0,
    matchedShare: null,
    actionCounts: {},
    examples: [],
    errors: [],
    warnings: [],
    sampleSize: leads.length,
    trigger: describeTrigger(compiled.rule.trigger),
    execution: describeExecution(compiled.rule),
    missingFacts: {},
  };
  for (let i = 0; i < leads.length; i++) {
    const lead: unknown = leads[i];
    let leadId: string;
    try {
      leadId = readLeadId(lead);
    } catch (e) {
      report.errors.push(errorEntry(idForReport(lead, i), e));
      continue;
    }
    scope.reset(lead as Lead);
    try {
      if (segment !== undefined && !segment(scope)) continue;
    } catch (e) {
      report.errors.push(errorEntry(leadId, e, 'segment: '));
      continue;
    }
    report.total++;
    try {
      for (let k = 0; k < readers.length; k++) if (readers[k]!(scope) == null) missing[k]!++;
      if (!compiled.matches(scope)) continue;
      const example =
        report.examples.length < maxExamples ? { leadId, actions, explanation: compiled.explain(scope) } : undefined;
      report.matched++;
      for (const key of actionKeys) report.actionCounts[key] = (report.actionCounts[key] ?? 0) + 1;
      if (example !== undefined) report.examples.push(example);
    } catch (e) {
      report.errors.push(errorEntry(leadId, e)); // an operator error, a getter that throws
    }
  }
  report.matchedShare = report.total === 0 ? null : report.matched / report.total;
  leadFacts.forEach((f, k) => {
    const share = report.total === 0 ? 0 : missing[k]! / report.total;
    report.missingFacts[f] = share;
    if (report.total > 0 && share >= missingShare)
      report.warnings.push(`Fact "${f}" is missing on ${Math.round(share * 100)}% of the ${report.total} leads`);
  });
  if (report.total > 0 && report.matched === report.total)
    report.warnings.push(`The rule matches every lead (${report.total}): it may be too broad`);
  if (report.total > 0 && report.matched === 0)
    report.warnings.push(`The rule matches none of the ${report.total} leads: it may be too narrow`);
  if (report.errors.length > 0)
    report.warnings.push(`${report.errors.length} lead(s) could not be evaluated; see errors`);
  report.warnings.push(...optionWarnings(compiled.rule, catalog));
  const interest = implicitInterestWarning(compiled.facts, actions, catalog);
  if (interest !== undefined) report.warnings.push(interest);
  return report;
}
