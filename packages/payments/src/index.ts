// @hotleads/payments — the main entry: the ledger (payments, credit notes, installment plans,
// KPIs, searches, CSV export), its settings and store interface, and the money and calendar
// functions it is built on.
//
// Audience: a collections or utility back office (its server, or a browser app with an in-memory
// store) and @hotleads/react's payments screens. Everything either calls is exported here and only
// here. The record types of the `Stores` section are for a host that writes its own `LedgerStore`
// (a database); `@hotleads/payments/testing` has the suite that proves such a store, fault
// injection and the sample back office.

// Ledger
export { createLedger } from './createLedger';
export type { CreateLedgerOptions, Ledger, PaymentOptions } from './createLedger';
export type { AddConsumerRequest } from './ledger/addConsumer';
export type { AddBillRequest } from './ledger/addBill';
export type { AddServiceChargeRequest } from './ledger/addServiceCharge';
export type { AddInstallmentPlanRequest } from './ledger/addInstallmentPlan';
export type { RecordPaymentRequest, RecordPaymentResult } from './ledger/recordPayment';
export type { PaymentPreview } from './ledger/previewPayment';
export type { GatewayEvent } from './ledger/ingestGatewayEvent';
export type { VerifyPaymentRequest } from './ledger/verifyPayment';
export type { CancelPaymentRequest } from './ledger/cancelPayment';
export type { CreateCreditNoteRequest } from './ledger/createCreditNote';
export type { CreditNotePreview, CreditNoteProblem, PreviewCreditNoteRequest } from './ledger/previewCreditNote';
export { PERMISSIONS } from './ledger/can';
export type { ApplyCreditNoteRequest } from './ledger/applyCreditNote';
export { previewCreditNoteApplication } from './ledger/previewCreditNoteApplication';
export { isCreditNoteApplicable } from './ledger/creditNoteApplicable';
export type {
  CreditNoteApplicationPreview,
  PreviewCreditNoteApplicationOptions,
} from './ledger/previewCreditNoteApplication';
export type {
  Allocation,
  Bill,
  Consumer,
  CreditNote,
  CreditNoteStatus,
  Installment,
  InstallmentPlan,
  Payment,
  PaymentOutcome,
  Receipt,
  ServiceCharge,
  UnpaidItem,
} from './ledger/views';

// Queries
export type { PaymentQuery, PaymentSearchResult } from './queries/searchPayments';
export type { CreditNoteQuery, CreditNoteSearchResult, RemainingClass } from './queries/searchCreditNotes';
export type { SearchFilterProblem } from './queries/searchFilterProblems';
export { CREDIT_NOTE_SORT_KEYS, PAYMENT_SORT_KEYS } from './store/sortKeys';
export type { CreditNoteSort, CreditNoteSortKey, PaymentSort, PaymentSortKey, SortDirection } from './store/sortKeys';
export type { DailyPoint, KpiQuery, Kpis } from './queries/kpis';
export type { ConsumerSearchOptions } from './queries/searchConsumers';
export type { AuditQuery } from './queries/auditTrail';
export { ROLE_NAMES, viewAuditTrail } from './queries/viewAuditTrail';
export type { AuditRow, AuditTrailView, ViewAuditTrailOptions } from './queries/viewAuditTrail';
export { consumerTimeline } from './queries/consumerTimeline';
export type { ConsumerTimelineEvent, ConsumerTimelineKind } from './queries/consumerTimeline';
export { SEARCH_TEXT_MAX_LENGTH } from './store/textMatcher';
export { CREDIT_NOTE_CSV_COLUMNS, PAYMENT_CSV_COLUMNS } from './queries/exportCsv';
export type { ExportRequest } from './queries/exportCsv';
export { installmentStatus } from './plans/installmentStatus';
export type { InstallmentStatus, InstallmentStatusOptions } from './plans/installmentStatus';
export { planStatus } from './plans/planStatus';
export type { PlanStatus, PlanStatusOptions } from './plans/planStatus';
export type { MissedInstallmentAlert } from './queries/planAlerts';

// Settings
export { CREDIT_NOTE_REASONS, defaultSettings, resolveSettings } from './settings/settings';
export type {
  CreditNoteReason,
  GatewayStatusMapping,
  NumberFormatSetting,
  PaymentSettings,
  PaymentSettingsInput,
  Permission,
} from './settings/settings';

// Stores
export { createMemoryStore } from './store/createMemoryStore';
export type { MemoryStore, MemoryStoreDump } from './store/createMemoryStore';
export type {
  AccountCollection,
  Actor,
  AllocationRecord,
  AuditEntry,
  AuditInput,
  BillRecord,
  CollectionName,
  ConsumerRecord,
  CreditApplicationRecord,
  CreditNoteRecord,
  GatewayPaymentRecord,
  GatewayRecord,
  IdempotencyRecord,
  InstallmentRecord,
  ItemType,
  LedgerCollections,
  LedgerReadTx,
  LedgerStore,
  LedgerWriteTx,
  PaymentRecord,
  PaymentStatus,
  PlanRecord,
  ServiceChargeRecord,
} from './store/types';

// Money — the vocabulary (Currency, USD, formatAmount, formatMoney, compareToPrevious) is
// @hotleads/core's; these are the ledger's decimal.js edges and integer allocations.
export { parseAmount } from './money/parseAmount';
export type { Amount, ParseAmountOptions } from './money/parseAmount';
export { sumMinor } from './money/sumMinor';
export { percentage } from './money/percentage';
export type { PercentageOptions } from './money/percentage';
export { allocateOldestFirst } from './money/allocateOldestFirst';
export type { AllocationShare, AllocationTarget, OldestFirstAllocation } from './money/allocateOldestFirst';
export { allocateByRatios } from './money/allocateByRatios';

// Formatting — for screens and documents: money in the ledger's currency, dates in its zone.
export { formatPaymentAmount } from './format/formatPaymentAmount';
export type { FormatPaymentAmountOptions } from './format/formatPaymentAmount';
export { formatPaymentDate } from './format/formatPaymentDate';
export type { FormatPaymentDateOptions } from './format/formatPaymentDate';
export { createPaymentFormatter } from './format/createPaymentFormatter';
export type { PaymentFormatter, PaymentFormatterOptions } from './format/createPaymentFormatter';

// Numbers and calendar
export { formatNumber, validateNumberFormat } from './numbering/formatNumber';
export type { FormatNumberOptions } from './numbering/formatNumber';
export { addCalendar } from './calendar/addCalendar';
export type { CalendarDuration } from './calendar/addCalendar';
export { resolveDateRange } from './calendar/dateRange';
export type { DateRange, ResolvedRange } from './calendar/dateRange';
export { startOfLocalDay } from './calendar/zoned';
export { isDateString } from './calendar/dateString';
export type { DateString } from './calendar/dateString';
