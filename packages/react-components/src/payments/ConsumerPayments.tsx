import { consumerTimeline, type Consumer, type ConsumerTimelineEvent, type Ledger } from '@hotleads/payments';
import { useId } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { Facts, LedgerPending, StatusBadge } from './Facts';
import { useMoney, usePaymentFormat } from './usePaymentFormat';
import { useLedgerValue } from './useLedgerValue';

/** Props of {@link ConsumerPayments}. */
export type ConsumerPaymentsProps = {
  ledger: Ledger;
  accountNumber: string;
  /** Opens a payment (its receipt number is a link with it). */
  onViewPayment?: (paymentId: string) => void;
  /** Opens a credit note (its number is a link with it). */
  onViewCreditNote?: (number: string) => void;
  /** Changes when the host wrote to the account, to load it again. */
  version?: number;
};

type Loaded = { consumer: Consumer; events: ConsumerTimelineEvent[] };

/** The most payments and credit notes one history loads (the ledger's largest page). */
const PAGE = 10_000;

/**
 * A consumer's payment history for a Recovery Executive: the account and its current balance,
 * then a timeline, newest first, of its payments, cancellations, credit notes and their
 * applications (`consumerTimeline` over the account's `searchPayments` and `searchCreditNotes`).
 */
export function ConsumerPayments({
  ledger,
  accountNumber,
  onViewPayment,
  onViewCreditNote,
  version = 0,
}: ConsumerPaymentsProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const money = useMoney(ledger.settings.currency);
  const f = usePaymentFormat(ledger.settings);
  const loaded = useLedgerValue<Loaded>(async () => {
    const [consumer, payments, notes] = await Promise.all([
      ledger.getConsumer(accountNumber),
      ledger.searchPayments({ accountNumber, limit: PAGE }),
      ledger.searchCreditNotes({ accountNumber, limit: PAGE }),
    ]);
    return { consumer, events: consumerTimeline({ payments: payments.items, creditNotes: notes.items }) };
  }, `${accountNumber}:${version}`);
  if (!loaded.value)
    return (
      <section className="hl-panel hl-history" aria-label={t.paymentHistory}>
        <LedgerPending state={loaded} />
      </section>
    );
  const { consumer: c, events } = loaded.value;
  const reference = (e: ConsumerTimelineEvent) => {
    const open =
      e.kind === 'creditNote' || e.kind === 'application'
        ? onViewCreditNote && (() => onViewCreditNote(e.reference))
        : onViewPayment && (() => onViewPayment(e.paymentId));
    return open ? (
      <button type="button" className="hl-link" onClick={open}>
        {e.reference}
      </button>
    ) : (
      e.reference
    );
  };
  const detail = (e: ConsumerTimelineEvent) =>
    e.kind === 'payment'
      ? [e.method, e.type ? t.typeNames[e.type] : undefined].filter(Boolean).join(' · ')
      : e.kind === 'application' && e.item
        ? t.appliedTo(e.item.id)
        : (e.reason ?? '');
  return (
    <section className="hl-panel hl-history" aria-labelledby={`${id}-title`}>
      <h2 className="hl-panel-title" id={`${id}-title`}>
        {t.paymentHistory} · {c.name}
      </h2>
      <Facts
        rows={[
          [t.accountNumber, c.accountNumber],
          [t.address, c.serviceAddress ?? t.notAvailable],
          [t.phone, c.phone ?? t.notAvailable],
          [t.currentBalance, money(c.balance), 'balance'],
        ]}
      />
      {events.length === 0 ? (
        <p className="hl-muted">{t.noHistory}</p>
      ) : (
        <ol className="hl-timeline" aria-label={t.paymentHistory}>
          {events.map((e, i) => (
            <li key={`${e.kind}-${e.reference}-${e.at}-${i}`} className="hl-timeline-item" data-kind={e.kind}>
              <strong>{t.timelineKinds[e.kind]}</strong> {reference(e)}{' '}
              <span data-field="amount">{money(e.amount)}</span>
              {e.status && e.status !== 'Posted' ? (
                <>
                  {' '}
                  <StatusBadge status={e.status} />
                </>
              ) : null}
              <span className="hl-muted">
                {' '}
                {detail(e)} {e.by ? t.by(e.by) : ''}
              </span>
              <time className="hl-timeline-time" dateTime={e.at}>
                {f.dateTime(e.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
