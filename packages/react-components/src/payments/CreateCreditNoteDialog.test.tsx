// A double click on "Create" writes one credit note and calls onCreated once: the form stays
// locked from the first write until the payment has been read again, so the second click can
// neither replay the write (the same idempotency key) nor submit the stale preview.
import { cashPayment, manager, sampleWorld, seedSample } from '@hotleads/payments/testing';
import type { CreditNote } from '@hotleads/payments';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateCreditNoteDialog } from './CreateCreditNoteDialog';
import { heldReads } from '../../test/heldReads';

describe('CreateCreditNoteDialog', () => {
  it('creates once and calls onCreated once when a second click comes before the payment is read again', async () => {
    const world = sampleWorld();
    await seedSample(world.ledger);
    const { payment } = await world.ledger.recordPayment(cashPayment);
    const reason = world.ledger.paymentOptions().creditNoteReasons[0]!;
    const slow = heldReads(world.ledger, 'createCreditNote', 'getPayment');
    const created: CreditNote[] = [];
    render(
      <CreateCreditNoteDialog
        ledger={slow.ledger}
        actor={manager}
        paymentId={payment.id}
        onCreated={(note) => created.push(note)}
        onCancel={() => undefined}
      />,
    );
    fireEvent.change(await screen.findByLabelText(/reason/i), { target: { value: reason } });
    const create = screen.getByRole('button', { name: /^create credit note$/i });
    await waitFor(() => expect(create).toBeEnabled());
    const form = create.closest('form')!;
    fireEvent.submit(form);
    await waitFor(() => expect(created).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent(created[0]!.number);
    // The reload is held back: the form still shows the old payment, and a second submit does nothing.
    fireEvent.submit(form);
    await Promise.resolve();
    expect(slow.writes()).toBe(1);
    slow.release();
    const reloaded = await world.ledger.getPayment(payment.id);
    // The fresh payment: the amount defaults to what is left to credit, the reason is cleared.
    await waitFor(() => expect(screen.getByLabelText(/credit amount/i)).toHaveValue(reloaded.creditable));
    expect(screen.getByLabelText(/reason/i)).toHaveValue('');
    await waitFor(() => expect(screen.getByRole('button', { name: /^create credit note$/i })).toBeDisabled());
    expect(slow.writes()).toBe(1);
    expect(created).toHaveLength(1);
    const notes = await world.ledger.searchCreditNotes({ accountNumber: payment.accountNumber });
    expect(notes.items.map((n) => n.number)).toEqual([created[0]!.number]);
  });
});
