import {
  previewCreditNoteApplication,
  type Actor,
  type CreditNote,
  type ItemType,
  type Ledger,
  type UnpaidItem,
} from '@hotleads/payments';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { DialogFrame, type Toast } from './DialogFrame';
import { Facts, LedgerPending, StatusBadge } from './Facts';
import { useMoney } from './usePaymentFormat';
import { errorMessage, useLedgerValue } from './useLedgerValue';

const TYPES: readonly ItemType[] = ['bill', 'service', 'installment'];

/** Props of {@link ApplyCreditNote}. */
export type ApplyCreditNoteProps = {
  ledger: Ledger;
  /** Who applies it (the ledger checks the `credit` permission). */
  actor: Actor;
  creditNoteNumber: string;
  /** Called with the note as the ledger returned it after the application. */
  onApplied?: (note: CreditNote) => void;
  /** Cancel (and Escape). */
  onCancel: () => void;
  /** Makes the idempotency key of one Apply (default `crypto.randomUUID()`). */
  newIdempotencyKey?: () => string;
};

type Loaded = { note: CreditNote; items: UnpaidItem[] };

/**
 * The "apply credit note" dialog: the note (read-only), one of its consumer's unpaid bills,
 * services or installments, the amount (the most both allow by default), and the summary of
 * `previewCreditNoteApplication` — what the note and the item would have left, the note's usage
 * and status after. Apply is enabled only when the preview has no problem; it calls
 * `ledger.applyCreditNote` once per click (an idempotency key) and announces the outcome.
 */
export function ApplyCreditNote({
  ledger,
  actor,
  creditNoteNumber,
  onApplied,
  onCancel,
  newIdempotencyKey = () => crypto.randomUUID(),
}: ApplyCreditNoteProps) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  const id = useId();
  const currency = ledger.settings.currency;
  const money = useMoney(currency);
  const [version, setVersion] = useState(0);
  const loaded = useLedgerValue<Loaded>(async () => {
    const note = await ledger.getCreditNote(creditNoteNumber);
    const lists = await Promise.all(TYPES.map((type) => ledger.unpaidItems(note.accountNumber, type)));
    return { note, items: lists.flat() };
  }, `${creditNoteNumber}:${version}`);
  const [itemKey, setItemKey] = useState<string | null>(null);
  const [amount, setAmount] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const key = useRef<string | null>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const v = loaded.value;
  const keyOf = (i: UnpaidItem) => `${i.type}:${i.id}`;
  const item = v?.items.find((i) => keyOf(i) === itemKey) ?? v?.items[0];
  const typed = amount === null || amount.trim() === '' ? undefined : amount.trim();
  const preview = useMemo(
    () => (v && item ? previewCreditNoteApplication(v.note, item, { currency, amount: typed }) : null),
    [v, item, currency, typed],
  );
  useEffect(() => {
    if (!v) return;
    // A fresh note and item list: the lock held since the last write is released only now, so a
    // second click that raced the first write cannot submit the stale preview again.
    inFlight.current = false;
    setBusy(false);
    firstRef.current?.focus();
  }, [v]);

  const problemAt = (field: string) => preview?.problems.find((p) => p.path[0] === field)?.message;
  const apply = async () => {
    if (inFlight.current || !preview?.valid) return;
    inFlight.current = true;
    setBusy(true);
    key.current ??= newIdempotencyKey();
    let written = false;
    try {
      const note = await ledger.applyCreditNote({
        creditNoteNumber,
        item: preview.item,
        amount: preview.amount ?? undefined,
        actor,
        idempotencyKey: key.current,
      });
      written = true;
      setToast({ tone: 'good', text: t.creditNoteApplied(note.number, money(note.remaining)) });
      key.current = null;
      setAmount(null);
      setItemKey(null);
      setVersion((x) => x + 1);
      onApplied?.(note);
    } catch (error) {
      setToast({ tone: 'bad', text: errorMessage(error) });
      key.current = null;
    } finally {
      // After a write the lock stays until the reload arrives (the effect on `v` above).
      if (!written) {
        inFlight.current = false;
        setBusy(false);
      }
    }
  };
  const error = (field: string) => {
    const m = problemAt(field);
    return m ? (
      <p className="hl-field-error" id={`${id}-${field}-error`}>
        {m}
      </p>
    ) : null;
  };
  return (
    <DialogFrame title={t.applyCreditNote} onCancel={onCancel} toast={toast}>
      {!v ? (
        <LedgerPending state={loaded} />
      ) : (
        <form
          className="hl-pay-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
        >
          <Facts
            label={t.creditNoteDetails}
            rows={[
              [t.creditNoteColumn, v.note.number],
              [t.consumer, `${v.note.consumerName} (${v.note.accountNumber})`],
              [t.status, <StatusBadge status={v.note.status} />],
              [t.remaining, money(v.note.remaining), 'noteRemaining'],
            ]}
          />
          {problemAt('creditNoteNumber') ? (
            <p className="hl-pay-error" role="alert">
              {problemAt('creditNoteNumber')}
            </p>
          ) : null}
          <div className="hl-pay-row">
            <div className="hl-field">
              <label htmlFor={`${id}-item`}>{t.applyTo}</label>
              <select
                ref={firstRef}
                id={`${id}-item`}
                value={item ? keyOf(item) : ''}
                aria-invalid={problemAt('item') !== undefined}
                aria-describedby={problemAt('item') ? `${id}-item-error` : undefined}
                onChange={(e) => {
                  setItemKey(e.target.value);
                  setAmount(null);
                  key.current = null;
                }}
              >
                {v.items.length === 0 ? <option value="">{t.noUnpaid}</option> : null}
                {TYPES.map((type) => {
                  const of = v.items.filter((i) => i.type === type);
                  return of.length === 0 ? null : (
                    <optgroup key={type} label={t.unpaidOf[type]}>
                      {of.map((i) => (
                        <option key={keyOf(i)} value={keyOf(i)}>
                          {t.unpaidItem(i.id, i.description, i.dueDate, money(i.outstanding))}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
              {error('item')}
            </div>
            <div className="hl-field">
              <label htmlFor={`${id}-amount`}>{t.amountToApply}</label>
              <input
                id={`${id}-amount`}
                inputMode="decimal"
                autoComplete="off"
                value={amount ?? preview?.maximum ?? ''}
                disabled={!item}
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
                {preview ? t.maximum(money(preview.maximum)) : ''}
              </p>
              {error('amount')}
            </div>
          </div>
          {preview ? (
            <Facts
              label={t.summary}
              testId="apply-summary"
              rows={[
                [t.amountToApply, preview.amount === null ? t.notAvailable : money(preview.amount), 'amount'],
                [t.noteRemainingAfter, money(preview.noteRemainingAfter), 'noteRemainingAfter'],
                [t.itemOutstandingAfter, money(preview.itemOutstandingAfter), 'itemOutstandingAfter'],
                [t.usage, t.usagePercent(preview.usagePercentAfter), 'usagePercentAfter'],
                [t.statusAfter, <StatusBadge status={preview.statusAfter} />, 'statusAfter'],
              ]}
            />
          ) : null}
          <div className="hl-pay-actions">
            <button type="button" className="hl-button" onClick={onCancel}>
              {t.cancel}
            </button>
            <button type="submit" className="hl-button" data-variant="primary" disabled={!preview?.valid || busy}>
              {busy ? t.submitting : t.applyCreditNote}
            </button>
          </div>
        </form>
      )}
    </DialogFrame>
  );
}
