import type { Currency } from '@hotleads/core';
import type { Receipt } from '@hotleads/payments';
import { useId, type ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';
import { AllocationTable } from './AllocationTable';

/** Props of {@link PaymentReceipt}. */
export type PaymentReceiptProps = {
  /** The receipt as the ledger returned it (`recordPayment(…).receipt` or `getReceipt`). */
  receipt: Receipt;
  /** The ledger's currency (`ledger.settings.currency`), for the amounts. */
  currency: Currency;
  /** Buttons under the receipt (Print, Download PDF, …). */
  actions?: ReactNode;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3;
};

/**
 * A payment receipt exactly as the ledger wrote it: consumer, payment summary, items with their
 * due, paid and difference, the cash received and change, any overpayment credit note, and the
 * processing information. Laid out for the screen and for print (`@media print`).
 */
export function PaymentReceipt({ receipt, currency, actions, headingLevel = 2 }: PaymentReceiptProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const money = useMoney(currency);
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <article className="hl-panel hl-receipt" aria-labelledby={titleId}>
      <Heading className="hl-panel-title" id={titleId} tabIndex={-1} data-stage-heading>
        {t.receipt} {receipt.receiptNumber}
      </Heading>
      <div className="hl-pay-grid">
        <section aria-label={t.consumer}>
          <Sub className="hl-pay-subtitle">{t.consumer}</Sub>
          <dl className="hl-pay-facts">
            <dt>{t.consumer}</dt>
            <dd>{receipt.consumer.name}</dd>
            <dt>{t.accountNumber}</dt>
            <dd>{receipt.consumer.accountNumber}</dd>
            {receipt.consumer.serviceAddress ? (
              <>
                <dt>{t.address}</dt>
                <dd>{receipt.consumer.serviceAddress}</dd>
              </>
            ) : null}
            {receipt.account.balanceBefore !== null ? (
              <>
                <dt>{t.balanceBefore}</dt>
                <dd>{money(receipt.account.balanceBefore)}</dd>
              </>
            ) : null}
            {receipt.account.balanceAfter !== null ? (
              <>
                <dt>{t.balanceAfter}</dt>
                <dd data-field="balanceAfter">{money(receipt.account.balanceAfter)}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-label={t.paymentSummary}>
          <Sub className="hl-pay-subtitle">{t.paymentSummary}</Sub>
          <dl className="hl-pay-facts">
            <dt>{t.paymentDate}</dt>
            <dd>{receipt.paymentDate}</dd>
            <dt>{t.paymentType}</dt>
            <dd>{t.typeNames[receipt.summary.type]}</dd>
            <dt>{t.channel}</dt>
            <dd>{receipt.summary.channel}</dd>
            <dt>{t.method}</dt>
            <dd>{receipt.summary.method}</dd>
            <dt>{t.total}</dt>
            <dd data-field="amount">{money(receipt.summary.amount)}</dd>
            <dt>{t.transactionId}</dt>
            <dd>{receipt.transactionId}</dd>
            <dt>{t.paymentId}</dt>
            <dd>{receipt.paymentId}</dd>
          </dl>
        </section>
      </div>
      <AllocationTable allocations={receipt.items} currency={currency} caption={t.summary} />
      <dl className="hl-pay-facts">
        <dt>{t.outstanding}</dt>
        <dd data-field="outstanding">{money(receipt.outstanding)}</dd>
        <dt>{t.extraAmount}</dt>
        <dd data-field="overpayment">{money(receipt.overpayment)}</dd>
      </dl>
      {receipt.cash ? (
        <section aria-label={t.cashDetails}>
          <Sub className="hl-pay-subtitle">{t.cashDetails}</Sub>
          <dl className="hl-pay-facts">
            <dt>{t.amountReceived}</dt>
            <dd data-field="amountReceived">{money(receipt.cash.amountReceived)}</dd>
            <dt>{t.changeGiven}</dt>
            <dd data-field="changeGiven">{money(receipt.cash.changeGiven)}</dd>
          </dl>
        </section>
      ) : null}
      {receipt.creditNote ? (
        <p className="hl-pay-note" data-field="creditNote">
          {t.creditNote}: {t.creditNoteLine(receipt.creditNote.number, money(receipt.creditNote.amount))}
        </p>
      ) : null}
      {receipt.notes ? (
        <p>
          {t.notes}: {receipt.notes}
        </p>
      ) : null}
      <dl className="hl-pay-facts">
        <dt>{t.status}</dt>
        <dd>{receipt.processing.status}</dd>
        <dt>{t.receivedBy}</dt>
        <dd>{receipt.processing.receivedBy}</dd>
        <dt>{t.processingTime}</dt>
        <dd>{receipt.processing.processingTime}</dd>
        <dt>{t.verification}</dt>
        <dd>{receipt.processing.verification}</dd>
      </dl>
      {actions ? <div className="hl-pay-actions hl-no-print">{actions}</div> : null}
    </article>
  );
}
