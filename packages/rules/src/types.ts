import type { Band, Lead, ScoreChangeContext, ScoringModel, Time } from '@hotleads/core';
import type { FactDefinition } from './catalog/types';

/** A lead status (the lead groups of docs/rules.md). Hosts may use others; these are the known ones. */
export type LeadStatus =
  'Untouched' | 'Nurturing' | 'Qualified' | 'Unqualified' | 'Recycled' | 'Customer' | 'Spam' | 'NotInterested';

/** A JSON value a condition compares against. */
export type ConditionLiteral = string | number | boolean | null;

/** A condition value that reads another fact (json-rules-engine's `{ fact }` value), optionally through a `path`. */
export type FactReference = { fact: string; path?: string };

/** The right-hand side of a condition: a literal, a list of literals, or another fact. */
export type ConditionValue = ConditionLiteral | ConditionLiteral[] | FactReference;

/** One comparison: `fact` (through optional json `path`) `operator` `value` (json-rules-engine format). */
export type FactCondition = {
  fact: string;
  operator: string;
  value: ConditionValue;
  /** A JSONPath such as `$.address.country` or `$.items[0]`, applied when the fact is an object. */
  path?: string;
  /** json-rules-engine's evaluation priority inside a group (higher first); only the order changes. */
  priority?: number;
  /** json-rules-engine's condition name: carried and reported, it changes no outcome. */
  name?: string;
};

/** Every condition of the list must pass. */
export type AllCondition = { all: Condition[]; priority?: number; name?: string };
/** At least one condition of the list must pass. */
export type AnyCondition = { any: Condition[]; priority?: number; name?: string };
/** The condition must not pass. */
export type NotCondition = { not: Condition; priority?: number; name?: string };

/**
 * json-rules-engine's named condition reference: evaluates as the condition registered under
 * `condition` (the `conditions` option, json-rules-engine's `engine.setCondition`).
 */
export type ConditionReference = { condition: string; priority?: number; name?: string };

/** A node of a condition tree: a group (`all`/`any`/`not`), a named condition reference, or a comparison. */
export type Condition = AllCondition | AnyCondition | NotCondition | ConditionReference | FactCondition;

/** The root of a rule's conditions: a group, or a named condition reference. */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;

/** Named conditions that `{ condition: name }` references resolve to (json-rules-engine's `engine.setCondition`). */
export type ConditionRegistry = Readonly<Record<string, TopLevelCondition>>;

/** High / Medium / Low: the named priority levels (8 / 5 / 2). */
export type PriorityLevel = 'High' | 'Medium' | 'Low';

/** What a rule asks the host to do when it fires. Actions are returned, never performed. */
export type Action =
  | { type: 'updateStatus'; status: string }
  | { type: 'sendEmail'; template: string }
  | { type: 'sendSms'; template: string }
  | { type: 'createTask'; title: string; dueInHours?: number; assignee?: string }
  | { type: 'assign'; to: string }
  | { type: 'addTag'; tag: string }
  | { type: 'notify'; message: string; to?: string }
  | { type: 'enrollCampaign'; campaign: string }
  | { type: 'createQuote'; template?: string }
  | { type: 'createInvoice'; template?: string }
  | { type: 'setPriority'; priority: PriorityLevel };

/** The kinds of {@link Action}. */
export type ActionType = Action['type'];

/** When a rule is considered. */
export type Trigger =
  | { type: 'statusChange'; from?: string; to?: string }
  | { type: 'fieldChange'; fields: string[] }
  | { type: 'event'; events: string[] }
  | { type: 'schedule'; cron: string; timezone?: string }
  | ScoreChangeTrigger;

/**
 * A lead's score changed (a `scoreChange` context, core's `ScoreChangeContext`). Every field set
 * must hold: the band before is `fromBand`, the band after is `toBand`, and the score crossed
 * `crosses` (a score of exactly the threshold is at or above it): `up` (before below it, after at
 * or above), `down` (before at or above, after below), or either way without a `direction`. With
 * nothing set it fires on every score change reported.
 */
export type ScoreChangeTrigger = {
  type: 'scoreChange';
  fromBand?: Band;
  toBand?: Band;
  /** A score threshold, above 0 and at most 100. */
  crosses?: number;
  /** Which way the score crosses `crosses` (default: either); only with `crosses`. */
  direction?: 'up' | 'down';
};

/** How often a rule may run for one lead. Without it a rule runs every time it matches. */
export type ExecutionMode =
  { mode: 'once' } | { mode: 'periodic'; everyHours: number } | { mode: 'cycle'; everyHours: number; forHours: number };

/** When a rule stops: at a date, after a number of runs over all leads, or (for one lead) on an event. */
export type Sunset = { at?: string; afterRuns?: number; onEvent?: string };

/** An IF/THEN automation rule. */
export type Rule = {
  id: string;
  name: string;
  /** What the rule is for, in a sentence (templates and the rule list show it). */
  description?: string;
  /** Default true. */
  enabled?: boolean;
  trigger: Trigger;
  conditions: TopLevelCondition;
  actions: Action[];
  /** 1..10, higher runs first, default 5 (High/Medium/Low = 8/5/2). */
  priority?: number;
  /** When it fires, lower-priority rules are skipped for this lead only. */
  blocking?: boolean;
  execution?: ExecutionMode;
  sunset?: Sunset;
};

/** What happened to the lead that caused this evaluation. Omitted: every trigger counts as matched (a manual run). */
export type TriggerContext =
  | { type: 'statusChange'; from?: string; to: string }
  | { type: 'fieldChange'; fields: string[] }
  | { type: 'event'; event: string }
  /** A scheduler tick; with `ruleIds`, only those schedule rules are due. */
  | { type: 'schedule'; ruleIds?: string[] }
  /** A lead's score moved into another band or across a threshold, with the score and band before. */
  | ScoreChangeContext;

/** One rule's run count and times, for one lead or over all leads. Times are epoch ms. */
export type RunRecord = { runs: number; firstRunAt: number; lastRunAt: number };

/**
 * What the rules have done so far, as plain serializable data the host stores:
 * per rule over all leads (`rules`), per lead and rule (`leads`), and the last schedule tick
 * handled per schedule rule (`ticks`).
 */
export type RuleState = {
  rules: Record<string, RunRecord>;
  leads: Record<string, Record<string, RunRecord>>;
  ticks?: Record<string, number>;
};

/** One rule firing for one lead, as evaluateRules reports it; {@link applyRuns} adds it to a state. */
export type RuleRun = { ruleId: string; leadId: string; at: number };

/** Options shared by functions that compile rules. */
export type CatalogOptions = {
  /** The catalog rules are checked against (default {@link factCatalog}). */
  catalog?: readonly FactDefinition[];
  /** The named conditions `{ condition: name }` references resolve to (default none). */
  conditions?: ConditionRegistry;
};

/** The context of one evaluation. */
export type EvaluationContext = CatalogOptions & {
  /** The moment of evaluation. */
  now: Time;
  /** What happened; absent or `null`: a manual run, where every trigger matches. */
  trigger?: TriggerContext | null;
  state?: RuleState;
  /** Needed by rules using the `score` / `band` facts. */
  model?: ScoringModel;
  /** Event types that count as "active interest" for `hoursUntouched` (default {@link ACTIVE_INTEREST_EVENTS}). */
  activeInterestEvents?: string[];
  /** Build explanation trees (default true). */
  explain?: boolean;
};

/** The outcome of one condition, for explanations. */
export type ConditionResult =
  | { kind: 'all' | 'any'; pass: boolean; conditions: ConditionResult[]; name?: string }
  | { kind: 'not'; pass: boolean; condition: ConditionResult; name?: string }
  /** A named condition reference: `reference` is the registered name, `conditions` its one resolved result. */
  | { kind: 'reference'; reference: string; pass: boolean; conditions: [ConditionResult]; name?: string }
  | {
      kind: 'fact';
      /** The condition's json-rules-engine `name`, when it has one (so on every kind of node). */
      name?: string;
      fact: string;
      path?: string;
      operator: string;
      /** The expected value (a referenced fact resolved). */
      value: unknown;
      /** The fact's value as the operator saw it. */
      factValue: unknown;
      pass: boolean;
      /** Set when the operator threw (json-rules-engine would reject the run). */
      error?: string;
    };

/** A rule that fired for the lead. */
export type FiredRule = {
  ruleId: string;
  name: string;
  priority: number;
  actions: Action[];
  explanation?: ConditionResult;
};

/** Why a rule did not run. */
export type SkipReason =
  'disabled' | 'trigger' | 'notDue' | 'completed' | 'sunset' | 'blocked' | 'conditions' | 'error';

/** A rule that did not run, and why. */
export type SkippedRule = {
  ruleId: string;
  name: string;
  reason: SkipReason;
  detail: string;
  blockedBy?: string;
  explanation?: ConditionResult;
};

/** The result of {@link evaluateRules} for one lead. */
export type RuleEvaluation = {
  leadId: string;
  /** In execution order (priority, then list order). */
  fired: FiredRule[];
  /** All actions of the fired rules, in order. */
  actions: Array<{ ruleId: string; action: Action }>;
  skipped: SkippedRule[];
  /** Rules whose evaluation failed for this lead (also listed in `skipped` with reason `error`). */
  errors: Array<{ ruleId: string; message: string; path?: string }>;
  /** The runs to record; `applyRuns(state, runs)` gives the next state. */
  runs: RuleRun[];
};

/** Re-exported for convenience. */
export type { Lead };
