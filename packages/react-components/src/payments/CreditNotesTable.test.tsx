// The credit-notes table's row menu offers "Apply" only to an actor the ledger lets apply a credit
// note (`ledger.can(actor, 'credit')`); the component never looks at a role itself.
import { admin, cashPayment, jane, manager, sampleWorld, seedSample } from '@hotleads/payments/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPaymentStrings as t } from '../theme/paymentStrings';
import { CreditNotesTable } from './CreditNotesTable';

describe('CreditNotesTable', () => {
  it('offers Apply on an applicable note exactly to the actors who may credit', async () => {
    const world = sampleWorld();
    await seedSample(world.ledger);
    const { payment } = await world.ledger.recordPayment(cashPayment);
    const note = await world.ledger.createCreditNote({
      paymentId: payment.id,
      amount: '5.00',
      reason: 'Other',
      actor: admin,
    });
    const actors = [jane, manager, admin];
    // The sample's roles include both answers, so the test checks both branches.
    expect(new Set(actors.map((a) => world.ledger.can(a, 'credit')))).toEqual(new Set([true, false]));
    for (const actor of actors) {
      const view = render(
        <CreditNotesTable
          ledger={world.ledger}
          actor={actor}
          onViewCreditNote={() => undefined}
          onApplyCreditNote={() => undefined}
        />,
      );
      fireEvent.click(await screen.findByRole('button', { name: t.actionsFor(note.number) }));
      const items = within(screen.getByRole('menu'))
        .getAllByRole('menuitem')
        .map((m) => m.textContent);
      expect(items.includes(t.apply)).toBe(world.ledger.can(actor, 'credit'));
      expect(items).toContain(t.viewDetails);
      view.unmount();
    }
  });
});
