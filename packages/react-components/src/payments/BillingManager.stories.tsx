// Payments › Billing Manager: the payments dashboard over the sample account (docs/payments.md, "The sample data") plus a
// generated book of 5,100 payments, and a payment's details. Play functions ask the ledger for
// the same KPIs, counts and payments and compare the screen with its answers.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { localDate, toEpochMs } from '@hotleads/core';
import {
  createPaymentFormatter,
  formatPaymentAmount,
  isCreditNoteApplicable,
  previewCreditNoteApplication,
  viewAuditTrail,
  type RemainingClass,
} from '@hotleads/payments';
import { cashPayment, type SampleWorld } from '@hotleads/payments/testing';
import { useState } from 'react';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { defaultPaymentStrings } from '../theme/paymentStrings';
import { admin, createPaymentsWorld, jane, manager, SAMPLE_NOW } from '../fixtures/payments';
import { downloadCreditNotePdf } from '../fixtures/pdfDownloads';
import { ApplyCreditNote } from './ApplyCreditNote';
import { AuditTrail } from './AuditTrail';
import { CreateCreditNoteDialog } from './CreateCreditNoteDialog';
import { CreditNoteDetails } from './CreditNoteDetails';
import { CreditNotesTable } from './CreditNotesTable';
import { PaymentDetails } from './PaymentDetails';
import { PaymentsDashboard } from './PaymentsDashboard';

type Loaded = {
  world: SampleWorld;
  paymentId: string;
  cashId: string;
  noteNumber: string;
  /** What the host received: each CSV export, each credit-notes row-menu pick. */
  host: { csv: string[]; picks: Array<[action: string, number: string]> };
};

/** The book, plus the sample cash payment (docs/payments.md) and an overpayment on the sample account (a credit note). */
async function loadWorld(): Promise<Loaded> {
  const world = await createPaymentsWorld();
  const cash = await world.ledger.recordPayment(cashPayment);
  const { payment } = await world.ledger.recordPayment({
    ...cashPayment,
    items: ['INV-2025-001567'],
    amount: '160.00',
    tendered: '160.00',
    changeGiven: '0.00',
    notes: 'Left the change on account',
  });
  // A billing adjustment on a generated payment, so the credit-notes table has more than one reason.
  const some = await world.ledger.searchPayments({ accountNumber: 'WU-20001', limit: 1 });
  await world.ledger.createCreditNote({
    paymentId: some.items[0]!.id,
    amount: '5.00',
    reason: 'Billing Adjustment',
    actor: manager,
  });
  return {
    world,
    paymentId: payment.id,
    cashId: cash.payment.id,
    noteNumber: payment.creditNotes[0]!,
    host: { csv: [], picks: [] },
  };
}

/** The billing manager's landing page: the dashboard, with a payment's details beside it when one is opened. */
function BillingHost({ world, host }: Pick<Loaded, 'world' | 'host'>) {
  const [open, setOpen] = useState<string | undefined>();
  const pick = (action: string) => (number: string) => host.picks.push([action, number]);
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
        onExportCsv={(csv) => host.csv.push(csv)}
        tableHeight={420}
        creditNotes={
          <CreditNotesTable
            actor={admin}
            ledger={world.ledger}
            onViewCreditNote={pick('view')}
            onPrintCreditNote={pick('print')}
            onOpenCreditNote={pick('open')}
            onDownloadCreditNote={pick('download')}
            onApplyCreditNote={pick('apply')}
            onExportCsv={(csv) => host.csv.push(csv)}
            tableHeight={320}
          />
        }
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
  render: (_args, { loaded }) => <BillingHost {...(loaded as Loaded)} />,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const money = (world: SampleWorld, v: string) => formatPaymentAmount(v, { currency: world.ledger.settings.currency });

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
    // Sorting is the ledger's: the smallest cash payment first.
    await user.click(within(table).getByRole('button', { name: /^amount/i }));
    const smallest = await world.ledger.searchPayments({
      methods: ['Cash'],
      sort: { key: 'amount', direction: 'asc' },
      limit: 1,
    });
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[1]).toHaveTextContent(smallest.items[0]!.receiptNumber),
    );
    await expect(within(table).getByRole('columnheader', { name: /^amount/i })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // The export is the ledger's CSV of every filtered row, in the table's order.
    const { host } = loaded as Loaded;
    await user.click(canvas.getByRole('button', { name: /export all payments as csv/i }));
    const csv = await world.ledger.exportCsv({
      payments: { methods: ['Cash'], sort: { key: 'amount', direction: 'asc' } },
    });
    await waitFor(() => expect(host.csv).toEqual([csv]));
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

/**
 * The Credit notes tab: the ledger's credit notes, filtered by two reasons and then by one
 * consumer picked in the autocomplete by keyboard, each count checked against the ledger.
 */
export const CreditNotesTab: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    await user.click(await canvas.findByRole('tab', { name: /credit notes/i }));
    const all = await world.ledger.searchCreditNotes({ limit: 1 });
    const table = await canvas.findByRole('table', { name: /credit notes/i });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(all.total + 1)));
    const panel = within(table.closest<HTMLElement>('[role="tabpanel"]')!);
    await user.click(panel.getByRole('checkbox', { name: 'Overpayment' }));
    const over = await world.ledger.searchCreditNotes({ reasons: ['Overpayment'], limit: 1 });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(over.total + 1)));
    await expect(canvas.getByTestId('credit-notes-found')).toHaveTextContent(money(world, over.totalRemaining));
    await user.click(panel.getByRole('checkbox', { name: 'Billing Adjustment' }));
    const reasons = ['Overpayment', 'Billing Adjustment'] as const;
    const two = await world.ledger.searchCreditNotes({ reasons: [...reasons], limit: 1 });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(two.total + 1)));
    const picked = two.items[0]!;
    await user.type(panel.getByRole('combobox', { name: /^consumer$/i }), picked.accountNumber);
    const list = within(panel.getByRole('listbox', { name: /^consumer$/i }));
    await waitFor(() => expect(list.getAllByRole('option')[0]).toHaveTextContent(picked.accountNumber));
    await user.keyboard('{Enter}');
    const mine = await world.ledger.searchCreditNotes({
      reasons: [...reasons],
      accountNumber: picked.accountNumber,
      limit: 1,
    });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(mine.total + 1)));
    await user.click(panel.getByRole('button', { name: /clear the consumer filter/i }));
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(two.total + 1)));
    // The row menu: every action of the seed's list, each handing the host the row's number.
    const { host } = loaded as Loaded;
    const top = two.items[0]!;
    await user.click(await panel.findByRole('button', { name: `Actions for ${top.number}` }));
    const menu = within(await panel.findByRole('menu'));
    await expect(menu.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'View details',
      'Print credit note',
      'View credit note',
      'Download',
      ...(isCreditNoteApplicable(top) ? ['Apply'] : []),
    ]);
    await user.click(menu.getByRole('menuitem', { name: 'Download' }));
    await expect(host.picks).toEqual([['download', top.number]]);
  },
};

/**
 * The Credit notes tab's other filters, one after another: status, remaining, linked payment, an
 * amount range and the created-date preset, each count and total remaining checked against
 * `searchCreditNotes` with the same query.
 */
export const CreditNoteFilters: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const t = defaultPaymentStrings;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    await user.click(await canvas.findByRole('tab', { name: /credit notes/i }));
    const table = await canvas.findByRole('table', { name: /credit notes/i });
    const panel = within(table.closest<HTMLElement>('[role="tabpanel"]')!);
    const shows = async (query: Parameters<typeof world.ledger.searchCreditNotes>[0]) => {
      const found = await world.ledger.searchCreditNotes({ ...query, limit: 1 });
      await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(found.total + 1)));
      await expect(canvas.getByTestId('credit-notes-found')).toHaveTextContent(money(world, found.totalRemaining));
      return found;
    };
    // The first remaining class with active notes in the book gives every value below, so no filter comes up empty.
    let remaining: RemainingClass = 'partial';
    let all = await world.ledger.searchCreditNotes({ statuses: ['Active'], remaining, limit: 1 });
    for (const r of ['full', 'fullyUsed'] as const)
      if (all.total === 0)
        all = await world.ledger.searchCreditNotes({ statuses: ['Active'], remaining: (remaining = r), limit: 1 });
    await expect(all.total).toBeGreaterThan(0);
    const note = all.items[0]!;
    await user.selectOptions(panel.getByLabelText(t.status), 'Active');
    await shows({ statuses: ['Active'] });
    await user.selectOptions(panel.getByLabelText(t.remaining), t.remainingNames[remaining]);
    await shows({ statuses: ['Active'], remaining });
    await user.type(panel.getByLabelText(t.linkedPayment), note.linkedReceipt);
    await shows({ statuses: ['Active'], remaining, linkedReceipt: note.linkedReceipt });
    await user.clear(panel.getByLabelText(t.linkedPayment));
    await user.type(panel.getByLabelText(t.minAmount), note.amount);
    await user.type(panel.getByLabelText(t.maxAmount), note.amount);
    const range = { statuses: ['Active' as const], remaining, minAmount: note.amount, maxAmount: note.amount };
    const inRange = await shows(range);
    await expect(inRange.items.map((n) => n.amount)).toContain(note.amount);
    await user.selectOptions(panel.getByLabelText(t.created), t.datePresets.thisMonth);
    await shows({ ...range, dateRange: { preset: 'thisMonth' } });
  },
};

/**
 * A custom date range whose From is after its To, on both tabs: the ledger's verdict
 * (`checkPaymentQuery`, `checkCreditNoteQuery`) shows at the From field, and nothing is searched
 * until the range is fixed.
 */
export const DateRangeRefused: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const range = { from: '2025-04-30', to: '2025-04-01' };
    const payments = within(canvas.getByRole('tabpanel', { name: /all payments/i }));
    await user.selectOptions(payments.getByLabelText(/^date$/i), 'custom');
    await fireEvent.change(payments.getByLabelText(/^from$/i), { target: { value: range.from } });
    await fireEvent.change(payments.getByLabelText(/^to$/i), { target: { value: range.to } });
    const [problem] = world.ledger.checkPaymentQuery({ dateRange: range });
    await expect(problem?.path).toEqual(['dateRange', 'from']);
    const from = payments.getByLabelText(/^from$/i);
    await waitFor(() => expect(from).toHaveAttribute('aria-invalid', 'true'));
    await expect(from).toHaveAccessibleDescription(problem!.message);
    await expect(payments.getByLabelText(/^to$/i)).not.toHaveAttribute('aria-invalid');
    await expect(payments.queryByRole('table')).toBeNull();
    await expect(payments.getByRole('button', { name: /export/i })).toBeDisabled();
    // Fixed: the marks go and the ledger searches the range.
    await fireEvent.change(payments.getByLabelText(/^to$/i), { target: { value: '2025-05-31' } });
    const fixed = await world.ledger.searchPayments({ dateRange: { from: range.from, to: '2025-05-31' }, limit: 1 });
    const table = await payments.findByRole('table', { name: /all payments/i });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(fixed.total + 1)));
    await expect(from).not.toHaveAttribute('aria-invalid');

    await user.click(canvas.getByRole('tab', { name: /credit notes/i }));
    const notes = within(canvas.getByRole('tabpanel', { name: /credit notes/i }));
    await user.selectOptions(notes.getByLabelText(/^created$/i), 'custom');
    await fireEvent.change(notes.getByLabelText(/^from$/i), { target: { value: range.from } });
    await fireEvent.change(notes.getByLabelText(/^to$/i), { target: { value: range.to } });
    const [cnProblem] = world.ledger.checkCreditNoteQuery({ dateRange: range });
    const cnFrom = notes.getByLabelText(/^from$/i);
    await waitFor(() => expect(cnFrom).toHaveAttribute('aria-invalid', 'true'));
    await expect(cnFrom).toHaveAccessibleDescription(cnProblem!.message);
    await expect(notes.queryByRole('table')).toBeNull();
  },
};

/** Create a credit note on the sample cash payment (docs/payments.md): the maximum and the summary are the ledger's preview. */
export const CreateCreditNote: Story = {
  render: (_args, { loaded }) => {
    const { world, cashId } = loaded as Loaded;
    return (
      <main className="hl-page">
        <CreateCreditNoteDialog ledger={world.ledger} actor={manager} paymentId={cashId} onCancel={() => undefined} />
      </main>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { world, cashId } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const initial = await world.ledger.previewCreditNote({ paymentId: cashId, actor: manager });
    await expect(await canvas.findByText(`Maximum: ${money(world, initial.creditable)}`)).toBeInTheDocument();
    const create = canvas.getByRole('button', { name: /create credit note/i });
    await expect(create).toBeDisabled();
    const amount = canvas.getByLabelText(/credit amount/i);
    await user.clear(amount);
    await user.type(amount, '20.00');
    await user.selectOptions(canvas.getByLabelText(/^reason$/i), 'Billing Error');
    const preview = await world.ledger.previewCreditNote({
      paymentId: cashId,
      amount: '20.00',
      reason: 'Billing Error',
      actor: manager,
    });
    const summary = await canvas.findByTestId('credit-note-summary');
    await waitFor(() =>
      expect(summary.querySelector('[data-field="remainingAfter"]')).toHaveTextContent(
        money(world, preview.remainingAfter),
      ),
    );
    await waitFor(() => expect(create).toBeEnabled());
    await user.dblClick(create);
    const notes = await world.ledger.searchCreditNotes({ reasons: ['Billing Error'], limit: 5 });
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(notes.items[0]?.number ?? '—'));
    await expect(notes.total).toBe(1);
  },
};

/**
 * A credit note's details: amounts, usage, dates and the linked payment, as the ledger returned
 * them. Its Download PDF makes the real `creditNotePdf`, which the browser check downloads
 * (checks/pdfDownload.ts).
 */
export const CreditNoteDetailsView: Story = {
  render: (_args, { loaded }) => {
    const { world, noteNumber } = loaded as Loaded;
    return (
      <main className="hl-page">
        <CreditNoteDetails
          ledger={world.ledger}
          actor={manager}
          creditNoteNumber={noteNumber}
          onViewPayment={() => undefined}
          onDownloadPdf={downloadCreditNotePdf(world.ledger.settings)}
          onApply={() => undefined}
          onClose={() => undefined}
        />
      </main>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { world, noteNumber } = loaded as Loaded;
    const canvas = within(canvasElement);
    const note = await world.ledger.getCreditNote(noteNumber);
    const f = createPaymentFormatter(world.ledger.settings);
    const details = await canvas.findByRole('article', { name: new RegExp(note.number) });
    const field = (name: string) => details.querySelector(`[data-field="${name}"]`);
    await expect(field('amount')).toHaveTextContent(money(world, note.amount));
    await expect(field('remaining')).toHaveTextContent(money(world, note.remaining));
    await expect(field('usagePercent')).toHaveTextContent(defaultPaymentStrings.usagePercent(note.usagePercent));
    await expect(field('expires')).toHaveTextContent(f.date(note.expiresAt));
    await expect(field('linkedPayment')).toHaveTextContent(note.linkedReceipt);
    await expect(within(details).getByText(note.status)).toBeInTheDocument();
    await expect(within(details).getByRole('button', { name: /download pdf/i })).toBeInTheDocument();
    await expect(within(details).getByRole('button', { name: /^apply$/i })).toBeInTheDocument();
  },
};

/** Apply the overpayment's credit note to an unpaid item: the summary is previewCreditNoteApplication's, the result the ledger's. */
export const ApplyCreditNoteFlow: Story = {
  render: (_args, { loaded }) => {
    const { world, noteNumber } = loaded as Loaded;
    return (
      <main className="hl-page">
        <ApplyCreditNote
          ledger={world.ledger}
          actor={manager}
          creditNoteNumber={noteNumber}
          onCancel={() => undefined}
        />
      </main>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { world, noteNumber } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const note = await world.ledger.getCreditNote(noteNumber);
    // The dialog offers the unpaid bills, then services, then installments, and starts on the first.
    const lists = await Promise.all(
      (['bill', 'service', 'installment'] as const).map((type) => world.ledger.unpaidItems(note.accountNumber, type)),
    );
    const first = lists.flat()[0];
    const preview = previewCreditNoteApplication(note, first!, { currency: world.ledger.settings.currency });
    const summary = await canvas.findByTestId('apply-summary');
    await expect(summary.querySelector('[data-field="noteRemainingAfter"]')).toHaveTextContent(
      money(world, preview.noteRemainingAfter),
    );
    await expect(summary.querySelector('[data-field="itemOutstandingAfter"]')).toHaveTextContent(
      money(world, preview.itemOutstandingAfter),
    );
    const apply = canvas.getByRole('button', { name: /apply credit note/i });
    await expect(apply).toBeEnabled();
    await user.dblClick(apply);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(note.number));
    const after = await world.ledger.getCreditNote(noteNumber);
    await expect(after.remaining).toBe(preview.noteRemainingAfter);
    await expect(after.applications).toHaveLength(1);
  },
};

/** The audit trail: role names (never role ids), filtered by actor through viewAuditTrail. */
export const AuditTrailView: Story = {
  render: (_args, { loaded }) => {
    const { world } = loaded as Loaded;
    return (
      <main className="hl-page">
        <AuditTrail ledger={world.ledger} tableHeight={360} />
      </main>
    );
  },
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const entries = await world.ledger.auditTrail();
    const timeZone = world.ledger.settings.timeZone;
    const all = viewAuditTrail(entries, { timeZone });
    const table = await canvas.findByRole('table', { name: /audit trail/i });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(all.rows.length + 1)));
    await waitFor(() => expect(table.querySelectorAll('[data-row-index]').length).toBeGreaterThan(0));
    await expect(table.querySelectorAll('[data-row-index]').length).toBeLessThan(100);
    const mine = viewAuditTrail(entries, { timeZone, actorId: manager.id });
    await user.selectOptions(canvas.getByLabelText(/^actor$/i), manager.id);
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(mine.rows.length + 1)));
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent(mine.rows[0]!.roleName));
    await expect(table).not.toHaveTextContent(manager.role);
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
