import { DAY_MS, formatAmount, localDate, type Currency } from '@hotleads/core';
import { percentage } from '../money/percentage';
import { Dec } from '../money/decimal';
import { isoString } from '../calendar/isoString';
import type { PaymentSettings, CreditNoteReason } from '../settings/settings';
import type {
  AllocationRecord,
  BillRecord,
  ConsumerRecord,
  CreditNoteRecord,
  ItemType,
  PaymentRecord,
  PaymentStatus,
  PlanRecord,
  ServiceChargeRecord,
} from '../store/types';
import { installmentStatus, type InstallmentStatus } from '../plans/installmentStatus';
import { planStatus, type PlanStatus } from '../plans/planStatus';
import { noteStatus } from '../store/sortOrder';
import { outstandingOf } from './items';

/** A consumer account. Amounts are fixed-decimal strings. */
export type Consumer = {
  accountNumber: string;
  name: string;
  serviceAddress: string | null;
  phone: string | null;
  email: string | null;
  balance: string;
};
/** A bill with what is still owed. */
export type Bill = {
  invoiceNumber: string;
  accountNumber: string;
  period: string;
  amount: string;
  issuedAt: string;
  dueDate: string;
  paid: string;
  credited: string;
  outstanding: string;
};
/** A service charge with what is still owed. */
export type ServiceCharge = {
  id: string;
  accountNumber: string;
  description: string;
  amount: string;
  serviceDate: string;
  paid: string;
  credited: string;
  outstanding: string;
};
/** An installment with its status as of the ledger's today. */
export type Installment = {
  id: string;
  number: number;
  amount: string;
  dueDate: string;
  paid: string;
  credited: string;
  outstanding: string;
  status: InstallmentStatus;
};
/** An installment plan. */
export type InstallmentPlan = {
  planId: string;
  accountNumber: string;
  installments: Installment[];
  total: string;
  outstanding: string;
  /** The installments missed as of today. */
  missed: number;
  /** `completed`, `broken` (at least `plans.brokenAfterMissed` missed) or `active` ({@link planStatus}). */
  status: PlanStatus;
};
/** An item that can still receive money, for the "select bills / services / installments" step. */
export type UnpaidItem = {
  type: ItemType;
  id: string;
  description: string;
  dueDate: string;
  amount: string;
  outstanding: string;
};

/** Exact / over / under payment of one item. */
export type PaymentOutcome = 'exact' | 'over' | 'under';
/** One allocation line: the item's amount due, what was paid toward it, and the difference. */
export type Allocation = {
  item: string;
  itemType: ItemType;
  /** Billing period, service name, or `Installment n of plan`. */
  description: string;
  dueDate: string;
  /** What the item owed before this payment. */
  due: string;
  /** What this payment paid toward it (the newest item also shows any surplus). */
  paid: string;
  /** `paid − due`: positive when overpaid, negative when underpaid. */
  difference: string;
  outcome: PaymentOutcome;
};

/** A payment. */
export type Payment = {
  id: string;
  transactionId: string;
  receiptNumber: string;
  accountNumber: string;
  consumerName: string;
  status: PaymentStatus;
  verification: 'Verified' | 'Pending';
  amount: string;
  currency: string;
  method: string;
  channel: string;
  type: ItemType;
  /** The payment instant (ISO). */
  date: string;
  /** The payment's calendar date in the ledger's zone. */
  paymentDate: string;
  recordedAt: string;
  /** "Received by": the user's name, or `System` for online payments. */
  recordedBy: string;
  allocations: Allocation[];
  tendered?: string;
  changeGiven?: string;
  notes?: string;
  creditNotes: string[];
  /** Sum of every credit note issued on this payment. */
  credited: string;
  /** What may still be credited: amount − credited. */
  creditable: string;
  /** `Immediate`, `N days` once an online payment is verified, or `N/A`. */
  processingTime: string;
  source: 'user' | 'gateway';
  gateway?: {
    provider: string;
    gatewayPaymentId: string;
    gatewayStatus: string;
    webhookStatus: string;
    settlementStatus: string;
    occurredAt: string;
  };
  verifiedAt?: string;
  verifiedBy?: string;
  cancelledAt?: string;
  cancelledBy?: string;
  cancelReason?: string;
};

/** A payment receipt: consumer info, payment summary, items, cash, credit note, processing info. */
export type Receipt = {
  receiptNumber: string;
  paymentId: string;
  transactionId: string;
  paymentDate: string;
  issuedAt: string;
  currency: string;
  consumer: {
    name: string;
    accountNumber: string;
    serviceAddress: string | null;
    phone: string | null;
    email: string | null;
  };
  /** Balance before and after the payment (`null` while not posted). */
  account: { balanceBefore: string | null; balanceAfter: string | null };
  summary: { type: ItemType; channel: string; method: string; amount: string; recordedBy: string };
  items: Allocation[];
  /** Still owed on the selected items after the payment. */
  outstanding: string;
  /** Paid beyond the selected items. */
  overpayment: string;
  cash?: { amountReceived: string; changeGiven: string };
  creditNote?: { number: string; amount: string };
  notes?: string;
  processing: {
    status: PaymentStatus;
    receivedBy: string;
    processingTime: string;
    verification: 'Verified' | 'Pending';
  };
};

/** Credit-note statuses; `Void` marks a note of a cancelled payment. */
export type CreditNoteStatus = 'Active' | 'Applied' | 'Expired' | 'Void';

/** A credit note with its live figures. */
export type CreditNote = {
  number: string;
  paymentId: string;
  linkedReceipt: string;
  accountNumber: string;
  consumerName: string;
  amount: string;
  applied: string;
  remaining: string;
  /** applied / amount × 100, one decimal. */
  usagePercent: string;
  status: CreditNoteStatus;
  reason: CreditNoteReason;
  createdAt: string;
  createdDate: string;
  expiresAt: string;
  createdBy: string;
  remarks?: string;
  applications: Array<{ itemType: ItemType; item: string; amount: string; at: string; by: string }>;
};

const iso = isoString;

/** @internal */
export function toConsumer(r: ConsumerRecord, c: Currency): Consumer {
  return {
    accountNumber: r.accountNumber,
    name: r.name,
    serviceAddress: r.serviceAddress,
    phone: r.phone,
    email: r.email,
    balance: formatAmount(r.balance, c),
  };
}
/** @internal */
export function toBill(r: BillRecord, c: Currency): Bill {
  return {
    invoiceNumber: r.id,
    accountNumber: r.accountNumber,
    period: r.period,
    amount: formatAmount(r.amount, c),
    issuedAt: iso(r.issuedAt),
    dueDate: r.dueDate,
    paid: formatAmount(r.paid, c),
    credited: formatAmount(r.credited, c),
    outstanding: formatAmount(outstandingOf(r), c),
  };
}
/** @internal */
export function toServiceCharge(r: ServiceChargeRecord, c: Currency): ServiceCharge {
  return {
    id: r.id,
    accountNumber: r.accountNumber,
    description: r.description,
    amount: formatAmount(r.amount, c),
    serviceDate: r.serviceDate,
    paid: formatAmount(r.paid, c),
    credited: formatAmount(r.credited, c),
    outstanding: formatAmount(outstandingOf(r), c),
  };
}
/** @internal */
export function toPlan(r: PlanRecord, s: PaymentSettings, today: string): InstallmentPlan {
  const c = s.currency;
  const installments = r.installments.map((i) => ({
    id: `${r.id}#${i.number}`,
    number: i.number,
    amount: formatAmount(i.amount, c),
    dueDate: i.dueDate,
    paid: formatAmount(i.paid, c),
    credited: formatAmount(i.credited, c),
    outstanding: formatAmount(outstandingOf(i), c),
    status: installmentStatus(
      { amount: i.amount, covered: i.paid + i.credited, dueDate: i.dueDate },
      { today, graceDays: s.plans.graceDays, partialTolerancePercent: s.plans.partialTolerancePercent },
    ),
  }));
  const statuses = installments.map((i) => i.status);
  return {
    planId: r.id,
    accountNumber: r.accountNumber,
    installments,
    total: formatAmount(
      r.installments.reduce((a, i) => a + i.amount, 0),
      c,
    ),
    outstanding: formatAmount(
      r.installments.reduce((a, i) => a + outstandingOf(i), 0),
      c,
    ),
    missed: statuses.filter((x) => x === 'missed').length,
    status: planStatus(statuses, { brokenAfterMissed: s.plans.brokenAfterMissed }),
  };
}

/** @internal */
export function toAllocation(a: AllocationRecord, c: Currency): Allocation {
  const diff = a.paid - a.due;
  return {
    item: a.item,
    itemType: a.itemType,
    description: a.description,
    dueDate: a.dueDate,
    due: formatAmount(a.due, c),
    paid: formatAmount(a.paid, c),
    difference: formatAmount(diff, c),
    outcome: diff === 0 ? 'exact' : diff > 0 ? 'over' : 'under',
  };
}

/** Processing time as shown: `Immediate` for user-recorded payments, days with one decimal for verified online ones. */
export function processingTimeOf(r: PaymentRecord): string {
  if (r.source === 'user') return 'Immediate';
  if (r.processingMs === null) return 'N/A';
  return `${new Dec(r.processingMs).div(DAY_MS).toFixed(1, Dec.ROUND_HALF_UP)} days`;
}

/** @internal */
export function toPayment(r: PaymentRecord, s: PaymentSettings, consumerName: string): Payment {
  const c = s.currency;
  const p: Payment = {
    id: r.id,
    transactionId: r.transactionId,
    receiptNumber: r.receiptNumber,
    accountNumber: r.accountNumber,
    consumerName,
    status: r.status,
    verification: r.verification,
    amount: formatAmount(r.amount, c),
    currency: c.code,
    method: r.method,
    channel: r.channel,
    type: r.type,
    date: iso(r.date),
    paymentDate: localDate(r.date, s.timeZone),
    recordedAt: iso(r.recordedAt),
    recordedBy: r.recordedBy.name,
    allocations: r.allocations.map((a) => toAllocation(a, c)),
    creditNotes: r.creditNoteNumbers.slice(),
    credited: formatAmount(r.credited, c),
    creditable: formatAmount(r.amount - r.credited, c),
    processingTime: processingTimeOf(r),
    source: r.source,
  };
  if (r.tendered !== null) p.tendered = formatAmount(r.tendered, c);
  if (r.changeGiven !== null) p.changeGiven = formatAmount(r.changeGiven, c);
  if (r.notes !== null) p.notes = r.notes;
  if (r.gateway !== null) p.gateway = { ...r.gateway, occurredAt: iso(r.gateway.occurredAt) };
  if (r.verifiedAt !== null) p.verifiedAt = iso(r.verifiedAt);
  if (r.verifiedBy !== null) p.verifiedBy = r.verifiedBy.name;
  if (r.cancelledAt !== null) p.cancelledAt = iso(r.cancelledAt);
  if (r.cancelledBy !== null) p.cancelledBy = r.cancelledBy.name;
  if (r.cancelReason !== null) p.cancelReason = r.cancelReason;
  return p;
}

/** @internal */
export function toReceipt(r: PaymentRecord, s: PaymentSettings, creditNote: CreditNoteRecord | undefined): Receipt {
  const c = s.currency;
  const items = r.allocations.map((a) => toAllocation(a, c));
  const owed = r.allocations.reduce((sum, a) => sum + Math.max(0, a.due - a.paid), 0);
  const over = r.allocations.reduce((sum, a) => sum + Math.max(0, a.paid - a.due), 0);
  const receipt: Receipt = {
    receiptNumber: r.receiptNumber,
    paymentId: r.id,
    transactionId: r.transactionId,
    paymentDate: localDate(r.date, s.timeZone),
    issuedAt: iso(r.verifiedAt ?? r.recordedAt),
    currency: c.code,
    consumer: {
      name: r.consumer.name,
      accountNumber: r.accountNumber,
      serviceAddress: r.consumer.serviceAddress,
      phone: r.consumer.phone,
      email: r.consumer.email,
    },
    account: {
      balanceBefore: r.balanceBefore === null ? null : formatAmount(r.balanceBefore, c),
      balanceAfter: r.balanceAfter === null ? null : formatAmount(r.balanceAfter, c),
    },
    summary: {
      type: r.type,
      channel: r.channel,
      method: r.method,
      amount: formatAmount(r.amount, c),
      recordedBy: r.recordedBy.name,
    },
    items,
    outstanding: formatAmount(owed, c),
    overpayment: formatAmount(over, c),
    processing: {
      status: r.status,
      receivedBy: r.recordedBy.name,
      processingTime: processingTimeOf(r),
      verification: r.verification,
    },
  };
  if (r.tendered !== null)
    receipt.cash = { amountReceived: formatAmount(r.tendered, c), changeGiven: formatAmount(r.changeGiven ?? 0, c) };
  if (creditNote !== undefined)
    receipt.creditNote = { number: creditNote.id, amount: formatAmount(creditNote.amount, c) };
  if (r.notes !== null) receipt.notes = r.notes;
  return receipt;
}

/** @internal */
export function toCreditNote(r: CreditNoteRecord, s: PaymentSettings, today: string, consumerName: string): CreditNote {
  const c = s.currency;
  const note: CreditNote = {
    number: r.id,
    paymentId: r.paymentId,
    linkedReceipt: r.linkedReceipt,
    accountNumber: r.accountNumber,
    consumerName,
    amount: formatAmount(r.amount, c),
    applied: formatAmount(r.applied, c),
    remaining: formatAmount(r.amount - r.applied, c),
    usagePercent: percentage(r.applied, r.amount) ?? '0.0',
    status: noteStatus(r, today),
    reason: r.reason,
    createdAt: iso(r.createdAt),
    createdDate: r.createdDate,
    expiresAt: r.expiresAt,
    createdBy: r.createdBy.name,
    applications: r.applications.map((a) => ({
      itemType: a.itemType,
      item: a.item,
      amount: formatAmount(a.amount, c),
      at: iso(a.at),
      by: a.by.name,
    })),
  };
  if (r.remarks !== null) note.remarks = r.remarks;
  return note;
}
