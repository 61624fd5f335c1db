// The labels of the payments screens (RecordPayment, PaymentReceipt, PaymentsDashboard,
// PaymentDetails). Like every label of `HotleadsStrings`, a host overrides any of them through
// `<HotleadsTheme strings={{ payments: { … } }}>`. Figures, statuses and messages come from
// @hotleads/payments and are shown as they are.

/** The labels of the payments screens; see `defaultPaymentStrings`. */
export type PaymentStrings = {
  recordPayment: string;
  consumer: string;
  consumerSearch: string;
  consumerSearchHint: string;
  noConsumers: string;
  accountNumber: string;
  address: string;
  phone: string;
  email: string;
  currentBalance: string;
  changeConsumer: string;
  channel: string;
  paymentType: string;
  typeNames: Readonly<Record<'bill' | 'service' | 'installment', string>>;
  /** The fieldset of the unpaid items of a type ("Unpaid bills"). */
  unpaidOf: Readonly<Record<'bill' | 'service' | 'installment', string>>;
  noUnpaid: string;
  /** One unpaid item's checkbox label: its id, description, due date and outstanding amount. */
  unpaidItem: (id: string, description: string, dueDate: string, outstanding: string) => string;
  method: string;
  chooseMethod: string;
  amount: string;
  paymentDate: string;
  amountReceived: string;
  changeGiven: string;
  notes: string;
  /** The notes counter ("12 / 500 characters"). */
  charactersUsed: (used: string, max: string) => string;
  required: string;
  selectItems: string;
  summary: string;
  summaryIncomplete: string;
  item: string;
  due: string;
  paid: string;
  difference: string;
  outcome: string;
  outcomeNames: Readonly<Record<'exact' | 'over' | 'under', string>>;
  outstanding: string;
  extraAmount: string;
  /** The credit note an overpayment would create: its amount only (numbers are drawn at the write). */
  creditNoteWouldCreate: (amount: string) => string;
  balanceAfter: string;
  review: string;
  reviewAndConfirm: string;
  accountSummary: string;
  paymentSummary: string;
  total: string;
  recordedBy: string;
  back: string;
  confirm: string;
  submitting: string;
  refused: (message: string) => string;
  // Receipt
  receipt: string;
  receiptNumber: string;
  paymentId: string;
  transactionId: string;
  status: string;
  verification: string;
  processingTime: string;
  receivedBy: string;
  balanceBefore: string;
  cashDetails: string;
  creditNote: string;
  /** A receipt's credit-note line: "CN-46129 for $4.50". */
  creditNoteLine: (number: string, amount: string) => string;
  print: string;
  downloadPdf: string;
  recordAnother: string;
  returnToDashboard: string;
  // Dashboard
  paymentsDashboard: string;
  totalCollected: string;
  receivedToday: string;
  /** The Received Today hint: "3 payments". */
  paymentCount: (count: string) => string;
  collectionRate: string;
  avgCollectionTime: string;
  /** Average collection time's value: "15.2 days". */
  days: (days: string) => string;
  notAvailable: string;
  allPayments: string;
  creditNotes: string;
  search: string;
  searchPaymentsHint: string;
  dateRange: string;
  anyDate: string;
  datePresets: Readonly<Record<'today' | 'thisWeek' | 'thisMonth', string>>;
  any: string;
  type: string;
  /** The table's caption: "5,004 payments, $250,120.00". */
  /** `n` is the number `count` formats, for the plural. */
  paymentsFound: (count: string, total: string, n: number) => string;
  receiptColumn: string;
  date: string;
  actions: string;
  /** The row menu's accessible name: "Actions for R-5001". */
  actionsFor: (receipt: string) => string;
  viewDetails: string;
  viewReceipt: string;
  /** Credit-notes row menu: print the note (its PDF or the print layout). */
  printCreditNote: string;
  /** Credit-notes row menu: preview the note's digital version. */
  viewCreditNote: string;
  /** Credit-notes row menu: download the note's file. */
  download: string;
  createCreditNote: string;
  cancelPayment: string;
  loading: string;
  // Details
  paymentDetails: string;
  paymentInformation: string;
  detailsByType: string;
  invoiceId: string;
  servicePeriod: string;
  serviceName: string;
  serviceDate: string;
  amountAnalysis: string;
  billed: string;
  creditNoteGenerated: string;
  transactionInformation: string;
  processingInformation: string;
  consumerInformation: string;
  verify: string;
  /** After Verify: "R-5001: Posted, Verified" (the payment's status and verification as the ledger returned them). */
  paymentVerified: (receiptNumber: string, status: string, verification: string) => string;
  close: string;
  // Credit notes
  creditAmount: string;
  /** The creditable maximum under the amount: "Maximum: $145.50". */
  maximum: (amount: string) => string;
  reason: string;
  chooseReason: string;
  remarks: string;
  remainingOnPayment: string;
  fullReversal: string;
  yes: string;
  no: string;
  cancel: string;
  create: string;
  /** The toast after a create: "Credit note CN-46130 created for $20.00". */
  creditNoteCreated: (number: string, amount: string) => string;
  creditNoteColumn: string;
  remaining: string;
  remainingNames: Readonly<Record<'full' | 'partial' | 'fullyUsed', string>>;
  created: string;
  linkedPayment: string;
  customRange: string;
  /** The credit-note filter of one consumer (an autocomplete). */
  consumerFilter: string;
  /** The button that drops the consumer filter. */
  clearConsumerFilter: (name: string) => string;
  /** The reasons filter: any of the checked reasons. */
  reasonsFilter: string;
  from: string;
  to: string;
  minAmount: string;
  maxAmount: string;
  searchCreditNotesHint: string;
  /** Instead of the count while the ledger refuses a filter (its message shows at the field). */
  fixFilters: string;
  /** The credit-notes count: "12 credit notes, $140.00 remaining". */
  creditNotesFound: (count: string, remaining: string, n: number) => string;
  apply: string;
  // Credit-note details and apply
  creditNoteDetails: string;
  expires: string;
  originalAmount: string;
  applied: string;
  usage: string;
  /** Usage with its percent sign: "25.0%". */
  usagePercent: (percent: string) => string;
  /** A percentage as @hotleads/payments gave it ("90.3" → "90.3%"): the collection rate. */
  percent: (percent: string) => string;
  createdBy: string;
  applications: string;
  noApplications: string;
  applyCreditNote: string;
  applyTo: string;
  chooseItem: string;
  amountToApply: string;
  noteRemainingAfter: string;
  itemOutstandingAfter: string;
  statusAfter: string;
  /** The toast after an application: "CN-46129 applied: $4.50 remaining". */
  creditNoteApplied: (number: string, remaining: string) => string;
  // Consumer history and plans
  paymentHistory: string;
  /** One timeline line's title, by kind. */
  timelineKinds: Readonly<Record<'payment' | 'cancellation' | 'creditNote' | 'application', string>>;
  /** "Applied to INV-2025-001234". */
  appliedTo: (item: string) => string;
  by: (name: string) => string;
  noHistory: string;
  installmentPlans: string;
  /** A plan's heading: "Plan PP-2025-0034". */
  plan: (planId: string) => string;
  installment: string;
  dueDate: string;
  outstandingAmount: string;
  installmentStatusNames: Readonly<Record<'paid' | 'partial' | 'due' | 'missed', string>>;
  /** A plan's status as a whole (\`ledger.consumerPlans\`' \`status\`). */
  planStatusNames: Readonly<Record<'active' | 'completed' | 'broken', string>>;
  /** The label of a plan's status. */
  planStatus: string;
  /** The label of a plan's count of missed installments. */
  missedInstallments: string;
  noPlans: string;
  missedAlerts: string;
  /** A missed-installment alert: "Installment 1 of PP-2025-0034 ($67.50) is 5 days overdue". */
  missedAlert: (installment: string, planId: string, amount: string, days: string) => string;
  noAlerts: string;
  // Audit trail
  auditTrail: string;
  actor: string;
  role: string;
  action: string;
  entity: string;
  when: string;
  /** "42 of 310 entries". */
  auditEntriesFound: (shown: string, total: string) => string;
};

/** The English labels of the payments screens. */
export const defaultPaymentStrings: PaymentStrings = Object.freeze({
  recordPayment: 'Record payment',
  consumer: 'Consumer',
  consumerSearch: 'Search consumer',
  consumerSearchHint: 'Name or account number',
  noConsumers: 'No consumer matches',
  accountNumber: 'Account number',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  currentBalance: 'Current balance',
  changeConsumer: 'Change consumer',
  channel: 'Channel',
  paymentType: 'Payment type',
  typeNames: Object.freeze({ bill: 'Bill', service: 'Service', installment: 'Installment' }),
  unpaidOf: Object.freeze({ bill: 'Unpaid bills', service: 'Unpaid services', installment: 'Unpaid installments' }),
  noUnpaid: 'Nothing unpaid of this type',
  unpaidItem: (id, description, dueDate, outstanding) => `${id} · ${description} · due ${dueDate} · ${outstanding}`,
  method: 'Payment method',
  chooseMethod: 'Choose a method',
  amount: 'Amount',
  paymentDate: 'Payment date',
  amountReceived: 'Amount received',
  changeGiven: 'Change given',
  notes: 'Notes',
  charactersUsed: (used, max) => `${used} / ${max} characters`,
  required: 'Required',
  selectItems: 'Select at least one item',
  summary: 'Summary',
  summaryIncomplete: 'Choose a consumer, items, a method and an amount to see the summary.',
  item: 'Item',
  due: 'Due',
  paid: 'Paid',
  difference: 'Difference',
  outcome: 'Outcome',
  outcomeNames: Object.freeze({ exact: 'Exact', over: 'Over', under: 'Under' }),
  outstanding: 'Outstanding',
  extraAmount: 'Extra amount',
  creditNoteWouldCreate: (amount) => `A credit note of ${amount} will be created for the overpayment.`,
  balanceAfter: 'Balance after',
  review: 'Review payment',
  reviewAndConfirm: 'Review and confirm',
  accountSummary: 'Account summary',
  paymentSummary: 'Payment summary',
  total: 'Total',
  recordedBy: 'Recorded by',
  back: 'Back to edit',
  confirm: 'Confirm payment',
  submitting: 'Recording…',
  refused: (message) => `The payment was not recorded: ${message}`,
  receipt: 'Receipt',
  receiptNumber: 'Receipt number',
  paymentId: 'Payment id',
  transactionId: 'Transaction id',
  status: 'Status',
  verification: 'Verification',
  processingTime: 'Processing time',
  receivedBy: 'Received by',
  balanceBefore: 'Balance before',
  cashDetails: 'Cash details',
  creditNote: 'Credit note',
  creditNoteLine: (number, amount) => `${number} for ${amount}`,
  print: 'Print',
  downloadPdf: 'Download PDF',
  recordAnother: 'Record another payment',
  returnToDashboard: 'Return to dashboard',
  paymentsDashboard: 'Payments',
  totalCollected: 'Total collected',
  receivedToday: 'Received today',
  paymentCount: (count) => `${count} payments`,
  collectionRate: 'Collection rate',
  avgCollectionTime: 'Avg collection time',
  days: (days) => `${days} days`,
  notAvailable: 'N/A',
  allPayments: 'All payments',
  creditNotes: 'Credit notes',
  search: 'Search',
  searchPaymentsHint: 'Consumer name, receipt number or account',
  dateRange: 'Date',
  anyDate: 'Any date',
  datePresets: Object.freeze({ today: 'Today', thisWeek: 'This week', thisMonth: 'This month' }),
  any: 'Any',
  type: 'Type',
  paymentsFound: (count, total, n) => `${count} ${n === 1 ? 'payment' : 'payments'}, ${total}`,
  receiptColumn: 'Receipt #',
  date: 'Date',
  actions: 'Actions',
  actionsFor: (receipt) => `Actions for ${receipt}`,
  viewDetails: 'View details',
  viewReceipt: 'View receipt',
  printCreditNote: 'Print credit note',
  viewCreditNote: 'View credit note',
  download: 'Download',
  createCreditNote: 'Create credit note',
  cancelPayment: 'Cancel payment',
  loading: 'Loading…',
  paymentDetails: 'Payment details',
  paymentInformation: 'Payment information',
  detailsByType: 'Details',
  invoiceId: 'Invoice id',
  servicePeriod: 'Service period',
  serviceName: 'Service',
  serviceDate: 'Service date',
  amountAnalysis: 'Amount analysis',
  billed: 'Billed',
  creditNoteGenerated: 'Credit note generated',
  transactionInformation: 'Transaction information',
  processingInformation: 'Processing information',
  consumerInformation: 'Consumer information',
  verify: 'Verify',
  paymentVerified: (receiptNumber, status, verification) => `${receiptNumber}: ${status}, ${verification}`,
  close: 'Close',
  creditAmount: 'Credit amount',
  maximum: (amount) => `Maximum: ${amount}`,
  reason: 'Reason',
  chooseReason: 'Choose a reason',
  remarks: 'Remarks',
  remainingOnPayment: 'Remaining creditable after',
  fullReversal: 'Full reversal',
  yes: 'Yes',
  no: 'No',
  cancel: 'Cancel',
  create: 'Create credit note',
  creditNoteCreated: (number, amount) => `Credit note ${number} created for ${amount}`,
  creditNoteColumn: 'CN #',
  remaining: 'Remaining',
  remainingNames: Object.freeze({ full: 'Full', partial: 'Partial', fullyUsed: 'Fully used' }),
  created: 'Created',
  linkedPayment: 'Linked payment',
  customRange: 'Custom range',
  consumerFilter: 'Consumer',
  clearConsumerFilter: (name) => `Clear the consumer filter (${name})`,
  reasonsFilter: 'Reasons',
  from: 'From',
  to: 'To',
  minAmount: 'Minimum amount',
  maxAmount: 'Maximum amount',
  searchCreditNotesHint: 'CN #, consumer, account or receipt',
  fixFilters: 'Correct the marked filters to search.',
  creditNotesFound: (count, remaining, n) =>
    `${count} ${n === 1 ? 'credit note' : 'credit notes'}, ${remaining} remaining`,
  apply: 'Apply',
  creditNoteDetails: 'Credit note',
  expires: 'Expires',
  originalAmount: 'Original amount',
  applied: 'Applied',
  usage: 'Usage',
  usagePercent: (percent) => `${percent}%`,
  percent: (percent) => `${percent}%`,
  createdBy: 'Created by',
  applications: 'Applications',
  noApplications: 'Not applied yet.',
  applyCreditNote: 'Apply credit note',
  applyTo: 'Apply to',
  chooseItem: 'Choose an unpaid item',
  amountToApply: 'Amount to apply',
  noteRemainingAfter: 'Note remaining after',
  itemOutstandingAfter: 'Item still owes',
  statusAfter: 'Note status after',
  creditNoteApplied: (number, remaining) => `${number} applied: ${remaining} remaining`,
  paymentHistory: 'Payment history',
  timelineKinds: {
    payment: 'Payment',
    cancellation: 'Payment cancelled',
    creditNote: 'Credit note issued',
    application: 'Credit note applied',
  },
  appliedTo: (item) => `Applied to ${item}`,
  by: (name) => `by ${name}`,
  noHistory: 'No payments on this account yet.',
  installmentPlans: 'Installment plans',
  plan: (planId) => `Plan ${planId}`,
  installment: 'Installment',
  dueDate: 'Due date',
  outstandingAmount: 'Outstanding',
  installmentStatusNames: { paid: 'Paid', partial: 'Partly paid', due: 'Due', missed: 'Missed' },
  planStatusNames: { active: 'Active', completed: 'Completed', broken: 'Broken' },
  planStatus: 'Plan status',
  missedInstallments: 'Installments missed',
  noPlans: 'This account has no installment plans.',
  missedAlerts: 'Missed installments',
  missedAlert: (installment, planId, amount, days) =>
    `Installment ${installment} of ${planId} (${amount}) is ${days} days overdue`,
  noAlerts: 'No missed installments.',
  auditTrail: 'Audit trail',
  actor: 'Actor',
  role: 'Role',
  action: 'Action',
  entity: 'Entity',
  when: 'When',
  auditEntriesFound: (shown, total) => `${shown} of ${total} entries`,
} satisfies PaymentStrings);
