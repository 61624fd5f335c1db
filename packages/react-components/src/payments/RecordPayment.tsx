import { localDate, toEpochMs, type Currency, type Time } from '@hotleads/core';
import {
  startOfLocalDay,
  type Actor,
  type Consumer,
  type Ledger,
  type PaymentPreview,
  type Receipt,
  type RecordPaymentRequest,
  type RecordPaymentResult,
  type UnpaidItem,
} from '@hotleads/payments';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { useMoney } from './usePaymentFormat';
import { formatValue } from '../util/format';
import { AllocationTable } from './AllocationTable';
import { ConsumerSearch } from './ConsumerSearch';
import { PaymentReceipt } from './PaymentReceipt';
import { errorField, errorMessage, useLedgerValue } from './useLedgerValue';

type ItemType = RecordPaymentRequest['type'];
const TYPES: readonly ItemType[] = ['bill', 'service', 'installment'];
type Field = 'consumer' | 'items' | 'method' | 'amount' | 'date' | 'tendered' | 'changeGiven' | 'notes' | 'channel';
const FIELDS: readonly Field[] = ['consumer', 'items', 'method', 'amount', 'date', 'tendered', 'changeGiven', 'notes'];

/** Props of {@link RecordPayment}. */
export type RecordPaymentProps = {
  /** The ledger the payment is recorded in. */
  ledger: Ledger;
  /** Who records it (named on the receipt, checked by the ledger's permissions). */
  actor: Actor;
  /** The host's "now": today's date is pre-filled from it, in `ledger.settings.timeZone`. */
  now: Time;
  /** Called with what `recordPayment` returned, once the receipt shows. */
  onRecorded?: (result: RecordPaymentResult) => void;
  /** "Return to dashboard" on the receipt; the button shows only with it. */
  onReturn?: () => void;
  /** "Download PDF" on the receipt; the button shows only with it. */
  onDownloadReceipt?: (receipt: Receipt) => void | Promise<void>;
  /** Makes the idempotency key of one submission (default `crypto.randomUUID()`). */
  newIdempotencyKey?: () => string;
  /** Starts with this consumer selected (an account opened in the host). */
  initialAccountNumber?: string;
};

type Form = {
  consumer: Consumer | null;
  channel: string;
  type: ItemType;
  items: string[];
  method: string;
  amount: string;
  date: string;
  tendered: string;
  changeGiven: string;
  notes: string;
};

/**
 * The "record payment" flow of a customer executive: consumer search, channel, type and unpaid
 * items, method, amount and date (with cash received and change for cash), the summary from
 * `ledger.previewPayment`, notes, review and confirm, then the receipt. Every figure is the
 * ledger's; a refused write shows the ledger's message and keeps everything typed; the submit
 * carries one idempotency key, so a double click records one payment.
 */
export function RecordPayment({
  ledger,
  actor,
  now,
  onRecorded,
  onReturn,
  onDownloadReceipt,
  newIdempotencyKey = () => crypto.randomUUID(),
  initialAccountNumber,
}: RecordPaymentProps) {
  const { strings, locale } = useHotleadsLocale();
  const t = strings.payments;
  const options = ledger.paymentOptions();
  const currency = ledger.settings.currency;
  const zone = ledger.settings.timeZone;
  const nowMs = toEpochMs(now);
  const today = localDate(nowMs, zone);
  const money = useMoney(currency);
  const id = useId();
  const fieldId = (f: string) => `${id}-${f}`;

  const blank = (): Form => ({
    consumer: null,
    channel: options.defaultChannel,
    type: 'bill',
    items: [],
    method: '',
    amount: '',
    date: today,
    tendered: '',
    changeGiven: '',
    notes: '',
  });
  const [form, setForm] = useState<Form>(blank);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [stage, setStage] = useState<'form' | 'review' | 'receipt'>('form');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [preview, setPreview] = useState<PaymentPreview | null>(null);
  const [result, setResult] = useState<RecordPaymentResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const idempotencyKey = useRef<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const shownStage = useRef(stage);
  // The control to focus once the render that shows it has committed (no animation frame: it
  // must not land later, while the user is already typing elsewhere).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const want = pendingFocus.current;
    if (want === null) return;
    const el = rootRef.current?.querySelector<HTMLElement>(`#${CSS.escape(want)}`);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });
  // A new stage (review, receipt, the form again) takes the focus to its heading, so a keyboard
  // user goes on from there and a screen reader says where they are.
  useEffect(() => {
    if (shownStage.current === stage) return;
    shownStage.current = stage;
    rootRef.current?.querySelector<HTMLElement>('[data-stage-heading]')?.focus();
  }, [stage]);

  const initial = useLedgerValue(
    initialAccountNumber === undefined ? null : () => ledger.getConsumer(initialAccountNumber),
    `initial:${initialAccountNumber ?? ''}`,
  );
  const consumer = form.consumer ?? (initialAccountNumber !== undefined ? (initial.value ?? null) : null);
  const isCash = options.cashMethods.includes(form.method);

  const unpaid = useLedgerValue<UnpaidItem[]>(
    consumer ? () => ledger.unpaidItems(consumer.accountNumber, form.type) : null,
    `unpaid:${consumer?.accountNumber ?? ''}:${form.type}:${result?.payment.id ?? ''}`,
  );

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    idempotencyKey.current = null; // a changed body is a new submission
  };

  /** The request the form describes (what preview and record both receive). */
  const request = (): RecordPaymentRequest | null => {
    if (!consumer) return null;
    const r: RecordPaymentRequest = {
      accountNumber: consumer.accountNumber,
      type: form.type,
      items: form.items,
      amount: form.amount.trim(),
      method: form.method,
      channel: form.channel,
      // Today's payment is taken now; an earlier date is that day's start in the ledger's zone.
      date:
        form.date === today ? new Date(nowMs).toISOString() : new Date(startOfLocalDay(form.date, zone)).toISOString(),
      actor,
    };
    if (isCash && form.tendered.trim() !== '') r.tendered = form.tendered.trim();
    if (isCash && form.changeGiven.trim() !== '') r.changeGiven = form.changeGiven.trim();
    if (form.notes !== '') r.notes = form.notes;
    return r;
  };

  const complete = consumer !== null && form.items.length > 0 && form.method !== '' && form.amount.trim() !== '';
  const req = complete ? request() : null;
  const live = useLedgerValue<PaymentPreview>(req ? () => ledger.previewPayment(req) : null, JSON.stringify(req));

  /** The mandatory fields left empty, each with its message. */
  const missing = (): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {};
    if (!consumer) e.consumer = t.required;
    if (consumer && form.items.length === 0) e.items = t.selectItems;
    if (form.method === '') e.method = t.required;
    if (form.amount.trim() === '') e.amount = t.required;
    if (form.date === '') e.date = t.required;
    return e;
  };

  const focusFirstError = (e: Partial<Record<Field, string>>) => {
    const first = FIELDS.find((f) => e[f] !== undefined);
    if (first) pendingFocus.current = fieldId(first);
  };

  const refuse = (error: unknown) => {
    const field = errorField(error) as Field | undefined;
    const message = errorMessage(error);
    if (field && (FIELDS as readonly string[]).includes(field)) {
      const e = { [field]: message };
      setErrors(e);
      focusFirstError(e);
    }
    setRefusal(t.refused(message));
  };

  const onReview = async () => {
    setRefusal(null);
    const e = missing();
    setErrors(e);
    if (Object.keys(e).length > 0) {
      focusFirstError(e);
      return;
    }
    try {
      setPreview(await ledger.previewPayment(request()!));
      setStage('review');
    } catch (error) {
      refuse(error);
    }
  };

  const onConfirm = async () => {
    if (inFlight.current) return; // a second click while the first is being written
    inFlight.current = true;
    setSubmitting(true);
    setRefusal(null);
    idempotencyKey.current ??= newIdempotencyKey();
    try {
      const recorded = await ledger.recordPayment({ ...request()!, idempotencyKey: idempotencyKey.current });
      setResult(recorded);
      setStage('receipt');
      onRecorded?.(recorded);
    } catch (error) {
      refuse(error);
      setStage('form');
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const onAnother = () => {
    setForm(blank());
    setErrors({});
    setPreview(null);
    setRefusal(null);
    idempotencyKey.current = null;
    setStage('form');
  };

  const describedBy = (f: Field, extra?: string) =>
    [errors[f] ? `${fieldId(f)}-error` : null, extra].filter(Boolean).join(' ') || undefined;
  const fieldError = (f: Field) =>
    errors[f] ? (
      <p className="hl-field-error" id={`${fieldId(f)}-error`}>
        {errors[f]}
      </p>
    ) : null;

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? TYPES.length - 1 : index + step;
    if (to === index || (step === 0 && e.key !== 'Home' && e.key !== 'End')) return;
    e.preventDefault();
    const next = TYPES[(to + TYPES.length) % TYPES.length]!;
    setForm((f) => ({ ...f, type: next, items: [] }));
    idempotencyKey.current = null;
    rootRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(`tab-${next}`))}`)?.focus();
  };

  if (stage === 'receipt' && result) {
    const actions: ReactNode = (
      <>
        <button type="button" className="hl-button" onClick={() => window.print()}>
          {t.print}
        </button>
        {onDownloadReceipt ? (
          <button type="button" className="hl-button" onClick={() => void onDownloadReceipt(result.receipt)}>
            {t.downloadPdf}
          </button>
        ) : null}
        <button type="button" className="hl-button" data-variant="primary" onClick={onAnother}>
          {t.recordAnother}
        </button>
        {onReturn ? (
          <button type="button" className="hl-button" onClick={onReturn}>
            {t.returnToDashboard}
          </button>
        ) : null}
      </>
    );
    return (
      <div className="hl-record" ref={rootRef}>
        <PaymentReceipt receipt={result.receipt} currency={currency} actions={actions} />
      </div>
    );
  }

  if (stage === 'review' && preview) {
    return (
      <section className="hl-panel hl-record" aria-labelledby={fieldId('review')} ref={rootRef}>
        <h2 className="hl-panel-title" id={fieldId('review')} tabIndex={-1} data-stage-heading>
          {t.reviewAndConfirm}
        </h2>
        <div className="hl-pay-grid">
          <section aria-label={t.accountSummary}>
            <h3 className="hl-pay-subtitle">{t.accountSummary}</h3>
            <dl className="hl-pay-facts">
              <dt>{t.consumer}</dt>
              <dd>{preview.consumer.name}</dd>
              <dt>{t.accountNumber}</dt>
              <dd>{preview.consumer.accountNumber}</dd>
              <dt>{t.currentBalance}</dt>
              <dd>{money(preview.consumer.balance)}</dd>
            </dl>
          </section>
          <section aria-label={t.paymentSummary}>
            <h3 className="hl-pay-subtitle">{t.paymentSummary}</h3>
            <dl className="hl-pay-facts">
              <dt>{t.paymentType}</dt>
              <dd>{t.typeNames[preview.summary.type]}</dd>
              <dt>{t.channel}</dt>
              <dd>{preview.summary.channel}</dd>
              <dt>{t.method}</dt>
              <dd>{preview.summary.method}</dd>
              <dt>{t.total}</dt>
              <dd>{money(preview.summary.amount)}</dd>
              <dt>{t.recordedBy}</dt>
              <dd>{preview.summary.recordedBy}</dd>
            </dl>
          </section>
        </div>
        <PreviewSummary preview={preview} currency={currency} money={money} />
        {refusal ? (
          <p role="alert" className="hl-pay-error">
            {refusal}
          </p>
        ) : null}
        <div className="hl-pay-actions">
          <button type="button" className="hl-button" onClick={() => setStage('form')} disabled={submitting}>
            {t.back}
          </button>
          <button
            type="button"
            className="hl-button"
            data-variant="primary"
            aria-disabled={submitting}
            onClick={() => void onConfirm()}
          >
            {submitting ? t.submitting : t.confirm}
          </button>
        </div>
      </section>
    );
  }

  const items = unpaid.value ?? [];
  return (
    <section className="hl-panel hl-record" aria-labelledby={fieldId('title')} ref={rootRef}>
      <h2 className="hl-panel-title" id={fieldId('title')} tabIndex={-1} data-stage-heading>
        {t.recordPayment}
      </h2>
      <form
        className="hl-pay-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onReview();
        }}
      >
        <fieldset className="hl-pay-step">
          <legend>{t.consumer}</legend>
          {consumer ? (
            <div className="hl-pay-account">
              <dl className="hl-pay-facts" aria-label={t.consumer}>
                <dt>{t.consumer}</dt>
                <dd>{consumer.name}</dd>
                <dt>{t.accountNumber}</dt>
                <dd>{consumer.accountNumber}</dd>
                <dt>{t.address}</dt>
                <dd>{consumer.serviceAddress ?? t.notAvailable}</dd>
                <dt>{t.phone}</dt>
                <dd>{consumer.phone ?? t.notAvailable}</dd>
                <dt>{t.email}</dt>
                <dd>{consumer.email ?? t.notAvailable}</dd>
                <dt>{t.currentBalance}</dt>
                <dd data-field="balance">{money(consumer.balance)}</dd>
              </dl>
              <button
                type="button"
                className="hl-button"
                onClick={() => {
                  setForm((f) => ({ ...f, consumer: null, items: [] }));
                  pendingFocus.current = fieldId('consumer');
                }}
              >
                {t.changeConsumer}
              </button>
            </div>
          ) : (
            <ConsumerSearch
              id={fieldId('consumer')}
              ledger={ledger}
              describedBy={describedBy('consumer')}
              invalid={errors.consumer !== undefined}
              onSelect={(c) => {
                setForm((f) => ({ ...f, consumer: c, items: [] }));
                setErrors((e) => ({ ...e, consumer: undefined }));
                idempotencyKey.current = null;
                // The search box goes away: the next step takes the focus.
                pendingFocus.current = fieldId('channel');
              }}
            />
          )}
          {fieldError('consumer')}
        </fieldset>

        <div className="hl-pay-row">
          <div className="hl-field">
            <label htmlFor={fieldId('channel')}>{t.channel}</label>
            <select id={fieldId('channel')} value={form.channel} onChange={(e) => set('channel', e.target.value)}>
              {options.channels.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="hl-field">
            <label htmlFor={fieldId('method')}>{t.method}</label>
            <select
              id={fieldId('method')}
              value={form.method}
              required
              aria-invalid={errors.method !== undefined}
              aria-describedby={describedBy('method')}
              onChange={(e) => set('method', e.target.value)}
            >
              <option value="">{t.chooseMethod}</option>
              {options.methods.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
            {fieldError('method')}
          </div>
        </div>

        <div className="hl-pay-step">
          <div role="tablist" aria-label={t.paymentType} className="hl-tabs">
            {TYPES.map((type, i) => (
              <button
                key={type}
                type="button"
                role="tab"
                id={fieldId(`tab-${type}`)}
                aria-selected={form.type === type}
                aria-controls={fieldId('items-panel')}
                tabIndex={form.type === type ? 0 : -1}
                className="hl-tab"
                onKeyDown={(e) => onTabKey(e, i)}
                onClick={() => {
                  setForm((f) => ({ ...f, type, items: [] }));
                  idempotencyKey.current = null;
                }}
              >
                {t.typeNames[type]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={fieldId('items-panel')} aria-labelledby={fieldId(`tab-${form.type}`)}>
            <fieldset
              className="hl-pay-items"
              id={fieldId('items')}
              tabIndex={-1}
              aria-describedby={describedBy('items')}
            >
              <legend>{t.unpaidOf[form.type]}</legend>
              {!consumer ? (
                <p className="hl-muted">{t.consumerSearchHint}</p>
              ) : unpaid.loading ? (
                <p className="hl-muted">{t.loading}</p>
              ) : items.length === 0 ? (
                <p className="hl-muted">{t.noUnpaid}</p>
              ) : (
                items.map((item) => (
                  <label key={item.id} className="hl-check">
                    <input
                      type="checkbox"
                      checked={form.items.includes(item.id)}
                      onChange={(e) =>
                        set(
                          'items',
                          e.target.checked ? [...form.items, item.id] : form.items.filter((x) => x !== item.id),
                        )
                      }
                    />
                    <span>{t.unpaidItem(item.id, item.description, item.dueDate, money(item.outstanding))}</span>
                  </label>
                ))
              )}
            </fieldset>
            {fieldError('items')}
          </div>
        </div>

        <div className="hl-pay-row">
          <div className="hl-field">
            <label htmlFor={fieldId('amount')}>{t.amount}</label>
            <input
              id={fieldId('amount')}
              inputMode="decimal"
              autoComplete="off"
              required
              value={form.amount}
              aria-invalid={errors.amount !== undefined}
              aria-describedby={describedBy('amount')}
              onChange={(e) => set('amount', e.target.value)}
            />
            {fieldError('amount')}
          </div>
          <div className="hl-field">
            <label htmlFor={fieldId('date')}>{t.paymentDate}</label>
            <input
              id={fieldId('date')}
              type="date"
              required
              max={today}
              value={form.date}
              aria-invalid={errors.date !== undefined}
              aria-describedby={describedBy('date')}
              onChange={(e) => set('date', e.target.value)}
            />
            {fieldError('date')}
          </div>
          {isCash ? (
            <>
              <div className="hl-field">
                <label htmlFor={fieldId('tendered')}>{t.amountReceived}</label>
                <input
                  id={fieldId('tendered')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={form.tendered}
                  aria-invalid={errors.tendered !== undefined}
                  aria-describedby={describedBy('tendered')}
                  onChange={(e) => set('tendered', e.target.value)}
                />
                {fieldError('tendered')}
              </div>
              <div className="hl-field">
                <label htmlFor={fieldId('changeGiven')}>{t.changeGiven}</label>
                <input
                  id={fieldId('changeGiven')}
                  inputMode="decimal"
                  autoComplete="off"
                  value={form.changeGiven}
                  aria-invalid={errors.changeGiven !== undefined}
                  aria-describedby={describedBy('changeGiven')}
                  onChange={(e) => set('changeGiven', e.target.value)}
                />
                {fieldError('changeGiven')}
              </div>
            </>
          ) : null}
        </div>

        <div className="hl-pay-step">
          {live.value && req ? (
            <PreviewSummary preview={live.value} currency={currency} money={money} />
          ) : live.error !== undefined && req ? (
            <p className="hl-muted">{errorMessage(live.error)}</p>
          ) : (
            <p className="hl-muted">{t.summaryIncomplete}</p>
          )}
        </div>

        <div className="hl-field">
          <label htmlFor={fieldId('notes')}>{t.notes}</label>
          <textarea
            id={fieldId('notes')}
            rows={2}
            maxLength={ledger.settings.notesMaxLength}
            value={form.notes}
            aria-invalid={errors.notes !== undefined}
            aria-describedby={describedBy('notes', `${fieldId('notes')}-count`)}
            onChange={(e) => set('notes', e.target.value)}
          />
          <p className="hl-muted hl-counter" id={`${fieldId('notes')}-count`}>
            {t.charactersUsed(
              formatValue(form.notes.length, 'integer', { locale }),
              formatValue(ledger.settings.notesMaxLength, 'integer', { locale }),
            )}
          </p>
          {fieldError('notes')}
        </div>

        {refusal ? (
          <p role="alert" className="hl-pay-error">
            {refusal}
          </p>
        ) : null}
        <div className="hl-pay-actions">
          <button type="submit" className="hl-button" data-variant="primary">
            {t.review}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The preview's figures: allocations, outstanding or extra, the credit note's amount, the balance after. */
function PreviewSummary({
  preview,
  currency,
  money,
}: {
  preview: PaymentPreview;
  currency: Currency;
  money: (v: string) => string;
}) {
  const { strings } = useHotleadsLocale();
  const t = strings.payments;
  return (
    <div className="hl-pay-summary" data-testid="payment-summary">
      <AllocationTable allocations={preview.allocations} currency={currency} caption={t.summary} />
      <dl className="hl-pay-facts">
        <dt>{t.outstanding}</dt>
        <dd data-field="outstanding">{money(preview.outstanding)}</dd>
        <dt>{t.extraAmount}</dt>
        <dd data-field="overpayment">{money(preview.overpayment)}</dd>
        <dt>{t.balanceAfter}</dt>
        <dd data-field="balanceAfter">{money(preview.balanceAfter)}</dd>
        {preview.cash ? (
          <>
            <dt>{t.amountReceived}</dt>
            <dd>{money(preview.cash.amountReceived)}</dd>
            <dt>{t.changeGiven}</dt>
            <dd data-field="changeGiven">{money(preview.cash.changeGiven)}</dd>
          </>
        ) : null}
      </dl>
      {preview.creditNote ? (
        <p className="hl-pay-note">{t.creditNoteWouldCreate(money(preview.creditNote.amount))}</p>
      ) : null}
    </div>
  );
}
