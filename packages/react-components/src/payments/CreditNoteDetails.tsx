import { isCreditNoteApplicable, type Actor, type CreditNote, type Ledger } from '@hotleads/payments';
import { useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { DetailsFrame } from './DialogFrame';
import { Facts, LedgerPending, StatusBadge } from './Facts';
import { useMoney, usePaymentFormat } from './usePaymentFormat';
import { errorMessage, useLedgerValue } from './useLedgerValue';

/** Props of {@link CreditNoteDetails}. */
export type CreditNoteDetailsProps = {
  ledger: Ledger;
  /** The credit note's number (CN-46129). */
  creditNoteNumber: string;
  /** The user looking at it: Apply shows only when `ledger.can(actor, 'credit')` and the note is Active. */
  actor?: Actor;
  /** Opens the linked payment (its receipt number is a link with it). */
  onViewPayment?: (paymentId: string) => void;
  /** Print (default `window.print()`, with the print layout of the styles). */
  onPrint?: (note: CreditNote) => void;
  /** Download PDF: the button shows only with it (the host makes the PDF with `creditNotePdf` of `@hotleads/payments/pdf`). */
  onDownloadPdf?: (note: CreditNote) => void | Promise<void>;
  /** Apply: opens the host's `ApplyCreditNote`. */
  onApply?: (number: string) => void;
  /** Close; the button shows only with it. */
  onClose?: () => void;
  /** Changes when the host applied the note elsewhere, to load it again. */
  version?: number;
};

/**
 * A credit note in view-only mode (docs/payments.md, "Credit notes"): its number and status
 * badge, the consumer, the created and expiry dates, the original amount, applied, remaining and
 * usage % (one decimal), the reason badge, who created it, the linked payment, remarks, and each
 * application, with Print, Download PDF and Close. Every value is the ledger's `getCreditNote`.
 */
export function CreditNoteDetails({
  ledger,
  creditNoteNumber,
  actor,
  onViewPayment,
  onPrint = () => window.print(),
  onDownloadPdf,
  onApply,
  onClose,
  version = 0,
}: CreditNoteDetailsProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const money = useMoney(ledger.settings.currency);
  const f = usePaymentFormat(ledger.settings);
  const [message, setMessage] = useState('');
  const loaded = useLedgerValue(() => ledger.getCreditNote(creditNoteNumber), `${creditNoteNumber}:${version}`);
  const n = loaded.value;
  if (!n)
    return (
      <section className="hl-panel hl-paydetails" aria-label={t.creditNoteDetails}>
        <LedgerPending state={loaded} />
      </section>
    );
  const mayApply =
    onApply !== undefined && actor !== undefined && isCreditNoteApplicable(n) && ledger.can(actor, 'credit');
  const download = async () => {
    try {
      await onDownloadPdf?.(n);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <DetailsFrame
      title={`${t.creditNoteDetails} ${n.number}`}
      badge={<StatusBadge status={n.status} />}
      onClose={onClose}
      closeLabel={t.close}
      className="hl-paydetails hl-cndetails"
    >
      <div className="hl-pay-grid">
        <section aria-label={t.consumerInformation}>
          <h3 className="hl-pay-subtitle">{t.consumerInformation}</h3>
          <Facts
            rows={[
              [t.consumer, n.consumerName],
              [t.accountNumber, n.accountNumber],
              [t.created, f.dateTime(n.createdAt), 'created'],
              [t.expires, f.date(n.expiresAt), 'expires'],
            ]}
          />
        </section>
        <section aria-label={t.amountAnalysis}>
          <h3 className="hl-pay-subtitle">{t.amountAnalysis}</h3>
          <Facts
            rows={[
              [t.originalAmount, money(n.amount), 'amount'],
              [t.applied, money(n.applied), 'applied'],
              [t.remaining, money(n.remaining), 'remaining'],
              [t.usage, t.usagePercent(n.usagePercent), 'usagePercent'],
            ]}
          />
        </section>
      </div>
      <Facts
        label={t.creditNoteDetails}
        rows={[
          [t.reason, <span className="hl-badge hl-status">{n.reason}</span>, 'reason'],
          [t.createdBy, n.createdBy, 'createdBy'],
          [
            t.linkedPayment,
            onViewPayment ? (
              <button type="button" className="hl-link" onClick={() => onViewPayment(n.paymentId)}>
                {n.linkedReceipt}
              </button>
            ) : (
              n.linkedReceipt
            ),
            'linkedPayment',
          ],
          ...(n.remarks ? [[t.remarks, n.remarks] as const] : []),
        ]}
      />
      <div role="group" aria-label={t.applications}>
        <h3 className="hl-pay-subtitle">{t.applications}</h3>
        {n.applications.length === 0 ? (
          <p className="hl-muted">{t.noApplications}</p>
        ) : (
          <div className="hl-table-scroll" tabIndex={0} role="region" aria-label={t.applications}>
            <table className="hl-table">
              <caption>{t.applications}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  <th scope="col" data-align="end">
                    {t.amount}
                  </th>
                  <th scope="col">{t.date}</th>
                  <th scope="col">{t.createdBy}</th>
                </tr>
              </thead>
              <tbody>
                {n.applications.map((a, i) => (
                  <tr key={`${a.item}-${i}`}>
                    <th scope="row">
                      {a.item} <span className="hl-muted">· {t.typeNames[a.itemType]}</span>
                    </th>
                    <td data-align="end">{money(a.amount)}</td>
                    <td>{f.dateTime(a.at)}</td>
                    <td>{a.by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <div className="hl-pay-actions hl-no-print">
        <button type="button" className="hl-button" onClick={() => onPrint(n)}>
          {t.print}
        </button>
        {onDownloadPdf ? (
          <button type="button" className="hl-button" onClick={() => void download()}>
            {t.downloadPdf}
          </button>
        ) : null}
        {mayApply ? (
          <button type="button" className="hl-button" data-variant="primary" onClick={() => onApply(n.number)}>
            {t.apply}
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="hl-muted">
        {message}
      </p>
    </DetailsFrame>
  );
}
