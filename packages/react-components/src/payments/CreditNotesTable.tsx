import {
  isCreditNoteApplicable,
  type Consumer,
  type Actor,
  type CreditNote,
  type CreditNoteQuery,
  type CreditNoteReason,
  type CreditNoteSortKey,
  type CreditNoteStatus,
  type Ledger,
  type RemainingClass,
  type SortDirection,
} from '@hotleads/payments';
import { useId, useMemo, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';
import { formatValue } from '../util/format';
import { LedgerTable, type LedgerColumn } from './LedgerTable';
import { ConsumerSearch } from './ConsumerSearch';
import { RowMenu, type RowMenuItem } from './RowMenu';
import { errorMessage, useLedgerValue } from './useLedgerValue';
import { FieldProblem, invalidProps, problemAt, unplacedProblems } from './filterProblems';

const STATUSES: readonly CreditNoteStatus[] = ['Active', 'Applied', 'Expired', 'Void'];
const REMAINING: readonly RemainingClass[] = ['full', 'partial', 'fullyUsed'];
const PRESETS = ['today', 'thisWeek', 'thisMonth'] as const;

/** Props of {@link CreditNotesTable}. */
export type CreditNotesTableProps = {
  ledger: Ledger;
  /** Who is looking: "Apply" is offered only when `ledger.can(actor, 'credit')`. */
  actor: Actor;
  /** Opens a credit note's details (CN # and "View details"). */
  onViewCreditNote?: (number: string) => void;
  /** "Print credit note": its printable PDF (header, consumer, amount, reason, system stamp). */
  onPrintCreditNote?: (number: string) => void;
  /** "View credit note": previews its digital version. */
  onOpenCreditNote?: (number: string) => void;
  /** "Download": downloads its file. */
  onDownloadCreditNote?: (number: string) => void;
  /** "Apply": shown for an applicable note, only when `ledger.can(actor, 'credit')`. */
  onApplyCreditNote?: (number: string) => void;
  /** Receives the CSV of the filtered rows; without it the browser downloads `credit-notes.csv`. */
  onExportCsv?: (csv: string) => void;
  /** Height of the table's scrolling area in pixels (default 480). */
  tableHeight?: number;
};

/** The issue path (in `CreditNoteQuery`) of each filter input, where its problem shows. */
const PATHS = {
  text: ['text'],
  from: ['dateRange', 'from'],
  to: ['dateRange', 'to'],
  linkedReceipt: ['linkedReceipt'],
  minAmount: ['minAmount'],
  maxAmount: ['maxAmount'],
} as const;

type Filters = {
  text: string;
  status: string;
  preset: string;
  from: string;
  to: string;
  remaining: string;
  linkedReceipt: string;
  minAmount: string;
  maxAmount: string;
};

/**
 * The Credit notes tab: search (CN #, consumer, account, linked receipt) and filters (status,
 * created date preset or from–to range, reason, remaining, linked payment, amount range) that
 * go to `ledger.searchCreditNotes` as they are, a virtualized table sorted by the ledger's sort
 * keys, a row menu (View details, Print credit note, View credit note, Download, Apply; each
 * shown when its callback is given) and a CSV export of every match. The ledger checks the filters first
 * (`ledger.checkCreditNoteQuery`): a filter it refuses (a range with From after To, an amount that
 * is not one) shows the ledger's message at its field (`aria-invalid`, `aria-describedby`), and
 * the search does not run until it is fixed.
 */
export function CreditNotesTable({
  ledger,
  actor,
  onViewCreditNote,
  onPrintCreditNote,
  onOpenCreditNote,
  onDownloadCreditNote,
  onApplyCreditNote,
  onExportCsv,
  tableHeight,
}: CreditNotesTableProps) {
  const { strings, locale } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const currency = ledger.settings.currency;
  const money = useMoney(currency);
  const mayApply = ledger.can(actor, 'credit');
  const [f, setFilters] = useState<Filters>({
    text: '',
    status: '',
    preset: '',
    from: '',
    to: '',
    remaining: '',
    linkedReceipt: '',
    minAmount: '',
    maxAmount: '',
  });
  const [sort, setSort] = useState<{ key: CreditNoteSortKey; direction: SortDirection }>({
    key: 'date',
    direction: 'desc',
  });
  const [reasons, setReasons] = useState<readonly CreditNoteReason[]>([]);
  const [consumer, setConsumer] = useState<Consumer | null>(null);
  const set = (key: keyof Filters, value: string) => setFilters((x) => ({ ...x, [key]: value }));
  const toggleReason = (r: CreditNoteReason, on: boolean) =>
    setReasons((xs) => (on ? [...xs, r] : xs.filter((x) => x !== r)));

  const query: Omit<CreditNoteQuery, 'limit' | 'offset'> = { sort };
  if (f.text.trim() !== '') query.text = f.text.trim();
  if (f.status !== '') query.statuses = [f.status as CreditNoteStatus];
  if (f.preset === 'custom' && f.from !== '' && f.to !== '') query.dateRange = { from: f.from, to: f.to };
  else if (f.preset !== '' && f.preset !== 'custom') query.dateRange = { preset: f.preset as (typeof PRESETS)[number] };
  if (reasons.length > 0) query.reasons = [...reasons];
  if (consumer) query.accountNumber = consumer.accountNumber;
  if (f.remaining !== '') query.remaining = f.remaining as RemainingClass;
  if (f.linkedReceipt.trim() !== '') query.linkedReceipt = f.linkedReceipt.trim();
  if (f.minAmount.trim() !== '') query.minAmount = f.minAmount.trim();
  if (f.maxAmount.trim() !== '') query.maxAmount = f.maxAmount.trim();
  const queryKey = JSON.stringify(query);
  // The ledger's verdict on the filters; a refused query is not searched.
  const problems = useMemo(() => ledger.checkCreditNoteQuery(query), [ledger, queryKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const refused = problems.length > 0;
  const summary = useLedgerValue(
    refused ? null : () => ledger.searchCreditNotes({ ...query, limit: 1 }),
    `${refused ? 'refused' : 'cn'}:${queryKey}`,
  );
  const others = unplacedProblems(problems, Object.values(PATHS));

  const exportCsv = async () => {
    const csv = await ledger.exportCsv({ creditNotes: query });
    if (onExportCsv) return onExportCsv(csv);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'credit-notes.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const columns: LedgerColumn<CreditNote>[] = [
    {
      key: 'number',
      sortKey: 'number',
      label: t.creditNoteColumn,
      width: 'minmax(90px, 0.8fr)',
      cell: (n) =>
        onViewCreditNote ? (
          <button type="button" className="hl-link" onClick={() => onViewCreditNote(n.number)}>
            {n.number}
          </button>
        ) : (
          n.number
        ),
    },
    {
      key: 'consumer',
      sortKey: 'consumer',
      label: t.consumer,
      width: 'minmax(150px, 1.5fr)',
      cell: (n) => (
        <span className="hl-ltable-two">
          <span>{n.consumerName}</span>
          <span className="hl-muted">{n.accountNumber}</span>
        </span>
      ),
    },
    { key: 'amount', sortKey: 'amount', label: t.amount, align: 'end', cell: (n) => money(n.amount) },
    { key: 'remaining', sortKey: 'remaining', label: t.remaining, align: 'end', cell: (n) => money(n.remaining) },
    {
      key: 'reason',
      sortKey: 'reason',
      label: t.reason,
      width: 'minmax(170px, 1.2fr)',
      cell: (n) => <span className="hl-badge hl-status">{n.reason}</span>,
    },
    {
      key: 'status',
      sortKey: 'status',
      label: t.status,
      width: 'minmax(90px, 0.8fr)',
      cell: (n) => (
        <span className="hl-badge hl-status" data-status={n.status}>
          {n.status}
        </span>
      ),
    },
    { key: 'created', sortKey: 'date', label: t.created, cell: (n) => n.createdDate },
    { key: 'linked', sortKey: 'linkedReceipt', label: t.linkedPayment, cell: (n) => n.linkedReceipt },
    {
      key: 'actions',
      label: t.actions,
      width: '72px',
      cell: (n) => {
        const items: RowMenuItem[] = [];
        if (onViewCreditNote) items.push({ label: t.viewDetails, onSelect: () => onViewCreditNote(n.number) });
        if (onPrintCreditNote) items.push({ label: t.printCreditNote, onSelect: () => onPrintCreditNote(n.number) });
        if (onOpenCreditNote) items.push({ label: t.viewCreditNote, onSelect: () => onOpenCreditNote(n.number) });
        if (onDownloadCreditNote) items.push({ label: t.download, onSelect: () => onDownloadCreditNote(n.number) });
        if (onApplyCreditNote && mayApply && isCreditNoteApplicable(n))
          items.push({ label: t.apply, onSelect: () => onApplyCreditNote(n.number) });
        return items.length > 0 ? <RowMenu label={t.actionsFor(n.number)} items={items} /> : null;
      },
    },
  ];

  const input = (key: keyof typeof PATHS, label: string, extra: { type?: string; inputMode?: 'decimal' } = {}) => {
    const problem = problemAt(problems, PATHS[key]);
    return (
      <div className="hl-field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          value={f[key]}
          onChange={(e) => set(key, e.target.value)}
          {...extra}
          {...invalidProps(problem, `${id}-${key}-error`)}
        />
        <FieldProblem id={`${id}-${key}-error`} problem={problem} />
      </div>
    );
  };
  const select = (key: keyof Filters, label: string, options: ReadonlyArray<readonly [string, string]>) => (
    <div className="hl-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={f[key]} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t.any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="hl-cntab">
      <div className="hl-pay-filters">
        <div className="hl-field hl-pay-search">
          <label htmlFor={`${id}-text`}>{t.search}</label>
          <input
            id={`${id}-text`}
            type="search"
            placeholder={t.searchCreditNotesHint}
            value={f.text}
            onChange={(e) => set('text', e.target.value)}
            {...invalidProps(problemAt(problems, PATHS.text), `${id}-text-error`)}
          />
          <FieldProblem id={`${id}-text-error`} problem={problemAt(problems, PATHS.text)} />
        </div>
        {select(
          'status',
          t.status,
          STATUSES.map((s) => [s, s]),
        )}
        {select('preset', t.created, [
          ...PRESETS.map((p) => [p, t.datePresets[p]] as const),
          ['custom', t.customRange],
        ])}
        {f.preset === 'custom' ? (
          <>
            {input('from', t.from, { type: 'date' })}
            {input('to', t.to, { type: 'date' })}
          </>
        ) : null}
        <div className="hl-field">
          {consumer ? (
            <>
              <span className="hl-field-label" id={`${id}-consumer-label`}>
                {t.consumerFilter}
              </span>
              <button
                type="button"
                className="hl-button"
                aria-describedby={`${id}-consumer-label`}
                aria-label={t.clearConsumerFilter(consumer.name)}
                onClick={() => setConsumer(null)}
              >
                {consumer.name} <span aria-hidden="true">×</span>
              </button>
            </>
          ) : (
            <ConsumerSearch
              id={`${id}-consumer`}
              ledger={ledger}
              label={t.consumerFilter}
              hint={false}
              onSelect={setConsumer}
            />
          )}
        </div>
        <fieldset className="hl-fieldset hl-reasons">
          <legend>{t.reasonsFilter}</legend>
          {ledger.paymentOptions().creditNoteReasons.map((r) => (
            <label key={r} className="hl-check">
              <input
                type="checkbox"
                checked={reasons.includes(r)}
                onChange={(e) => toggleReason(r, e.target.checked)}
              />{' '}
              {r}
            </label>
          ))}
        </fieldset>
        {select(
          'remaining',
          t.remaining,
          REMAINING.map((r) => [r, t.remainingNames[r]]),
        )}
        {input('linkedReceipt', t.linkedPayment)}
        {input('minAmount', t.minAmount, { inputMode: 'decimal' })}
        {input('maxAmount', t.maxAmount, { inputMode: 'decimal' })}
      </div>
      <div className="hl-panel-header">
        <p
          className={summary.error || refused ? 'hl-pay-error' : 'hl-muted'}
          aria-live="polite"
          data-testid="credit-notes-found"
        >
          {refused
            ? [t.fixFilters, ...others.map((p) => p.message)].join(' ')
            : summary.error
              ? errorMessage(summary.error)
              : summary.value
                ? t.creditNotesFound(
                    formatValue(summary.value.total, 'integer', { locale }),
                    money(summary.value.totalRemaining),
                    summary.value.total,
                  )
                : t.loading}
        </p>
        <button type="button" className="hl-button" disabled={refused} onClick={() => void exportCsv()}>
          {strings.exportAs(t.creditNotes.toLowerCase(), 'CSV')}
        </button>
      </div>
      {summary.error || refused ? null : (
        <LedgerTable<CreditNote>
          label={t.creditNotes}
          columns={columns}
          queryKey={queryKey}
          rowKey={(n) => n.number}
          height={tableHeight}
          sort={sort}
          onSort={(key) =>
            setSort((s) =>
              s.key === key
                ? { key: s.key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
                : { key: key as CreditNoteSortKey, direction: 'asc' },
            )
          }
          loadPage={(offset, limit) => ledger.searchCreditNotes({ ...query, offset, limit })}
        />
      )}
    </div>
  );
}
