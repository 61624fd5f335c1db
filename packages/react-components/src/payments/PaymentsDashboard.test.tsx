// The payments table's row menu shows "Cancel payment" only to an actor the ledger lets reverse
// a payment (`ledger.can(actor, 'reverse')`); the component never looks at a role itself.
import { admin, cashPayment, jane, manager, SAMPLE_NOW, sampleWorld, seedSample } from '@hotleads/payments/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPaymentStrings as t } from '../theme/paymentStrings';
import { PaymentsDashboard } from './PaymentsDashboard';

describe('PaymentsDashboard', () => {
  it('offers Cancel payment exactly to the actors who may reverse a payment', async () => {
    const world = sampleWorld();
    await seedSample(world.ledger);
    const { payment } = await world.ledger.recordPayment(cashPayment);
    const verdicts = [jane, manager, admin].map((actor) => world.ledger.can(actor, 'reverse'));
    // The sample's roles include both answers, so the test checks both branches.
    expect(new Set(verdicts)).toEqual(new Set([true, false]));
    for (const actor of [jane, manager, admin]) {
      const view = render(
        <PaymentsDashboard
          ledger={world.ledger}
          actor={actor}
          now={SAMPLE_NOW}
          onViewPayment={() => undefined}
          onCancelPayment={() => undefined}
        />,
      );
      fireEvent.click(await screen.findByRole('button', { name: t.actionsFor(payment.receiptNumber) }));
      const items = within(screen.getByRole('menu'))
        .getAllByRole('menuitem')
        .map((m) => m.textContent);
      expect(items.includes(t.cancelPayment)).toBe(world.ledger.can(actor, 'reverse'));
      expect(items).toContain(t.viewDetails);
      view.unmount();
    }
  });
});
