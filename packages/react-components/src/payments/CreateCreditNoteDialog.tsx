import type { Actor, CreditNote, CreditNoteReason, Ledger } from '@hotleads/payments';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatValue } from '../util/format';
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
  const money = (v: string) => formatValue(v, 'currency', { currency, locale });
  const reasons = ledger.paymentOptions().creditNoteReasons;
  const max = ledger.settings.remarksMaxLength;
  const payment = useLedgerValue(() => ledger.getPayment(paymentId), paymentId);
  const [amount, setAmount] = useState<string | null>(null);
  const [reason, setReason] = useState<CreditNoteReason | ''>('');
  const [remarks, setRemarks] = useState('');
  const [toast, setToast] = useState<{ tone: 'good' | 'bad'; text: string } | null>(null);
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
    if (p) firstRef.current?.focus();
  }, [p]);

  const problemAt = (field: string) =>
    preview.value?.problems.find((x) => x.path[0] === field && (field !== 'reason' || reason !== ''))?.message;
  const create = async () => {
    if (inFlight.current || !preview.value?.valid || reason === '') return;
    inFlight.current = true;
    setBusy(true);
    key.current ??= newIdempotencyKey();
    try {
      const note = await ledger.createCreditNote({
        paymentId,
        amount: request.amount,
        reason,
        remarks: request.remarks,
        actor,
        idempotencyKey: key.current,
      });
      setToast({ tone: 'good', text: t.creditNoteCreated(note.number, money(note.amount)) });
      onCreated?.(note);
    } catch (error) {
      setToast({ tone: 'bad', text: errorMessage(error) });
      key.current = null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
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
    <div role="dialog" aria-labelledby={`${id}-title`} className="hl-panel hl-dialog" onKeyDown={onKeyDown}>
      <h2 className="hl-panel-title" id={`${id}-title`}>
        {t.createCreditNote}
      </h2>
      {!p ? (
        <p className={payment.error ? 'hl-pay-error' : 'hl-muted'}>
          {payment.error ? errorMessage(payment.error) : t.loading}
        </p>
      ) : (
        <form
          className="hl-pay-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <dl className="hl-pay-facts" aria-label={t.paymentInformation}>
            <dt>{t.consumer}</dt>
            <dd>{p.consumerName}</dd>
            <dt>{t.accountNumber}</dt>
            <dd>{p.accountNumber}</dd>
            <dt>{t.receiptNumber}</dt>
            <dd>{p.receiptNumber}</dd>
            <dt>{t.amount}</dt>
            <dd>{money(p.amount)}</dd>
            <dt>{t.date}</dt>
            <dd>{p.paymentDate}</dd>
            <dt>{t.method}</dt>
            <dd>{p.method}</dd>
          </dl>
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
            <dl className="hl-pay-facts" aria-label={t.summary} data-testid="credit-note-summary">
              <dt>{t.creditAmount}</dt>
              <dd data-field="amount">
                {preview.value.amount === null ? t.notAvailable : money(preview.value.amount)}
              </dd>
              <dt>{t.remainingOnPayment}</dt>
              <dd data-field="remainingAfter">{money(preview.value.remainingAfter)}</dd>
              <dt>{t.fullReversal}</dt>
              <dd data-field="fullReversal">{preview.value.fullReversal ? t.yes : t.no}</dd>
            </dl>
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
      <div role="status" aria-live="polite" className="hl-toast" data-tone={toast?.tone}>
        {toast?.text}
      </div>
    </div>
  );
}
