// A refused write at Confirm: the flow shows the HotleadsError's own message, goes back to the
// form, and keeps everything typed, so the user fixes or retries without typing it again.
import { HotleadsError } from '@hotleads/core';
import { cashPayment, SAMPLE_NOW, sampleWorld, seedSample } from '@hotleads/payments/testing';
import type { Ledger } from '@hotleads/payments';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPaymentStrings as t } from '../theme/paymentStrings';
import { RecordPayment } from './RecordPayment';

/** The ledger, with its first `recordPayment` refused by `refusal`. */
function refusingOnce(ledger: Ledger, refusal: HotleadsError) {
  let calls = 0;
  const wrapped = new Proxy(ledger, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop === 'recordPayment')
        return async (...args: Parameters<Ledger['recordPayment']>) => {
          calls += 1;
          if (calls === 1) throw refusal;
          return target.recordPayment(...args);
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ledger: wrapped, calls: () => calls };
}

describe('RecordPayment', () => {
  it('shows a refused write at its field and keeps the form, then records on retry', async () => {
    const world = sampleWorld();
    await seedSample(world.ledger);
    const refusal = new HotleadsError('CONFLICT', 'The bill changed while you typed', { path: ['amount'] });
    const ledger = refusingOnce(world.ledger, refusal);
    const recorded: string[] = [];
    render(
      <RecordPayment
        ledger={ledger.ledger}
        actor={cashPayment.actor}
        now={SAMPLE_NOW}
        initialAccountNumber={cashPayment.accountNumber}
        onRecorded={(r) => recorded.push(r.receipt.receiptNumber)}
      />,
    );
    fireEvent.click(await screen.findByRole('checkbox', { name: new RegExp(cashPayment.items[0]!) }));
    fireEvent.change(screen.getByLabelText(t.method), { target: { value: cashPayment.method } });
    fireEvent.change(screen.getByLabelText(t.amount), { target: { value: cashPayment.amount } });
    fireEvent.change(await screen.findByLabelText(t.amountReceived), { target: { value: cashPayment.tendered } });
    fireEvent.change(screen.getByLabelText(t.changeGiven), { target: { value: cashPayment.changeGiven } });
    fireEvent.change(screen.getByLabelText(t.notes), { target: { value: cashPayment.notes } });
    fireEvent.click(screen.getByRole('button', { name: t.review }));
    fireEvent.click(await screen.findByRole('button', { name: t.confirm }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(t.refused(refusal.message)));
    expect(ledger.calls()).toBe(1);
    const amount = screen.getByLabelText(t.amount);
    expect(amount).toHaveValue(cashPayment.amount);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(refusal.message);
    expect(screen.getByLabelText(t.method)).toHaveValue(cashPayment.method);
    expect(screen.getByLabelText(t.amountReceived)).toHaveValue(cashPayment.tendered);
    expect(screen.getByLabelText(t.changeGiven)).toHaveValue(cashPayment.changeGiven);
    expect(screen.getByLabelText(t.notes)).toHaveValue(cashPayment.notes);
    expect(screen.getByRole('checkbox', { name: new RegExp(cashPayment.items[0]!) })).toBeChecked();
    expect((await world.ledger.searchPayments({ accountNumber: cashPayment.accountNumber })).total).toBe(0);

    // Retry: the same form records once.
    fireEvent.click(screen.getByRole('button', { name: t.review }));
    fireEvent.click(await screen.findByRole('button', { name: t.confirm }));
    await waitFor(() => expect(recorded).toHaveLength(1));
    const found = await world.ledger.searchPayments({ accountNumber: cashPayment.accountNumber });
    expect(found.items.map((p) => p.receiptNumber)).toEqual(recorded);
  });

  it('checks each mandatory field at the field: consumer, method, amount and date', async () => {
    const world = sampleWorld();
    await seedSample(world.ledger);
    render(<RecordPayment ledger={world.ledger} actor={cashPayment.actor} now={SAMPLE_NOW} />);
    fireEvent.change(screen.getByLabelText(t.paymentDate), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: t.review }));
    for (const field of [
      screen.getByRole('combobox', { name: /search consumer/i }),
      screen.getByLabelText(t.method),
      screen.getByLabelText(t.amount),
      screen.getByLabelText(t.paymentDate),
    ]) {
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(expect.stringContaining(t.required));
    }
    // The first one takes the focus, and nothing was asked of the ledger's writes.
    await waitFor(() => expect(screen.getByRole('combobox', { name: /search consumer/i })).toHaveFocus());
    expect((await world.ledger.searchPayments({})).total).toBe(0);
  });
});
