// A double click on "Apply credit note" writes once: the form stays locked from the first write
// until the note and its items have been read again, so the second click cannot resubmit the
// preview of a note the first click has already used up.
import { cashPayment, manager, sampleWorld, seedSample } from '@hotleads/payments/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApplyCreditNote } from './ApplyCreditNote';
import { heldReads } from '../../test/heldReads';

describe('ApplyCreditNote', () => {
  it('writes once when a second submit comes before the note is read again', async () => {
    const world = sampleWorld();
    await seedSample(world.ledger);
    const { payment } = await world.ledger.recordPayment({
      ...cashPayment,
      items: ['INV-2025-001567'],
      amount: '160.00',
      tendered: '160.00',
      changeGiven: '0.00',
    });
    const noteNumber = payment.creditNotes[0]!;
    const slow = heldReads(world.ledger, 'applyCreditNote', 'getCreditNote');
    render(
      <ApplyCreditNote ledger={slow.ledger} actor={manager} creditNoteNumber={noteNumber} onCancel={() => undefined} />,
    );
    const apply = await screen.findByRole('button', { name: /apply credit note/i });
    await waitFor(() => expect(apply).toBeEnabled());
    fireEvent.submit(apply.closest('form')!);
    const note = await world.ledger.getCreditNote(noteNumber);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(note.number));
    expect(slow.writes()).toBe(1);
    const good = screen.getByRole('status').textContent;
    // The reload is held back: the form still shows the old note, and a second submit does nothing.
    fireEvent.submit(screen.getByRole('button', { name: /recording|apply credit note/i }).closest('form')!);
    expect(slow.writes()).toBe(1);
    slow.release();
    await waitFor(() => expect(screen.getByTestId('apply-summary')).toBeInTheDocument());
    expect(slow.writes()).toBe(1);
    expect(screen.getByRole('status').textContent).toBe(good);
    const after = await world.ledger.getCreditNote(noteNumber);
    expect(after.applications).toHaveLength(1);
  });
});
