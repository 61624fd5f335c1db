// @hotleads/core — the main entry: scoring, the work queue, contact policy, alerts, distribution
// and team metrics, and the error every hotleads package throws.
//
// Audience: a host application (a CRM, a collections back office, a worker) and @hotleads/react.
// Everything a host calls is exported here and only here; the last section holds the few helpers
// @hotleads/rules and @hotleads/payments share with core, which a host does not need.
// Validation schemas stay inside: a host validates through `parseLead`, `parseScoringModel`,
// `defineContactPolicy` and `createDistributionState`, which throw `HotleadsError`.
// Generated demo data and the seeded random source are in `@hotleads/core/demo`.

export { HotleadsError, formatPath, isHotleadsError } from './errors/HotleadsError';
export type { HotleadsErrorCode, HotleadsErrorOptions, IssuePath } from './errors/HotleadsError';

export { toEpochMs, MIN_TIME_MS, MAX_TIME_MS } from './time/toEpochMs';
export type { Time } from './time/toEpochMs';
export { isIanaTimeZone } from './time/timeZone';
export { localDate } from './time/localDate';

// Money, percent and change (docs/money.md): an amount is an integer of minor units of a
// Currency { code, minorUnit }; metrics, payments and React share these.
export type { Currency } from './money/currency';
export { MAX_MINOR_UNIT } from './money/currency';
export { USD, EUR, GBP, JPY, KWD, BHD } from './money/currencies';
export { toMinorUnits } from './money/toMinorUnits';
export type { ToMinorUnitsOptions } from './money/toMinorUnits';
export { formatAmount } from './money/formatAmount';
export { formatMoney } from './money/formatMoney';
export type { FormatMoneyOptions } from './money/formatMoney';
export { formatPercent } from './money/formatPercent';
export { formatChange } from './money/formatChange';
export { compareToPrevious } from './metrics/compareToPrevious';
export type { CompareToPreviousOptions, KpiChange } from './metrics/compareToPrevious';

export type { Lead, LeadEvent } from './lead/types';
export { parseLead } from './lead/parseLead';
export { LEAD_MESSAGES } from './lead/checkLead';

export type {
  Band,
  Bands,
  Contribution,
  Criterion,
  DecayedSignal,
  Evaluator,
  EvaluatorKind,
  LeadScore,
  ReasonTemplate,
  ScoreOptions,
  ScoringModel,
  Step,
} from './scoring/types';
export { parseScoringModel } from './scoring/parseScoringModel';
export { scoreLead } from './scoring/scoreLead';
export { createScorer } from './scoring/createScorer';
export type { Scorer } from './scoring/createScorer';
export { bandFor, bandRank, displayScore, BANDS, DEFAULT_BANDS } from './scoring/bands';
export { missingCriteria } from './scoring/missingCriteria';
export type { MissingCriterion } from './scoring/missingCriteria';
export { overrideModel, OVERRIDE_MESSAGES, MAX_LAYERS } from './override/overrideModel';
export { scoreDistribution, BUCKETS_MESSAGE } from './override/scoreDistribution';
export type { ScoreBucket, ScoreDistribution, ScoreDistributionOptions } from './override/scoreDistribution';
export type {
  CriterionEdit,
  ModelChange,
  ModelChangeField,
  ModelLayer,
  OverrideResult,
} from './override/overrideModel';
export { formatAgo, formatDuration } from './scoring/format';

// Lead groups (docs/lead-management.md): the eight built-in groups, custom groups, counts and bulk moves
export type { GroupCountBy, GroupCountRow, GroupCounts, LeadGroup, LeadGroupInput } from './groups/types';
export { NO_VALUE_LABEL } from './groups/types';
export { LEAD_GROUPS } from './groups/leadGroups';
export { GROUP_MESSAGES } from './groups/messages';
export { defineLeadGroup } from './groups/defineLeadGroup';
export { groupCounts } from './groups/groupCounts';
export type { GroupCountsOptions } from './groups/groupCounts';
export { filterLeads } from './groups/filterLeads';
export type { LeadFilter } from './groups/filterLeads';
export { moveLeads, MAX_MOVE } from './groups/moveLeads';
export type { LeadMove, MoveLeadsOptions, MoveLeadsResult, StatusChangeContext } from './groups/moveLeads';

export { b2bLeadModel, B2B_ACTIVE_INTEREST_EVENTS, B2B_DEFAULT_TARGETS } from './models/b2bLeadModel';
export { collectionsHotLeadModel, COLLECTIONS_ACTIVITY_EVENTS } from './models/collectionsHotLeadModel';

export { rankQueue } from './queue/rankQueue';
export { explainedEntry } from './queue/explainLater';
export type { RankQueueOptions } from './queue/rankQueue';
export type { QueueEntry, QueueRecommendation } from './queue/types';
export type { QueueRecommendOptions } from './queue/recommendation';

// Contact policy (compliance)
export type {
  BlockingFlag,
  ChannelRule,
  ContactAttempt,
  ContactChannel,
  ContactBlock,
  ContactCheck,
  ContactPoint,
  ContactPolicy,
  ContactRuleId,
  InconvenientTime,
  MediumOptOut,
  Weekday,
} from './policy/types';
export { CONTACT_CHANNELS } from './policy/types';
export { ATTEMPT_MESSAGES } from './policy/checkAttempt';
export { regFPolicy } from './policy/regFPolicy';
export { defineContactPolicy } from './policy/defineContactPolicy';
export { createContactChecker, DEFAULT_OPT_OUT_INSTRUCTIONS } from './policy/createContactChecker';
export { stateContactPresets, stricterChannelRule, withStatePresets } from './policy/statePresets';
export type { StateContactPreset } from './policy/statePresets';
export {
  contactRatePrior,
  DEFAULT_CONTACT_PRIOR,
  describeBestContact,
  recommendContact,
} from './policy/recommendContact';
export type {
  ChannelRecommendation,
  ContactRatePrior,
  ContactRatePriorOptions,
  ContactRecommendation,
  ContactSlot,
  RecommendContactOptions,
} from './policy/recommendContact';
export type { ContactChecker, ContactCheckOptions } from './policy/createContactChecker';
export { checkContact, checkAllChannels } from './policy/checkContact';
export type { CheckAllChannelsOptions } from './policy/checkContact';

// Real-time alerts and the live queue
export type { Alert, AlertKind, AlertSeverity, AlertSignal, ScoreChangeContext } from './alerts/types';
export { defaultAlertSignals } from './alerts/defaultAlertSignals';
export { detectAlerts } from './alerts/detectAlerts';
export type { DetectAlertsOptions } from './alerts/detectAlerts';
export { createLiveQueue } from './queue/createLiveQueue';
export type { LiveQueue, LiveQueueEntry, LiveQueueOptions } from './queue/createLiveQueue';

// Team metrics
export type {
  ActivityRecord,
  Collector,
  MoneyFormat,
  Period,
  Placement,
  PromiseToPay,
  ReceivedPayment,
  Team,
  WorkedAccount,
  WorkSession,
} from './metrics/types';
export { revenuePerCollectorHour } from './metrics/revenuePerCollectorHour';
export type { RevenuePerHour, RevenuePerHourOptions } from './metrics/revenuePerCollectorHour';
export { collectionRate } from './metrics/collectionRate';
export type { CollectionRate, CollectionRateOptions } from './metrics/collectionRate';
export { rightPartyContactRate } from './metrics/rightPartyContactRate';
export type { RightPartyContactRate, RightPartyContactRateOptions } from './metrics/rightPartyContactRate';
export { promisePipeline } from './metrics/promisePipeline';
export type {
  PipelineStage,
  PromisePipeline,
  PromisePipelineItem,
  PromisePipelineOptions,
  PromiseStatus,
} from './metrics/promisePipeline';
export { collectorStats } from './metrics/collectorStats';
export type { CollectorStats, CollectorStatsInput } from './metrics/collectorStats';
export { leaderboard } from './metrics/leaderboard';
export type { LeaderboardMetric, LeaderboardOptions, LeaderboardRow } from './metrics/leaderboard';
export { teamComparison } from './metrics/teamComparison';
export type { TeamComparisonRow } from './metrics/teamComparison';
export { dailyGoalProgress } from './metrics/dailyGoalProgress';
export type { DailyGoalOptions, DailyGoalProgress } from './metrics/dailyGoalProgress';
export { queueAdherence } from './metrics/queueAdherence';
export type { AdherenceRow, QueueAdherence, QueueAdherenceOptions } from './metrics/queueAdherence';
export { metricTrend } from './metrics/metricTrend';
export type { MetricTrend, MetricTrendOptions, TrendBucket, TrendPoint } from './metrics/metricTrend';
export { clientTargetProgress } from './metrics/clientTargetProgress';
export type { ClientTarget, ClientTargetOptions, ClientTargetRow } from './metrics/clientTargetProgress';

// Backtesting the queue's claims (docs/backtest.md)
export { backtestQueue } from './backtest/backtestQueue';
export { BACKTEST_ORDERINGS } from './backtest/orderings';
export { DEFAULT_BEHAVIOUR } from './backtest/behaviour';
export type {
  BacktestFigures,
  BacktestHistory,
  BacktestOptions,
  BacktestOrderingResult,
  BacktestResult,
  BehaviourModel,
  BuiltInOrdering,
  Estimate,
  Ordering,
  OrderingItem,
  Shift,
} from './backtest/types';

// Lead distribution
export type {
  Agent,
  Assignment,
  DistributionResult,
  DistributionState,
  DistributionStrategy,
  PullSlot,
  Unassigned,
} from './distribution/types';
export { createDistributionState } from './distribution/createDistributionState';
export type { DistributionClock } from './distribution/context';
export { distributeLeads } from './distribution/distributeLeads';
export type { DistributeOptions } from './distribution/distributeLeads';
export { assignLead, reassignLead } from './distribution/assignLead';
export type { ManualAssignOptions } from './distribution/assignLead';
export { viewPullQueue } from './distribution/viewPullQueue';
export type { PullQueueItem, PullQueueView } from './distribution/viewPullQueue';
export { pullLead } from './distribution/pullLead';
export { shareLead } from './distribution/shareLead';
export type { Seller, ShareLeadOptions } from './distribution/shareLead';

// State a host keeps between calls (RuleState, DistributionState), per rule set and lead shard
export { createMemoryStateStore } from './state/createMemoryStateStore';
export { distributionStateKey, ruleStateKey } from './state/stateKeys';
export { MAX_SHARDS, shardOfLead } from './state/shardOfLead';
export { stateStoreConformanceSuite } from './state/stateStoreConformance';
export type { StateStoreCase } from './state/stateStoreConformance';
export type { StateStore, StoredState } from './state/types';

// For @hotleads/rules and @hotleads/payments, which build on core: shared checks and readers, so
// each idea exists once across the packages. Not part of the host API (a host does not need them);
// they follow the packages' needs and may change in any 0.x release.
export { assert } from './errors/assert';
export { unreadable, UNREADABLE } from './errors/unreadable';
export { safeString } from './errors/safeString';
export { parseWithSchema } from './validation/parseWithSchema';
export { englishIssue } from './validation/englishIssue';
export { requireOptions, OPTIONS_MESSAGE } from './validation/requireOptions';
export { requireList, isList, LIST_MESSAGE } from './validation/requireList';
export { tryEpochMs } from './time/toEpochMs';
export { MINUTE_MS, HOUR_MS, DAY_MS } from './time/units';
export { checkLead } from './lead/checkLead';
export { compileFieldReader, parseFieldPath } from './lead/path';
export type { FieldReader } from './lead/path';
export { assertCurrency } from './money/assertCurrency';
export { currencySchema } from './money/currencySchema';
