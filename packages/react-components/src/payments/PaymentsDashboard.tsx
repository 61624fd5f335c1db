import { localDate, toEpochMs, type Time } from '@hotleads/core';
import type {
  Actor,
  ItemType,
  Ledger,
  Payment,
  PaymentQuery,
  PaymentSortKey,
  PaymentStatus,
  SortDirection,
} from '@hotleads/payments';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { KpiCard } from '../dashboard/KpiCard';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';
import { formatValue } from '../util/format';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { RowMenu, type RowMenuItem } from './RowMenu';
import { useLedgerValue } from './useLedgerValue';
import { FieldProblem, invalidProps, problemAt, unplacedProblems } from './filterProblems';

const STATUSES: readonly PaymentStatus[] = ['Posted', 'Pending', 'Failed', 'Cancelled'];
const TYPES: readonly ItemType[] = ['bill', 'service', 'installment'];
const PRESETS = ['today', 'thisWeek', 'thisMonth'] as const;

/** Props of {@link PaymentsDashboard}. */
export type PaymentsDashboardProps = {
  ledger: Ledger;
  /** The user looking at it (their permissions decide which row actions show). */
  actor: Actor;
  /** The host's "now": the KPIs are for its month and day in `ledger.settings.timeZone`. */
  now: Time;
  /** Opens a payment's details (Receipt # and "View details"). */
  onViewPayment?: (paymentId: string) => void;
  /** "View receipt". */
  onViewReceipt?: (receiptNumber: string) => void;
  /** "Create credit note". */
  onCreateCreditNote?: (paymentId: string) => void;
  /** "Cancel": shown only when `ledger.can(actor, 'reverse')`. */
  onCancelPayment?: (paymentId: string) => void;
  /** Receives the CSV of the filtered rows; without it the browser downloads `payments.csv`. */
  onExportCsv?: (csv: string) => void;
  /** The Credit notes tab's content (the host renders its credit-notes screen there). */
  creditNotes?: ReactNode;
  /** Height of the table's scrolling area in pixels (default 480). */
  tableHeight?: number;
};

/** The filters the toolbar sets, turned into a ledger query. */
type Filters = {
  text: string;
  preset: '' | (typeof PRESETS)[number] | 'custom';
  from: string;
  to: string;
  method: string;
  status: string;
  type: string;
};

/** The issue path (in `PaymentQuery`) of each filter input, where its problem shows. */
const PATHS = { text: ['text'], from: ['dateRange', 'from'], to: ['dateRange', 'to'] } as const;

/**
 * The payments landing page of a billing back office: the month's KPIs from `ledger.kpis` (each
 * with its change against the previous period), then All payments and Credit notes tabs. The
 * payments table searches the ledger with the toolbar's text, date (a preset or a custom from–to
 * range), method, status and type filters and the column the user sorts by (the ledger's sort
 * keys), virtualized over any number of matches, with a row menu and a CSV export of every match
 * (`ledger.exportCsv`). The ledger checks the filters first (`ledger.checkPaymentQuery`): one it
 * refuses (From after To) shows the ledger's message at its field and nothing is searched.
 */
export function PaymentsDashboard({
  ledger,
  actor,
  now,
  onViewPayment,
  onViewReceipt,
  onCreateCreditNote,
  onCancelPayment,
  onExportCsv,
  creditNotes,
  tableHeight,
}: PaymentsDashboardProps) {
  const { strings, locale } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const currency = ledger.settings.currency;
  const money = useMoney(currency);
  const today = localDate(toEpochMs(now), ledger.settings.timeZone);
  const month = today.slice(0, 7);
  const kpis = useLedgerValue(() => ledger.kpis({ month, today }), `kpis:${today}`);
  const [tab, setTab] = useState<'payments' | 'creditNotes'>('payments');
  const [filters, setFilters] = useState<Filters>({
    text: '',
    preset: '',
    from: '',
    to: '',
    method: '',
    status: '',
    type: '',
  });
  const [sort, setSort] = useState<{ key: PaymentSortKey; direction: SortDirection }>({
    key: 'date',
    direction: 'desc',
  });
  const onSort = (key: string) =>
    setSort((s) =>
      s.key === key
        ? { key: s.key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key: key as PaymentSortKey, direction: 'asc' },
    );
  const mayCancel = ledger.can(actor, 'reverse');

  const query: Omit<PaymentQuery, 'limit' | 'offset'> = { sort };
  if (filters.text.trim() !== '') query.text = filters.text.trim();
  if (filters.preset === 'custom') {
    if (filters.from !== '' && filters.to !== '') query.dateRange = { from: filters.from, to: filters.to };
  } else if (filters.preset !== '') query.dateRange = { preset: filters.preset };
  if (filters.method !== '') query.methods = [filters.method];
  if (filters.status !== '') query.statuses = [filters.status as PaymentStatus];
  if (filters.type !== '') query.types = [filters.type as ItemType];
  const queryKey = JSON.stringify(query);
  // The ledger's verdict on the filters; a refused query is not searched.
  const problems = useMemo(() => ledger.checkPaymentQuery(query), [ledger, queryKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const refused = problems.length > 0;
  const others = unplacedProblems(problems, Object.values(PATHS));
  const summary = useLedgerValue(
    refused ? null : () => ledger.searchPayments({ ...query, limit: 1 }),
    `${refused ? 'refused' : 'sum'}:${queryKey}`,
  );
  const dateField = (key: 'from' | 'to', label: string) => {
    const problem = problemAt(problems, PATHS[key]);
    return (
      <div className="hl-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          type="date"
          value={filters[key]}
          onChange={(e) => set(key, e.target.value)}
          {...invalidProps(problem, `${id}-${key}-error`)}
        />
        <FieldProblem id={`${id}-${key}-error`} problem={problem} />
      </div>
    );
  };

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const exportCsv = async () => {
    const csv = await ledger.exportCsv({ payments: query });
    if (onExportCsv) return onExportCsv(csv);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'payments.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const columns: LedgerColumn<Payment>[] = [
    {
      key: 'receipt',
      sortKey: 'receiptNumber',
      label: t.receiptColumn,
      width: 'minmax(90px, 0.8fr)',
      cell: (p) =>
        onViewPayment ? (
          <button type="button" className="hl-link" onClick={() => onViewPayment(p.id)}>
            {p.receiptNumber}
          </button>
        ) : (
          p.receiptNumber
        ),
    },
    {
      key: 'consumer',
      sortKey: 'consumer',
      label: t.consumer,
      width: 'minmax(150px, 1.6fr)',
      cell: (p) => (
        <span className="hl-ltable-two">
          <span>{p.consumerName}</span>
          <span className="hl-muted">{p.accountNumber}</span>
        </span>
      ),
    },
    {
      key: 'amount',
      sortKey: 'amount',
      label: t.amount,
      align: 'end',
      width: 'minmax(100px, 1fr)',
      cell: (p) => money(p.amount),
    },
    { key: 'method', sortKey: 'method', label: t.method, width: 'minmax(110px, 1fr)', cell: (p) => p.method },
    { key: 'date', sortKey: 'date', label: t.date, width: 'minmax(100px, 1fr)', cell: (p) => p.paymentDate },
    { key: 'type', sortKey: 'type', label: t.type, width: 'minmax(90px, 0.8fr)', cell: (p) => t.typeNames[p.type] },
    {
      key: 'status',
      sortKey: 'status',
      label: t.status,
      width: 'minmax(90px, 0.8fr)',
      cell: (p) => (
        <span className="hl-badge hl-status" data-status={p.status}>
          {p.status}
        </span>
      ),
    },
    {
      key: 'actions',
      label: t.actions,
      width: '72px',
      cell: (p) => {
        const items: RowMenuItem[] = [];
        if (onViewPayment) items.push({ label: t.viewDetails, onSelect: () => onViewPayment(p.id) });
        if (onViewReceipt) items.push({ label: t.viewReceipt, onSelect: () => onViewReceipt(p.receiptNumber) });
        if (onCreateCreditNote) items.push({ label: t.createCreditNote, onSelect: () => onCreateCreditNote(p.id) });
        if (onCancelPayment && mayCancel) items.push({ label: t.cancelPayment, onSelect: () => onCancelPayment(p.id) });
        return items.length > 0 ? <RowMenu label={t.actionsFor(p.receiptNumber)} items={items} /> : null;
      },
    },
  ];

  const k = kpis.value;
  return (
    <section className="hl-paydash" aria-labelledby={`${id}-title`}>
      <h2 className="hl-panel-title" id={`${id}-title`}>
        {t.paymentsDashboard}
      </h2>
      <div className="hl-paydash-kpis">
        {k ? (
          <>
            <KpiCard
              label={t.totalCollected}
              value={k.totalCollected.amount}
              format="currency"
              currency={k.currency}
              change={k.totalCollected.change}
              headingLevel={3}
            />
            <KpiCard
              label={t.receivedToday}
              value={k.receivedToday.amount}
              format="currency"
              currency={k.currency}
              change={k.receivedToday.change}
              hint={t.paymentCount(formatValue(k.receivedToday.count, 'integer', { locale }))}
              headingLevel={3}
            />
            <KpiCard
              label={t.collectionRate}
              value={k.collectionRate.percent === null ? t.notAvailable : t.percent(k.collectionRate.percent)}
              change={k.collectionRate.change ?? undefined}
              headingLevel={3}
            />
            <KpiCard
              label={t.avgCollectionTime}
              value={k.averageCollectionTime.days === null ? t.notAvailable : t.days(k.averageCollectionTime.days)}
              change={k.averageCollectionTime.change ?? undefined}
              headingLevel={3}
            />
          </>
        ) : (
          <p className="hl-muted">{t.loading}</p>
        )}
      </div>
      <div role="tablist" aria-label={t.paymentsDashboard} className="hl-tabs">
        {(['payments', 'creditNotes'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="hl-tab"
            onClick={() => setTab(name)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              e.preventDefault();
              const next = name === 'payments' ? 'creditNotes' : 'payments';
              setTab(next);
              document.getElementById(`${id}-tab-${next}`)?.focus();
            }}
          >
            {name === 'payments' ? t.allPayments : t.creditNotes}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-payments`}
        aria-labelledby={`${id}-tab-payments`}
        hidden={tab !== 'payments'}
      >
        <div className="hl-pay-filters">
          <div className="hl-field hl-pay-search">
            <label htmlFor={`${id}-text`}>{t.search}</label>
            <input
              id={`${id}-text`}
              type="search"
              placeholder={t.searchPaymentsHint}
              value={filters.text}
              onChange={(e) => set('text', e.target.value)}
              {...invalidProps(problemAt(problems, PATHS.text), `${id}-text-error`)}
            />
            <FieldProblem id={`${id}-text-error`} problem={problemAt(problems, PATHS.text)} />
          </div>
          <div className="hl-field">
            <label htmlFor={`${id}-date`}>{t.dateRange}</label>
            <select
              id={`${id}-date`}
              value={filters.preset}
              onChange={(e) => set('preset', e.target.value as Filters['preset'])}
            >
              <option value="">{t.anyDate}</option>
              {PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t.datePresets[p]}
                </option>
              ))}
              <option value="custom">{t.customRange}</option>
            </select>
          </div>
          {filters.preset === 'custom' ? (
            <>
              {dateField('from', t.from)}
              {dateField('to', t.to)}
            </>
          ) : null}
          <Select
            id={`${id}-method`}
            label={t.method}
            any={t.any}
            value={filters.method}
            onChange={(v) => set('method', v)}
          >
            {ledger.settings.methods.map((m) => [m, m])}
          </Select>
          <Select
            id={`${id}-status`}
            label={t.status}
            any={t.any}
            value={filters.status}
            onChange={(v) => set('status', v)}
          >
            {STATUSES.map((s) => [s, s])}
          </Select>
          <Select id={`${id}-type`} label={t.type} any={t.any} value={filters.type} onChange={(v) => set('type', v)}>
            {TYPES.map((ty) => [ty, t.typeNames[ty]])}
          </Select>
        </div>
        <div className="hl-panel-header">
          <p className={refused ? 'hl-pay-error' : 'hl-muted'} aria-live="polite" data-testid="payments-found">
            {refused
              ? [t.fixFilters, ...others.map((p) => p.message)].join(' ')
              : summary.value
                ? t.paymentsFound(
                    formatValue(summary.value.total, 'integer', { locale }),
                    money(summary.value.totalAmount),
                    summary.value.total,
                  )
                : t.loading}
          </p>
          <button type="button" className="hl-button" disabled={refused} onClick={() => void exportCsv()}>
            {strings.exportAs(t.allPayments.toLowerCase(), 'CSV')}
          </button>
        </div>
        {refused ? null : (
          <LedgerTable<Payment>
            label={t.allPayments}
            columns={columns}
            queryKey={queryKey}
            rowKey={(p) => p.id}
            height={tableHeight}
            sort={sort}
            onSort={onSort}
            loadPage={(offset, limit) => ledger.searchPayments({ ...query, offset, limit })}
          />
        )}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-creditNotes`}
        aria-labelledby={`${id}-tab-creditNotes`}
        hidden={tab !== 'creditNotes'}
      >
        {creditNotes}
      </div>
    </section>
  );
}

/** A filter select with an "Any" option; children are `[value, label]` pairs. */
function Select({
  id,
  label,
  any,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  any: string;
  value: string;
  onChange: (value: string) => void;
  children: ReadonlyArray<readonly [string, string]>;
}) {
  return (
    <div className="hl-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {children.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
