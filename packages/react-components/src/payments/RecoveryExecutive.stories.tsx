// Payments › Recovery Executive: one consumer's installment plans (with the missed-installment
// alerts) and payment history, on the sample data of docs/payments.md plus the generated book of 5,100
// payments. The account also has a credit note applied to a bill and a cancelled payment, so the
// timeline shows every kind of event. Play functions ask the ledger (and consumerTimeline) for
// the same figures and compare the screen with its answers.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { consumerTimeline, formatPaymentAmount } from '@hotleads/payments';
import type { SampleWorld } from '@hotleads/payments/testing';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { admin, createPaymentsWorld, jane, manager, SAMPLE_NOW } from '../fixtures/payments';
import { ConsumerPayments } from './ConsumerPayments';
import { CreditNoteDetails } from './CreditNoteDetails';
import { InstallmentPlans } from './InstallmentPlans';
import { PaymentDetails } from './PaymentDetails';

/** A generated account with a plan whose first installment is missed as of the sample data.s "now". */
const ACCOUNT = 'WU-20001';

type Loaded = { world: SampleWorld };

async function loadWorld(): Promise<Loaded> {
  const world = await createPaymentsWorld();
  const { ledger } = world;
  const payments = await ledger.searchPayments({ accountNumber: ACCOUNT, sort: { key: 'date', direction: 'asc' } });
  // A billing adjustment on the oldest payment, applied to the reconnection fee, and a mistaken payment cancelled.
  const note = await ledger.createCreditNote({
    paymentId: payments.items[0]!.id,
    amount: '12.50',
    reason: 'Billing Adjustment',
    actor: manager,
  });
  await ledger.applyCreditNote({
    creditNoteNumber: note.number,
    item: { type: 'service', id: `SC-${ACCOUNT.slice(3)}` },
    amount: '7.50',
    actor: manager,
  });
  const { payment } = await ledger.recordPayment({
    accountNumber: ACCOUNT,
    type: 'installment',
    items: [`PP-${ACCOUNT.slice(3)}#1`],
    amount: '10.00',
    method: 'Check',
    actor: jane,
  });
  await ledger.cancelPayment({ paymentId: payment.id, reason: 'Check returned', actor: admin });
  return { world };
}

/** The Recovery Executive's page: the plans beside the history, a payment or credit note opened below. */
function RecoveryHost({ world }: { world: SampleWorld }) {
  const [open, setOpen] = useState<{ payment?: string; note?: string }>({});
  return (
    <main className="hl-page">
      <header className="hl-page-header">
        <h1>Recovery: {ACCOUNT}</h1>
      </header>
      <div className="hl-pay-grid">
        <InstallmentPlans ledger={world.ledger} accountNumber={ACCOUNT} now={SAMPLE_NOW} />
        <ConsumerPayments
          ledger={world.ledger}
          accountNumber={ACCOUNT}
          onViewPayment={(payment) => setOpen({ payment })}
          onViewCreditNote={(note) => setOpen({ note })}
        />
      </div>
      {open.payment ? (
        <PaymentDetails ledger={world.ledger} actor={jane} paymentId={open.payment} onClose={() => setOpen({})} />
      ) : null}
      {open.note ? (
        <CreditNoteDetails
          ledger={world.ledger}
          creditNoteNumber={open.note}
          onViewPayment={(payment) => setOpen({ payment })}
          onClose={() => setOpen({})}
        />
      ) : null}
    </main>
  );
}

const meta = {
  title: 'Payments/Recovery Executive',
  parameters: { layout: 'fullscreen' },
  loaders: [loadWorld],
  render: (_args, { loaded }) => <RecoveryHost world={(loaded as Loaded).world} />,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const money = (world: SampleWorld, v: string) => formatPaymentAmount(v, { currency: world.ledger.settings.currency });

/** The plans: the plan's status, each installment's status and the missed-installment alert are the ledger's. */
export const PlansAndAlerts: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const [plan] = await world.ledger.consumerPlans(ACCOUNT);
    const table = await canvas.findByRole('table', { name: new RegExp(plan!.planId) });
    // The plan as a whole: its status and missed count are the ledger's.
    const group = canvas.getByRole('group', { name: new RegExp(plan!.planId) });
    await expect(group.querySelector('[data-field="plan-status"] [data-status]')).toHaveAttribute(
      'data-status',
      plan!.status,
    );
    await expect(group.querySelector('[data-field="missed"]')).toHaveTextContent(String(plan!.missed));
    for (const i of plan!.installments) {
      const row = table.querySelector(`[data-installment="${i.id}"]`)!;
      await expect(row.querySelector('[data-status]')).toHaveAttribute('data-status', i.status);
      await expect(row).toHaveTextContent(money(world, i.outstanding));
    }
    const alerts = (await world.ledger.planAlerts(SAMPLE_NOW)).filter((a) => a.accountNumber === ACCOUNT);
    await expect(alerts.length).toBeGreaterThan(0);
    const list = canvas.getByTestId('missed-alerts');
    await expect(list.querySelectorAll('li')).toHaveLength(alerts.length);
    await expect(list).toHaveTextContent(money(world, alerts[0]!.installment.outstanding));
  },
};

/** The history: every payment, credit note, application and cancellation, newest first, and the balance. */
export const PaymentHistory: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const { ledger } = world;
    const consumer = await ledger.getConsumer(ACCOUNT);
    const events = consumerTimeline({
      payments: (await ledger.searchPayments({ accountNumber: ACCOUNT, limit: 10_000 })).items,
      creditNotes: (await ledger.searchCreditNotes({ accountNumber: ACCOUNT, limit: 10_000 })).items,
    });
    const timeline = await canvas.findByRole('list', { name: /payment history/i });
    const items = timeline.querySelectorAll('li');
    await expect(items).toHaveLength(events.length);
    await expect(items[0]).toHaveAttribute('data-kind', events[0]!.kind);
    await expect(items[0]!.querySelector('[data-field="amount"]')).toHaveTextContent(money(world, events[0]!.amount));
    const kinds = new Set(events.map((e) => e.kind));
    await expect([...kinds].sort()).toEqual(['application', 'cancellation', 'creditNote', 'payment']);
    const section = timeline.closest('section')!;
    await expect(section.querySelector('[data-field="balance"]')).toHaveTextContent(money(world, consumer.balance));
    // The credit note opens its details.
    const note = events.find((e) => e.kind === 'creditNote')!;
    within(timeline).getAllByRole('button', { name: note.reference })[0]!.click();
    const details = await canvas.findByRole('article', { name: new RegExp(note.reference) });
    const full = await ledger.getCreditNote(note.reference);
    await waitFor(() =>
      expect(details.querySelector('[data-field="remaining"]')).toHaveTextContent(money(world, full.remaining)),
    );
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
