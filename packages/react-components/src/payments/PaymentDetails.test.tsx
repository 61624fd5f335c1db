// PaymentDetails' processing information for a pending online payment: "System" received it,
// Verify shows only to an actor the ledger lets verify, and a double click verifies once.
import { jane, manager, sampleWorld, seedSample } from '@hotleads/payments/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPaymentStrings } from '../theme/paymentStrings';
import { PaymentDetails } from './PaymentDetails';
import { heldReads } from '../../test/heldReads';

/** The sample account with one pending online payment (a Stripe "succeeded" event). */
async function pendingOnline() {
  const world = sampleWorld();
  await seedSample(world.ledger);
  const pending = await world.ledger.ingestGatewayEvent({
    provider: 'stripe',
    eventId: 'evt_1',
    gatewayPaymentId: 'pi_1',
    status: 'succeeded',
    accountNumber: 'WU-10001',
    type: 'bill',
    items: ['INV-2025-001234'],
    amount: '145.50',
    occurredAt: '2025-04-18T02:30:00Z',
  });
  return { world, pending };
}

const field = (name: string) => document.querySelector(`[data-field="${name}"]`);

describe('PaymentDetails', () => {
  it('shows who received a pending online payment, and Verify only to an actor who may verify', async () => {
    const { world, pending } = await pendingOnline();
    for (const actor of [jane, manager]) {
      const view = render(<PaymentDetails ledger={world.ledger} actor={actor} paymentId={pending.id} />);
      await screen.findByRole('article', { name: new RegExp(pending.receiptNumber) });
      expect(field('receivedBy')).toHaveTextContent(pending.recordedBy);
      expect(field('processingTime')).toHaveTextContent(pending.processingTime);
      expect(field('verification')).toHaveTextContent(pending.verification);
      expect(screen.queryByRole('button', { name: /^verify$/i }) !== null).toBe(world.ledger.can(actor, 'verify'));
      view.unmount();
    }
  });

  it('verifies once when a second click comes before the payment is read again', async () => {
    const { world, pending } = await pendingOnline();
    const slow = heldReads(world.ledger, 'verifyPayment', 'getPayment');
    const verified: string[] = [];
    render(
      <PaymentDetails
        ledger={slow.ledger}
        actor={manager}
        paymentId={pending.id}
        onVerified={(p) => verified.push(p.id)}
      />,
    );
    const verify = await screen.findByRole('button', { name: /^verify$/i });
    fireEvent.click(verify);
    await waitFor(() => expect(verified).toEqual([pending.id]));
    // The reload is held back: the button still shows, and a second click does nothing.
    fireEvent.click(verify);
    await Promise.resolve();
    expect(slow.writes()).toBe(1);
    slow.release();
    const after = await world.ledger.getPayment(pending.id);
    await waitFor(() => expect(field('verification')).toHaveTextContent(after.verification));
    expect(field('processingTime')).toHaveTextContent(after.processingTime);
    expect(screen.queryByRole('button', { name: /^verify$/i })).toBeNull();
    expect(slow.writes()).toBe(1);
    expect(verified).toEqual([pending.id]);
    const sentence = defaultPaymentStrings.paymentVerified(after.receiptNumber, after.status, after.verification);
    expect(screen.getByText(sentence)).toBeInTheDocument();
  });
});
