// Payments › Billing Manager: the payments dashboard over seed 002's sample account plus a
// generated book of 5,100 payments, and a payment's details. Play functions ask the ledger for
// the same KPIs, counts and payments and compare the screen with its answers.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { localDate, toEpochMs } from '@hotleads/core';
import { cashPayment, type SampleWorld } from '@hotleads/payments/testing';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { admin, createPaymentsWorld, jane, manager, SAMPLE_NOW } from '../fixtures/payments';
import { formatValue } from '../util/format';
import { PaymentDetails } from './PaymentDetails';
import { PaymentsDashboard } from './PaymentsDashboard';

type Loaded = { world: SampleWorld; paymentId: string };

/** The book, plus seed 002's cash payment and an overpayment on the sample account (a credit note). */
async function loadWorld(): Promise<Loaded> {
  const world = await createPaymentsWorld();
  await world.ledger.recordPayment(cashPayment);
  const { payment } = await world.ledger.recordPayment({
    ...cashPayment,
    items: ['INV-2025-001567'],
    amount: '160.00',
    tendered: '160.00',
    changeGiven: '0.00',
    notes: 'Left the change on account',
  });
  return { world, paymentId: payment.id };
}

/** The billing manager's landing page: the dashboard, with a payment's details beside it when one is opened. */
function BillingHost({ world, initial }: { world: SampleWorld; initial?: string }) {
  const [open, setOpen] = useState<string | undefined>(initial);
  return (
    <main className="hl-page">
      <header className="hl-page-header">
        <h1>Payments back office</h1>
      </header>
      <PaymentsDashboard
        ledger={world.ledger}
        actor={admin}
        now={SAMPLE_NOW}
        onViewPayment={setOpen}
        onViewReceipt={() => undefined}
        onCreateCreditNote={() => undefined}
        onCancelPayment={() => undefined}
        onExportCsv={() => undefined}
        tableHeight={420}
      />
      {open ? (
        <PaymentDetails ledger={world.ledger} actor={manager} paymentId={open} onClose={() => setOpen(undefined)} />
      ) : null}
    </main>
  );
}

const meta = {
  title: 'Payments/Billing Manager',
  parameters: { layout: 'fullscreen' },
  loaders: [loadWorld],
  render: (_args, { loaded }) => <BillingHost world={(loaded as Loaded).world} />,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const money = (world: SampleWorld, v: string) =>
  formatValue(v, 'currency', { currency: world.ledger.settings.currency });

/** The dashboard: the ledger's KPIs, every payment in a virtualized table, filters that ask the ledger again. */
export const Dashboard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const today = localDate(toEpochMs(SAMPLE_NOW), world.ledger.settings.timeZone);
    const kpis = await world.ledger.kpis({ month: today.slice(0, 7), today });
    const card = await canvas.findByRole('region', { name: /total collected/i });
    await expect(card).toHaveTextContent(money(world, kpis.totalCollected.amount));
    const all = await world.ledger.searchPayments({ limit: 1 });
    await expect(all.total).toBeGreaterThanOrEqual(5000);
    const table = canvas.getByRole('table', { name: /all payments/i });
    await expect(table).toHaveAttribute('aria-rowcount', String(all.total + 1));
    await waitFor(() => expect(table.querySelectorAll('[data-row-index]').length).toBeGreaterThan(0));
    await expect(table.querySelectorAll('[data-row-index]').length).toBeLessThan(100);
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent(all.items[0]!.receiptNumber));
    const user = userEvent.setup();
    await user.selectOptions(canvas.getByLabelText(/payment method/i), 'Cash');
    const cash = await world.ledger.searchPayments({ methods: ['Cash'], limit: 1 });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(cash.total + 1)));
    await expect(canvas.getByTestId('payments-found')).toHaveTextContent(money(world, cash.totalAmount));
  },
};

/** Search by consumer: the sample account's two payments, and the row menu opens the details. */
export const SearchAndOpenDetails: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const consumer = await world.ledger.getConsumer(cashPayment.accountNumber);
    await user.type(canvas.getByRole('searchbox', { name: /search/i }), consumer.name);
    const found = await world.ledger.searchPayments({ text: consumer.name, limit: 10 });
    const table = canvas.getByRole('table', { name: /all payments/i });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(found.total + 1)));
    const first = found.items[0]!;
    await user.click(await canvas.findByRole('button', { name: `Actions for ${first.receiptNumber}` }));
    await user.keyboard('{Enter}');
    const details = await canvas.findByRole('article', {
      name: new RegExp(`payment details ${first.receiptNumber}`, 'i'),
    });
    await expect(details.querySelector('[data-field="amount"]')).toHaveTextContent(money(world, first.amount));
  },
};

/** A payment's details: the overpayment's credit note, cash received and change, processing information. */
export const PaymentDetailsView: Story = {
  render: (_args, { loaded }) => {
    const { world, paymentId } = loaded as Loaded;
    return (
      <main className="hl-page">
        <PaymentDetails ledger={world.ledger} actor={jane} paymentId={paymentId} onViewCreditNote={() => undefined} />
      </main>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { world, paymentId } = loaded as Loaded;
    const canvas = within(canvasElement);
    const payment = await world.ledger.getPayment(paymentId);
    const details = await canvas.findByRole('article', { name: new RegExp(payment.receiptNumber) });
    const note = await world.ledger.getCreditNote(payment.creditNotes[0]!);
    await expect(details.querySelector('[data-field="creditNote"]')).toHaveTextContent(note.number);
    await expect(details.querySelector('[data-field="creditNote"]')).toHaveTextContent(money(world, note.amount));
    await expect(details.querySelector('[data-field="changeGiven"]')).toHaveTextContent(
      money(world, payment.changeGiven!),
    );
    await expect(details.querySelector('[data-field="processingTime"]')).toHaveTextContent(payment.processingTime);
    await expect(details.querySelector('[data-field="receivedBy"]')).toHaveTextContent(payment.recordedBy);
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
