// @hotleads/react — thin React components that draw what @hotleads/core, @hotleads/rules and
// @hotleads/payments compute; import '@hotleads/react/styles.css' once.
//
// Audience: a host UI (a CRM page, a back-office screen) that renders results it got from the
// other packages. Everything it renders is exported here and only here; components compute
// nothing, so the figures come in as props.

export { HotleadsTheme } from './theme/HotleadsTheme';
export type { HotleadsThemeProps, ThemeMode } from './theme/HotleadsTheme';
export { defaultStrings, mergeStrings } from './theme/strings';
export type { HotleadsStrings, HotleadsStringsOverrides } from './theme/strings';
export { useHotleadsLocale } from './theme/context';
export type { HotleadsLocale } from './theme/context';
export type { ChannelStatus, ContactChannel, ContactHandlers, QueueAccount, QueueEntryLike } from './types';
export { formatCell, formatValue, formatInstant } from './util/format';
export type { FormatValueOptions, NumberFormat } from './util/format';

// Work queue
export { ScoreRing } from './queue/ScoreRing';
export type { ScoreRingProps } from './queue/ScoreRing';
export { PriorityBadge } from './queue/PriorityBadge';
export type { PriorityBadgeProps } from './queue/PriorityBadge';
export { QuickActions } from './queue/QuickActions';
export type { QuickActionsProps } from './queue/QuickActions';
export { QueueCard } from './queue/QueueCard';
export type { QueueCardProps } from './queue/QueueCard';
export { WhyHotPanel } from './queue/WhyHotPanel';
export type { WhyHotPanelProps } from './queue/WhyHotPanel';
export { ActivityTimeline, describeEvent } from './queue/ActivityTimeline';
export type { ActivityTimelineProps } from './queue/ActivityTimeline';
export { WorkQueue } from './queue/WorkQueue';
export type { WorkQueueProps } from './queue/WorkQueue';
export { AlertFeed } from './queue/AlertFeed';
export type { AlertFeedProps } from './queue/AlertFeed';
export { DailyGoalProgress } from './dashboard/DailyGoalProgress';
export type { DailyGoalProgressProps } from './dashboard/DailyGoalProgress';

// Dashboard
export { KpiCard } from './dashboard/KpiCard';
export type { KpiCardProps } from './dashboard/KpiCard';
export { BacktestChart } from './backtest/BacktestChart';
export type { BacktestChartProps } from './backtest/BacktestChart';
export { TrendChart } from './dashboard/TrendChart';
export type { TrendChartProps, TrendSeries } from './dashboard/TrendChart';
export { Leaderboard } from './dashboard/Leaderboard';
export type { LeaderboardProps } from './dashboard/Leaderboard';
export {
  TeamComparison,
  teamComparisonBars,
  teamComparisonDetailLabels,
  clientTargetBars,
  clientTargetDetailLabels,
} from './dashboard/TeamComparison';
export type { ComparisonBar, TeamComparisonProps } from './dashboard/TeamComparison';
export { PromisesPipeline } from './dashboard/PromisesPipeline';
export type { PromisesPipelineProps } from './dashboard/PromisesPipeline';
export { DateRangePicker } from './dashboard/DateRangePicker';
export type { DateRangePickerProps, DateRangePreset, DateRangeValue } from './dashboard/DateRangePicker';
export { ExportButton, toCsv, toPdf } from './dashboard/ExportButton';
export type { ExportButtonProps, ExportColumn, ExportedFile } from './dashboard/ExportButton';

// Persona dashboards: the components above composed for the people who use them
export { CollectorWorkspace } from './dashboards/CollectorWorkspace';
export type { CollectorWorkspaceProps } from './dashboards/CollectorWorkspace';
export { TeamDashboard } from './dashboards/TeamDashboard';
export type { TeamDashboardMetrics, TeamDashboardProps } from './dashboards/TeamDashboard';
export { AgencyDashboard } from './dashboards/AgencyDashboard';
export type { AgencyBackOffice, AgencyDashboardMetrics, AgencyDashboardProps } from './dashboards/AgencyDashboard';
export type { KpiFigure } from './dashboards/types';

// Rules: the rule builder, its preview, the rule list and explanations
export { ConditionExplanation } from './rules/ConditionExplanation';
export type { ConditionExplanationProps } from './rules/ConditionExplanation';
export { RuleList } from './rules/RuleList';
export type { RuleListProps } from './rules/RuleList';
export { RulePreviewPanel } from './rules/RulePreviewPanel';
export type { PreviewSegment, RulePreviewPanelProps } from './rules/RulePreviewPanel';
export { createPreviewHandler, servePreviews, sourceLeads } from './rules/previewWorker';
export type {
  PreviewLeadSource,
  PreviewMessage,
  PreviewRequest,
  PreviewResponse,
  PreviewSample,
  PreviewScope,
  TestLeadResult,
} from './rules/previewWorker';
export type { PreviewWorker } from './rules/usePreviewWorker';
export { defaultRuleStrings } from './theme/ruleStrings';
export type { RuleStrings } from './theme/ruleStrings';
export { RuleBuilder } from './rules/RuleBuilder';
export type { RuleBuilderProps } from './rules/RuleBuilder';
export { emptyDraft } from './rules/draft';
export type { RuleDraft } from './rules/draft';
// Payments back office: screens over a @hotleads/payments Ledger
export type { PaymentStrings } from './theme/paymentStrings';
export { RecordPayment } from './payments/RecordPayment';
export type { RecordPaymentProps } from './payments/RecordPayment';
export { PaymentReceipt } from './payments/PaymentReceipt';
export type { PaymentReceiptProps } from './payments/PaymentReceipt';
export { AllocationTable } from './payments/AllocationTable';
export type { AllocationTableProps } from './payments/AllocationTable';
export { ConsumerSearch } from './payments/ConsumerSearch';
export type { ConsumerSearchProps } from './payments/ConsumerSearch';
export { PaymentsDashboard } from './payments/PaymentsDashboard';
export type { PaymentsDashboardProps } from './payments/PaymentsDashboard';
export { PaymentDetails } from './payments/PaymentDetails';
export type { PaymentDetailsProps } from './payments/PaymentDetails';
export { LedgerTable } from './payments/LedgerTable';
export type { LedgerColumn, LedgerPage, LedgerTableProps } from './payments/LedgerTable';
export { RowMenu } from './payments/RowMenu';
export type { RowMenuItem, RowMenuProps } from './payments/RowMenu';
export { CreateCreditNoteDialog } from './payments/CreateCreditNoteDialog';
export type { CreateCreditNoteDialogProps } from './payments/CreateCreditNoteDialog';
export { CreditNotesTable } from './payments/CreditNotesTable';
export type { CreditNotesTableProps } from './payments/CreditNotesTable';
export type { LedgerSort } from './payments/LedgerTable';
export { CreditNoteDetails } from './payments/CreditNoteDetails';
export type { CreditNoteDetailsProps } from './payments/CreditNoteDetails';
export { ApplyCreditNote } from './payments/ApplyCreditNote';
export type { ApplyCreditNoteProps } from './payments/ApplyCreditNote';
export { ConsumerPayments } from './payments/ConsumerPayments';
export type { ConsumerPaymentsProps } from './payments/ConsumerPayments';
export { InstallmentPlans } from './payments/InstallmentPlans';
export type { InstallmentPlansProps } from './payments/InstallmentPlans';
export { AuditTrail } from './payments/AuditTrail';
export type { AuditTrailProps } from './payments/AuditTrail';

// Lead management (docs/lead-management.md, docs/distribution.md): screens over core's
// distribution and scoring model and rules' catalog and actions
export { defaultLeadStrings } from './theme/leadStrings';
export type { DistributionMethod, LeadStrings } from './theme/leadStrings';
export { DistributionSettings } from './leads/DistributionSettings';
export type { DistributionSettingsProps, DistributionSettingsValue } from './leads/DistributionSettings';
export { PullQueue } from './leads/PullQueue';
export type { PullQueueProps } from './leads/PullQueue';
export { CriteriaTable } from './leads/CriteriaTable';
export type { CriteriaSortKey, CriteriaTableProps } from './leads/CriteriaTable';
export { CriteriaEditor } from './leads/CriteriaEditor';
export type { CriteriaEditorProps, EditableCriterionField } from './leads/CriteriaEditor';
export { ActionsTable } from './leads/ActionsTable';
export type { ActionsTableProps } from './leads/ActionsTable';
export { VirtualList } from './leads/VirtualList';
export type { VirtualListProps } from './leads/VirtualList';
export { LeadsOverview } from './leads/LeadsOverview';
export type { LeadsOverviewProps } from './leads/LeadsOverview';
export { GlobalSearch } from './leads/GlobalSearch';
export type { GlobalSearchProps } from './leads/GlobalSearch';
