// @hotleads/rules — the main entry: IF/THEN rules in json-rules-engine's condition format, their
// fact catalog and operators, validation, the compiled evaluator, preview and reports.
//
// Audience: a host that stores, checks and runs rules (a CRM's automation, a worker), and a rule
// builder UI (@hotleads/react), which needs the catalog, the operator labels and the previews.
// Everything either calls is exported here and only here. Validation schemas stay inside: a host
// checks a rule with `validateRule`, which throws `HotleadsError`. json-rules-engine itself (an
// `Engine` with hotleads' operators, for comparison or migration) is in `@hotleads/rules/reference`.

export type {
  Action,
  ActionType,
  AllCondition,
  AnyCondition,
  CatalogOptions,
  Condition,
  ConditionLiteral,
  ConditionReference,
  ConditionRegistry,
  ConditionResult,
  ConditionValue,
  EvaluationContext,
  ExecutionMode,
  FactCondition,
  FactReference,
  FiredRule,
  LeadStatus,
  NotCondition,
  PriorityLevel,
  Rule,
  RuleEvaluation,
  RuleRun,
  RuleState,
  RunRecord,
  ScoreChangeTrigger,
  SkippedRule,
  SkipReason,
  Sunset,
  TopLevelCondition,
  Trigger,
  TriggerContext,
} from './types';

// Catalog and rule builder
export type { FactDataType, FactDefinition, InterestKind } from './catalog/types';
export { factCatalog, isDerivedFact, DERIVED_FACT_IDS, HOURS_SINCE_PREFIX } from './catalog/factCatalog';
export { findFact } from './catalog/findFact';
export { ACTIVE_INTEREST_EVENTS, LEAD_SOURCES, LEAD_STATUSES } from './catalog/leadSources';
export { extendCatalog } from './catalog/extendCatalog';
export { LEAD_SOURCE_CATEGORIES, LEAD_SOURCE_TABLE, leadSourceInfo } from './catalog/leadSourceTable';
export type { LeadSourceCategory, LeadSourceInfo } from './catalog/leadSourceTable';
export { FACT_INTEREST } from './catalog/interest';
export { FACT_PARAMS, FACT_PARAMS_MESSAGES } from './catalog/factParams';
export { URGENT_TASK_HOURS } from './preview/interestWarning';
export { catalogWithGroups } from './groups/catalogWithGroups';
export { createSearchIndex, MAX_SEARCH_LENGTH, SEARCH_MESSAGES } from './search/createSearchIndex';
export { questionnaireFor, QUESTIONNAIRE_MESSAGES, GENERAL_GROUP_PREFIXES } from './questionnaire/questionnaireFor';
export type { Question, Questionnaire, QuestionnaireOptions } from './questionnaire/questionnaireFor';
export type {
  SearchHit,
  SearchIndex,
  SearchKind,
  SearchOptions,
  SearchSources,
  SearchableCriterion,
} from './search/createSearchIndex';
export { operatorLabels, operatorsFor, operatorsFromLabels } from './catalog/operatorLabels';
export type { OperatorLabel, OperatorOption } from './catalog/operatorLabels';
export { operatorDescriptions } from './catalog/operatorDescriptions';

// Operators
export type { DecoratorDefinition, OperatorCallback, OperatorDefinition } from './operators/types';
export { builtinOperators, numberValidator } from './operators/builtins';
export { customOperators } from './operators/custom';
export { builtinDecorators } from './operators/decorators';
export { decoratorNames, operatorNames, parseOperatorName, resolveOperator } from './operators/resolveOperator';
export type { ParsedOperator } from './operators/resolveOperator';

// Validation
export { validateRule } from './schema/validateRule';
export { ruleIssues, RULE_ISSUE_MESSAGES } from './schema/ruleIssues';
export type { RuleIssuesOptions } from './schema/ruleIssues';
export type { RuleIssue, RuleIssueKind } from './schema/ruleIssue';
export { MAX_CONDITION_DEPTH, MAX_CONDITIONS } from './schema/conditionTree';
export { SCORE_CHANGE_MESSAGES } from './schema/scoreChange';
export { PRIORITY_LEVELS } from './schema/ruleSchema';
export { isFactReference } from './schema/checkConditions';

// Compiled evaluator and evaluation
export { compileRule, compileRules, DEFAULT_PRIORITY } from './compile/compileRule';
export type { CompiledRule } from './compile/compileRule';
export { createMatcher } from './evaluate/createMatcher';
export type { Matcher, MatcherOptions } from './evaluate/createMatcher';
export { FactScope } from './facts/FactScope';
export type { FactScopeOptions } from './facts/FactScope';
export { evaluateRules, evaluatePrepared, prepareRules } from './evaluate/evaluateRules';
export type { PreparedRules } from './evaluate/evaluateRules';
export { applyRuns, emptyRuleState, markTicked } from './evaluate/ruleState';
export { triggerMatches, describeTrigger } from './evaluate/triggerMatches';
export { cascadeRules, DEFAULT_CASCADE_DEPTH } from './evaluate/cascade';
export type { CascadeOptions, CascadeResult } from './evaluate/cascade';
export { moveRule, rulesInRunOrder, RULE_ORDER_MESSAGES } from './order/ruleOrder';
export { dueRules } from './schedule/dueRules';
export type { DueRule } from './schedule/dueRules';
export { nextRuns, MAX_NEXT_RUNS, NEXT_RUNS_COUNT_MESSAGE } from './schedule/nextRuns';
export type { NextRunsOptions } from './schedule/nextRuns';
export { describeCron } from './schedule/describeCron';
export { describeAction } from './describe/describeAction';
export { ACTION_CATEGORIES, ACTION_CATEGORY } from './describe/actionCategories';
export type { ActionCategory } from './describe/actionCategories';
export { describeRule } from './describe/describeRule';
export { describeMovePreview, DESCRIBED_MOVE_IDS } from './describe/describeMovePreview';
export type { DescribeMovePreviewOptions } from './describe/describeMovePreview';
export {
  formatConditionValue,
  isDurationFact,
  type FormatConditionValueOptions,
} from './describe/formatConditionValue';

// Preview and reporting
export { previewRule } from './preview/previewRule';
export type { PreviewOptions, PreviewReport } from './preview/previewRule';
export { MOVE_PREVIEW_IDS, previewMove } from './preview/previewMove';
export type {
  MoveFiredRule,
  MoveLoop,
  MovePreview,
  MoveRuleError,
  MoveStatusCount,
  MoveStop,
  PreviewMoveItem,
  PreviewMoveOptions,
} from './preview/previewMove';
export { sampleLeads, PERSONAL_FIELDS } from './preview/sampleLeads';
export type { SampleOptions } from './preview/sampleLeads';
export { actionKey } from './preview/actionKey';
export { ruleUsage } from './report/ruleUsage';
export type { RuleUsage, RuleUsageOptions } from './report/ruleUsage';
export { summarizeRuleLog, toRuleLog } from './report/summarizeRuleLog';
export type { RuleLogEntry, RuleSummary } from './report/summarizeRuleLog';
export { ruleTemplates } from './templates/ruleTemplates';

// Rule files (a rule set as versioned JSON)
export { exportRules, importRules, RULE_FILE_FORMAT, RULE_FILE_MESSAGES, RULE_FILE_VERSION } from './file/ruleFile';
export type { ExportRulesOptions, RuleFile } from './file/ruleFile';

// react-querybuilder's query format (structural types: no dependency on react-querybuilder)
export { conditionsToQuery } from './query/conditionsToQuery';
export { queryToConditions } from './query/queryToConditions';
export { QUERY_MESSAGES } from './query/messages';
export type { QueryGroup, QueryNode, QueryRule } from './query/types';

// json-rules-engine interop (the Engine itself is in @hotleads/rules/reference)
export { toJsonRulesEngine } from './reference/toJsonRulesEngine';
export type { JsonRulesEngineEvent, JsonRulesEngineRule } from './reference/toJsonRulesEngine';
export { collectFacts } from './reference/collectFacts';
export type { CollectFactsOptions } from './reference/collectFacts';
