import type { Actor, CreditNote, CreditNoteReason, Ledger } from '@hotleads/payments';
import { useEffect, useId, useRef, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';
import { formatValue } from '../util/format';
import { DialogFrame, type Toast } from './DialogFrame';
import { Facts, LedgerPending } from './Facts';
import { errorMessage, useLedgerValue } from './useLedgerValue';

/** Props of {@link CreateCreditNoteDialog}. */
export type CreateCreditNoteDialogProps = {
  ledger: Ledger;
  /** Who creates it (the ledger checks the `credit` permission). */
  actor: Actor;
  /** The payment the note credits. */
  paymentId: string;
  /** Called with the note the ledger created. */
  onCreated?: (note: CreditNote) => void;
  /** Cancel (and Escape): discards the form. */
  onCancel: () => void;
  /** Makes the idempotency key of one Create (default `crypto.randomUUID()`). */
  newIdempotencyKey?: () => string;
};

/**
 * The "create credit note" dialog of a billing manager: the payment (read-only), the credit
 * amount (the creditable maximum by default, with its "Maximum" hint), one of the seven reasons,
 * remarks with a counter, and the summary of `ledger.previewCreditNote`. Create is enabled only
 * when the preview has no problem; the outcome is announced in a status toast.
 */
export function CreateCreditNoteDialog({
  ledger,
  actor,
  paymentId,
  onCreated,
  onCancel,
  newIdempotencyKey = () => crypto.randomUUID(),
}: CreateCreditNoteDialogProps) {
  const { strings, locale } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const currency = ledger.settings.currency;
  const money = useMoney(currency);
  const reasons = ledger.paymentOptions().creditNoteReasons;
  const max = ledger.settings.remarksMaxLength;
  const [version, setVersion] = useState(0);
  const payment = useLedgerValue(() => ledger.getPayment(paymentId), `${paymentId}:${version}`);
  const [amount, setAmount] = useState<string | null>(null);
  const [reason, setReason] = useState<CreditNoteReason | ''>('');
  const [remarks, setRemarks] = useState('');
  const [toast, setToast] = useState<Toast>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const key = useRef<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const p = payment.value;
  const typed = amount ?? p?.creditable ?? '';
  const request = {
    paymentId,
    amount: typed.trim() === '' ? undefined : typed.trim(),
    reason: reason === '' ? undefined : reason,
    remarks: remarks === '' ? undefined : remarks,
    actor,
  };
  const preview = useLedgerValue(
    p ? () => ledger.previewCreditNote(request) : null,
    `${p?.id}:${JSON.stringify(request)}`,
  );
  useEffect(() => {
    if (!p) return;
    // A fresh payment: the lock held since the last write is released only now, so a second
    // click that raced the first write cannot replay it (same key) or submit its stale preview.
    inFlight.current = false;
    setBusy(false);
    firstRef.current?.focus();
  }, [p]);

  const problemAt = (field: string) =>
    preview.value?.problems.find((x) => x.path[0] === field && (field !== 'reason' || reason !== ''))?.message;
  const create = async () => {
    if (inFlight.current || !preview.value?.valid || reason === '') return;
    inFlight.current = true;
    setBusy(true);
    key.current ??= newIdempotencyKey();
    let written = false;
    try {
      const note = await ledger.createCreditNote({
        paymentId,
        amount: request.amount,
        reason,
        remarks: request.remarks,
        actor,
        idempotencyKey: key.current,
      });
      written = true;
      setToast({ tone: 'good', text: t.creditNoteCreated(note.number, money(note.amount)) });
      key.current = null;
      setAmount(null);
      setReason('');
      setRemarks('');
      setVersion((x) => x + 1);
      onCreated?.(note);
    } catch (error) {
      setToast({ tone: 'bad', text: errorMessage(error) });
      key.current = null;
    } finally {
      // After a write the lock stays until the payment is read again (the effect on `p` above).
      if (!written) {
        inFlight.current = false;
        setBusy(false);
      }
    }
  };
  const fieldError = (field: string) => {
    const m = problemAt(field);
    return m ? (
      <p className="hl-field-error" id={`${id}-${field}-error`}>
        {m}
      </p>
    ) : null;
  };
  return (
    <DialogFrame title={t.createCreditNote} onCancel={onCancel} toast={toast}>
      {!p ? (
        <LedgerPending state={payment} />
      ) : (
        <form
          className="hl-pay-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <Facts
            label={t.paymentInformation}
            rows={[
              [t.consumer, p.consumerName],
              [t.accountNumber, p.accountNumber],
              [t.receiptNumber, p.receiptNumber],
              [t.amount, money(p.amount)],
              [t.date, p.paymentDate],
              [t.method, p.method],
            ]}
          />
          <div className="hl-pay-row">
            <div className="hl-field">
              <label htmlFor={`${id}-amount`}>{t.creditAmount}</label>
              <input
                ref={firstRef}
                id={`${id}-amount`}
                inputMode="decimal"
                autoComplete="off"
                value={typed}
                aria-invalid={problemAt('amount') !== undefined}
                aria-describedby={[`${id}-max`, problemAt('amount') ? `${id}-amount-error` : '']
                  .filter(Boolean)
                  .join(' ')}
                onChange={(e) => {
                  setAmount(e.target.value);
                  key.current = null;
                }}
              />
              <p className="hl-muted hl-counter" id={`${id}-max`}>
                {t.maximum(money(preview.value?.creditable ?? p.creditable))}
              </p>
              {fieldError('amount')}
            </div>
            <div className="hl-field">
              <label htmlFor={`${id}-reason`}>{t.reason}</label>
              <select
                id={`${id}-reason`}
                value={reason}
                aria-invalid={problemAt('reason') !== undefined}
                aria-describedby={problemAt('reason') ? `${id}-reason-error` : undefined}
                onChange={(e) => {
                  setReason(e.target.value as CreditNoteReason | '');
                  key.current = null;
                }}
              >
                <option value="">{t.chooseReason}</option>
                {reasons.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
              {fieldError('reason')}
            </div>
          </div>
          <div className="hl-field">
            <label htmlFor={`${id}-remarks`}>{t.remarks}</label>
            <textarea
              id={`${id}-remarks`}
              rows={2}
              maxLength={max}
              value={remarks}
              aria-describedby={`${id}-remarks-count`}
              onChange={(e) => {
                setRemarks(e.target.value);
                key.current = null;
              }}
            />
            <p className="hl-muted hl-counter" id={`${id}-remarks-count`}>
              {t.charactersUsed(
                formatValue(remarks.length, 'integer', { locale }),
                formatValue(max, 'integer', { locale }),
              )}
            </p>
          </div>
          {preview.value ? (
            <Facts
              label={t.summary}
              testId="credit-note-summary"
              rows={[
                [
                  t.creditAmount,
                  preview.value.amount === null ? t.notAvailable : money(preview.value.amount),
                  'amount',
                ],
                [t.remainingOnPayment, money(preview.value.remainingAfter), 'remainingAfter'],
                [t.fullReversal, preview.value.fullReversal ? t.yes : t.no, 'fullReversal'],
              ]}
            />
          ) : null}
          <div className="hl-pay-actions">
            <button type="button" className="hl-button" onClick={onCancel}>
              {t.cancel}
            </button>
            <button
              type="submit"
              className="hl-button"
              data-variant="primary"
              disabled={!preview.value?.valid || reason === '' || busy}
            >
              {busy ? t.submitting : t.create}
            </button>
          </div>
        </form>
      )}
    </DialogFrame>
  );
}
