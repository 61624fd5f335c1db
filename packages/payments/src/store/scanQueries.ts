// The query methods of a LedgerReadTx computed by scanning its collections: what the memory store
// runs (docs/payments.md, "Stores"). A SQL store answers the same questions with indexes; the
// conformance suite holds both to the same answers.
import { ExactSum } from '../money/exactSum';
import { creditNoteRecordOrder, noteStatus, paymentRecordOrder } from './sortOrder';
import { topK } from './topK';
import { textMatcher } from './textMatcher';
import type {
  ConsumerRecord,
  CreditNoteFilter,
  CreditNoteOrder,
  CreditNoteRecord,
  KpiTotals,
  KpiWindow,
  LedgerReadTx,
  PaymentFilter,
  PaymentOrder,
  PaymentRecord,
  PeriodTotals,
  SearchPage,
} from './types';

type Lists = Pick<LedgerReadTx, 'list' | 'listByAccount'>;
type Page<O> = { order: O; limit: number; offset: number };

/** `haystack.toLowerCase().includes(needle)`, without lowercasing most haystacks (see textMatcher). */
const contains = (needle: string) => textMatcher(needle);

async function names(tx: Lists): Promise<Map<string, string>> {
  return new Map((await tx.list('consumers')).map((c) => [c.accountNumber, c.name]));
}

function accountsMatching(consumers: Map<string, string>, needle: string | null): Set<string> {
  const out = new Set<string>();
  if (needle === null) return out;
  const has = contains(needle);
  consumers.forEach((name, account) => {
    if (has(name) || has(account)) out.add(account);
  });
  return out;
}

/** {@link LedgerReadTx.searchPayments} by scanning. */
export async function scanPayments(
  tx: Lists,
  f: PaymentFilter,
  page: Page<PaymentOrder>,
): Promise<SearchPage<PaymentRecord>> {
  const consumers = await names(tx);
  const accounts = accountsMatching(consumers, f.text);
  const has = f.text === null ? null : contains(f.text);
  const rows =
    f.accountNumber !== null ? await tx.listByAccount('payments', f.accountNumber) : await tx.list('payments');
  const matches = rows.filter(
    (p) =>
      (f.dateFrom === null || p.date >= f.dateFrom) &&
      (f.dateTo === null || p.date < f.dateTo) &&
      (f.minAmount === null || p.amount >= f.minAmount) &&
      (f.maxAmount === null || p.amount <= f.maxAmount) &&
      (f.statuses === null || f.statuses.includes(p.status)) &&
      (f.methods === null || f.methods.includes(p.method)) &&
      (f.types === null || f.types.includes(p.type)) &&
      (f.channels === null || f.channels.includes(p.channel)) &&
      (has === null ||
        accounts.has(p.accountNumber) ||
        has(p.receiptNumber) ||
        has(p.id) ||
        has(p.transactionId) ||
        p.creditNoteNumbers.some(has)),
  );
  const totalAmount = new ExactSum();
  for (const p of matches) totalAmount.add(p.amount);
  return {
    total: matches.length,
    totalAmount: totalAmount.value,
    rows: topK(matches, page.offset + page.limit, paymentRecordOrder(page.order, consumers))
      .slice(page.offset)
      .map((record) => ({ record, consumerName: consumers.get(record.accountNumber) ?? '' })),
  };
}

/** {@link LedgerReadTx.searchCreditNotes} by scanning. */
export async function scanCreditNotes(
  tx: Lists,
  f: CreditNoteFilter,
  page: Page<CreditNoteOrder>,
): Promise<SearchPage<CreditNoteRecord> & { totalRemaining: bigint }> {
  const consumers = await names(tx);
  const accounts = accountsMatching(consumers, f.text);
  const has = f.text === null ? null : contains(f.text);
  const receipt = f.linkedReceipt === null ? null : contains(f.linkedReceipt);
  const rows =
    f.accountNumber !== null ? await tx.listByAccount('creditNotes', f.accountNumber) : await tx.list('creditNotes');
  const matches = rows.filter((n) => {
    const left = n.amount - n.applied;
    return (
      (f.dateFrom === null || n.createdAt >= f.dateFrom) &&
      (f.dateTo === null || n.createdAt < f.dateTo) &&
      (f.minAmount === null || n.amount >= f.minAmount) &&
      (f.maxAmount === null || n.amount <= f.maxAmount) &&
      (f.statuses === null || f.statuses.includes(noteStatus(n, f.today))) &&
      (f.reasons === null || f.reasons.includes(n.reason)) &&
      (f.remaining !== 'fullyUsed' || left === 0) &&
      (f.remaining !== 'partial' || (left > 0 && left < n.amount)) &&
      (f.remaining !== 'full' || left === n.amount) &&
      (receipt === null || receipt(n.linkedReceipt)) &&
      (has === null || accounts.has(n.accountNumber) || has(n.id) || has(n.linkedReceipt))
    );
  });
  const totalAmount = new ExactSum();
  const totalRemaining = new ExactSum();
  for (const n of matches) {
    totalAmount.add(n.amount);
    totalRemaining.add(n.amount - n.applied);
  }
  return {
    total: matches.length,
    totalAmount: totalAmount.value,
    totalRemaining: totalRemaining.value,
    rows: topK(matches, page.offset + page.limit, creditNoteRecordOrder(page.order, consumers, f.today))
      .slice(page.offset)
      .map((record) => ({ record, consumerName: consumers.get(record.accountNumber) ?? '' })),
  };
}

/** {@link LedgerReadTx.searchConsumers} by scanning. */
export async function scanConsumers(tx: Lists, text: string, limit: number): Promise<ConsumerRecord[]> {
  const has = contains(text.trim().toLowerCase());
  return (await tx.list('consumers'))
    .filter((c) => has(c.name) || has(c.accountNumber))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.accountNumber < b.accountNumber ? -1 : 1))
    .slice(0, limit);
}

type Running = { amount: ExactSum; count: number };
const running = (): Running => ({ amount: new ExactSum(), count: 0 });
function add(t: Running, amount: number): void {
  t.amount.add(amount);
  t.count++;
}
const totals = (t: Running): PeriodTotals => ({ amount: t.amount.value, count: t.count });
const ages = (t: Running) => ({ sumMs: t.amount.value, count: t.count });

/** {@link LedgerReadTx.kpiTotals} by scanning. */
export async function scanKpiTotals(tx: Lists, w: KpiWindow): Promise<KpiTotals> {
  const starts = w.dayStarts;
  const monthStart = starts[0]!;
  const monthEnd = starts[starts.length - 1]!;
  const daily = starts.slice(1).map(running);
  const month = running();
  const previousMonth = running();
  const today = running();
  const yesterday = running();
  const age = running();
  const previousAge = running();
  for (const p of await tx.list('payments')) {
    if (p.status !== 'Posted') continue;
    const t = p.date;
    if (t >= w.todayStart && t < w.todayEnd) add(today, p.amount);
    else if (t >= w.yesterdayStart && t < w.todayStart) add(yesterday, p.amount);
    const ageOf =
      t >= monthStart && t < monthEnd ? age : t >= w.previousMonthStart && t < monthStart ? previousAge : null;
    if (ageOf === null) continue;
    if (ageOf === age) {
      add(month, p.amount);
      let lo = 0;
      let hi = daily.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= t) lo = mid;
        else hi = mid - 1;
      }
      add(daily[lo]!, p.amount);
    } else add(previousMonth, p.amount);
    for (const a of p.allocations) if (a.issuedAt !== null && a.paid > 0) add(ageOf, t - a.issuedAt);
  }
  const dueMonth = new ExactSum();
  const duePreviousMonth = new ExactSum();
  const due = (date: string, amount: number) => {
    if (date >= w.monthFirst && date < w.nextMonthFirst) dueMonth.add(amount);
    else if (date >= w.previousMonthFirst && date < w.monthFirst) duePreviousMonth.add(amount);
  };
  for (const b of await tx.list('bills')) due(b.dueDate, b.amount);
  for (const s of await tx.list('serviceCharges')) due(s.serviceDate, s.amount);
  for (const p of await tx.list('plans')) for (const i of p.installments) due(i.dueDate, i.amount);
  return {
    daily: daily.map(totals),
    month: totals(month),
    previousMonth: totals(previousMonth),
    today: totals(today),
    yesterday: totals(yesterday),
    age: ages(age),
    previousAge: ages(previousAge),
    dueMonth: dueMonth.value,
    duePreviousMonth: duePreviousMonth.value,
  };
}

/** {@link LedgerReadTx.paymentByReceipt} by scanning. */
export async function scanPaymentByReceipt(tx: Lists, receiptNumber: string): Promise<PaymentRecord | undefined> {
  return (await tx.list('payments')).find((p) => p.receiptNumber === receiptNumber);
}
