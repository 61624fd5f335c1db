import type { Actor, CreditNote, Ledger, Payment } from '@hotleads/payments';
import { useEffect, useId, useRef, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';
import { AllocationTable } from './AllocationTable';
import { DetailsFrame } from './DialogFrame';
import { Facts, LedgerPending, StatusBadge } from './Facts';
import { errorMessage, useLedgerValue } from './useLedgerValue';

/** Props of {@link PaymentDetails}. */
export type PaymentDetailsProps = {
  ledger: Ledger;
  /** The user looking at it: Verify shows only when `ledger.can(actor, 'verify')`. */
  actor: Actor;
  paymentId: string;
  /** Opens a credit note ("Credit note generated"). */
  onViewCreditNote?: (number: string) => void;
  /** Called with the payment once Verify posted it. */
  onVerified?: (payment: Payment) => void;
  /** Close; the button shows only with it. */
  onClose?: () => void;
  /** Makes the idempotency key of a Verify (default `crypto.randomUUID()`). */
  newIdempotencyKey?: () => string;
};

type Loaded = { payment: Payment; notes: CreditNote[]; consumer: Awaited<ReturnType<Ledger['getConsumer']>> };

/**
 * Everything about one payment (the payment details view, docs/payments.md): payment
 * information, details by type, amount analysis, the credit notes it generated, cash details
 * (cash only), transaction and processing information with a Verify button for a pending online
 * payment, and the consumer. Every value is the ledger's.
 */
export function PaymentDetails({
  ledger,
  actor,
  paymentId,
  onViewCreditNote,
  onVerified,
  onClose,
  newIdempotencyKey = () => crypto.randomUUID(),
}: PaymentDetailsProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const currency = ledger.settings.currency;
  const money = useMoney(currency);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const verifying = useRef(false);
  const loaded = useLedgerValue<Loaded>(async () => {
    const payment = await ledger.getPayment(paymentId);
    const [notes, consumer] = await Promise.all([
      Promise.all(payment.creditNotes.map((n) => ledger.getCreditNote(n))),
      ledger.getConsumer(payment.accountNumber),
    ]);
    return { payment, notes, consumer };
  }, `${paymentId}:${version}`);
  const mayVerify = ledger.can(actor, 'verify');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // The payment read again: a lock held since a Verify is released only now, so a second click
    // that raced the first cannot verify the same payment again (and show the ledger's refusal).
    verifying.current = false;
    setBusy(false);
  }, [loaded.value]);

  if (!loaded.value)
    return (
      <section className="hl-panel hl-paydetails" aria-label={t.paymentDetails}>
        <LedgerPending state={loaded} />
      </section>
    );
  const { payment: p, notes, consumer } = loaded.value;
  const verify = async () => {
    if (verifying.current) return;
    verifying.current = true;
    setBusy(true);
    try {
      const { payment } = await ledger.verifyPayment({ paymentId: p.id, actor, idempotencyKey: newIdempotencyKey() });
      setMessage(t.paymentVerified(payment.receiptNumber, payment.status, payment.verification));
      setVersion((v) => v + 1);
      onVerified?.(payment);
    } catch (error) {
      setMessage(errorMessage(error));
      verifying.current = false;
      setBusy(false);
    }
  };
  return (
    <DetailsFrame
      title={`${t.paymentDetails} ${p.receiptNumber}`}
      onClose={onClose}
      closeLabel={t.close}
      className="hl-paydetails"
    >
      <div className="hl-pay-grid">
        <section aria-labelledby={`${id}-info`}>
          <h3 className="hl-pay-subtitle" id={`${id}-info`}>
            {t.paymentInformation}
          </h3>
          <Facts
            rows={[
              [t.paymentId, p.id],
              [t.status, <StatusBadge status={p.status} />],
              [t.amount, money(p.amount), 'amount'],
              [t.method, p.method],
              [t.type, t.typeNames[p.type]],
              [t.channel, p.channel],
            ]}
          />
        </section>
        <section aria-labelledby={`${id}-tx`}>
          <h3 className="hl-pay-subtitle" id={`${id}-tx`}>
            {t.transactionInformation}
          </h3>
          <Facts
            rows={[
              [t.transactionId, p.transactionId],
              [t.receiptNumber, p.receiptNumber],
              [t.date, p.paymentDate],
            ]}
          />
        </section>
      </div>
      <section aria-labelledby={`${id}-type`}>
        <h3 className="hl-pay-subtitle" id={`${id}-type`}>
          {t.detailsByType}
        </h3>
        {p.allocations.map((a) =>
          a.itemType === 'bill' ? (
            <Facts
              key={a.item}
              rows={[
                [t.invoiceId, a.item],
                [t.servicePeriod, a.description],
              ]}
            />
          ) : a.itemType === 'service' ? (
            <Facts
              key={a.item}
              rows={[
                [t.serviceName, a.description],
                [t.serviceDate, a.dueDate],
              ]}
            />
          ) : (
            <Facts key={a.item} rows={[[t.item, `${a.item} · ${a.description}`]]} />
          ),
        )}
      </section>
      <AllocationTable allocations={p.allocations} currency={currency} caption={t.amountAnalysis} />
      {notes.length > 0 ? (
        <section aria-labelledby={`${id}-cn`}>
          <h3 className="hl-pay-subtitle" id={`${id}-cn`}>
            {t.creditNoteGenerated}
          </h3>
          <ul className="hl-pay-list">
            {notes.map((n) => (
              <li key={n.number} data-field="creditNote">
                {onViewCreditNote ? (
                  <button type="button" className="hl-link" onClick={() => onViewCreditNote(n.number)}>
                    {n.number}
                  </button>
                ) : (
                  n.number
                )}{' '}
                {money(n.amount)} <span className="hl-muted">· {n.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {p.tendered !== undefined ? (
        <section aria-labelledby={`${id}-cash`}>
          <h3 className="hl-pay-subtitle" id={`${id}-cash`}>
            {t.cashDetails}
          </h3>
          <Facts
            rows={[
              [t.amountReceived, money(p.tendered), 'amountReceived'],
              [t.changeGiven, p.changeGiven === undefined ? t.notAvailable : money(p.changeGiven), 'changeGiven'],
            ]}
          />
        </section>
      ) : null}
      <div className="hl-pay-grid">
        <section aria-labelledby={`${id}-proc`}>
          <h3 className="hl-pay-subtitle" id={`${id}-proc`}>
            {t.processingInformation}
          </h3>
          <Facts
            rows={[
              [t.receivedBy, p.recordedBy, 'receivedBy'],
              [t.processingTime, p.processingTime, 'processingTime'],
              [t.verification, p.verification, 'verification'],
            ]}
          />
          {p.verification === 'Pending' && mayVerify ? (
            <button
              type="button"
              className="hl-button"
              data-variant="primary"
              aria-disabled={busy}
              onClick={() => void verify()}
            >
              {t.verify}
            </button>
          ) : null}
          <p aria-live="polite" className="hl-muted">
            {message}
          </p>
        </section>
        <section aria-labelledby={`${id}-consumer`}>
          <h3 className="hl-pay-subtitle" id={`${id}-consumer`}>
            {t.consumerInformation}
          </h3>
          <Facts
            rows={[
              [t.consumer, consumer.name],
              [t.accountNumber, consumer.accountNumber],
              [t.address, consumer.serviceAddress ?? t.notAvailable],
              [t.phone, consumer.phone ?? t.notAvailable],
              [t.email, consumer.email ?? t.notAvailable],
              [t.currentBalance, money(consumer.balance)],
            ]}
          />
        </section>
      </div>
    </DetailsFrame>
  );
}
