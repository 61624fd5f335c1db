// Payments › Customer Executive: records the sample cash payment (docs/payments.md) end to end through the UI, on
// the sample account plus the generated book of 5,100 payments (a fresh ledger per story). The play functions read what the
// ledger wrote (its receipt) and compare the screen with it; no figure is typed in.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { SampleWorld } from '@hotleads/payments/testing';
import { cashPayment } from '@hotleads/payments/testing';
import { formatPaymentAmount } from '@hotleads/payments';
import { createPaymentsWorld, jane, NON_LATIN_ACCOUNT, SAMPLE_NOW } from '../fixtures/payments';
import { downloadReceiptPdf } from '../fixtures/pdfDownloads';
import { defaultPaymentStrings } from '../theme/paymentStrings';
import { RecordPayment } from './RecordPayment';

type Loaded = { world: SampleWorld };

const meta = {
  title: 'Payments/Customer Executive',
  parameters: { layout: 'fullscreen' },
  // A write story needs a ledger of its own, built in the page: the full book of 5,100 payments.
  loaders: [async (): Promise<Loaded> => ({ world: await createPaymentsWorld() })],
  render: (_args, { loaded }) => {
    const { world } = loaded as Loaded;
    return (
      <main className="hl-page">
        <header className="hl-page-header">
          <h1>Record a payment</h1>
        </header>
        <RecordPayment
          ledger={world.ledger}
          actor={jane}
          now={SAMPLE_NOW}
          onReturn={() => undefined}
          onDownloadReceipt={downloadReceiptPdf(world.ledger.settings)}
        />
      </main>
    );
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const money = (world: SampleWorld, v: string) => formatPaymentAmount(v, { currency: world.ledger.settings.currency });

/** The sample cash payment (docs/payments.md), recorded with the mouse and keyboard: the receipt shows what the ledger wrote. */
export const RecordCashPayment: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const consumer = await world.ledger.getConsumer(cashPayment.accountNumber);
    await user.type(canvas.getByRole('combobox', { name: /search consumer/i }), consumer.name.slice(0, 4));
    const option = await canvas.findByRole('option', { name: new RegExp(consumer.accountNumber) });
    await user.click(option);
    await expect(await canvas.findByText(money(world, consumer.balance))).toBeInTheDocument();
    await user.click(await canvas.findByRole('checkbox', { name: new RegExp(cashPayment.items[0]!) }));
    await user.selectOptions(canvas.getByLabelText(/payment method/i), cashPayment.method);
    await user.type(canvas.getByLabelText(/^amount$/i), cashPayment.amount);
    await user.type(canvas.getByLabelText(/amount received/i), cashPayment.tendered);
    await user.type(canvas.getByLabelText(/change given/i), cashPayment.changeGiven);
    await user.type(canvas.getByLabelText(/^notes$/i), cashPayment.notes);
    const preview = await world.ledger.previewPayment({ ...cashPayment, date: SAMPLE_NOW, channel: 'Walk-in' });
    const summary = await canvas.findByTestId('payment-summary');
    await waitFor(() =>
      expect(summary.querySelector('[data-field="difference"]')).toHaveTextContent(
        money(world, preview.allocations[0]!.difference),
      ),
    );
    await expect(summary.querySelector('[data-field="changeGiven"]')).toHaveTextContent(
      money(world, preview.cash!.changeGiven),
    );
    await user.click(canvas.getByRole('button', { name: /review payment/i }));
    const confirm = await canvas.findByRole('button', { name: /confirm payment/i });
    // A double click records one payment.
    await user.dblClick(confirm);
    const heading = await canvas.findByRole('heading', { name: /^receipt /i });
    const found = await world.ledger.searchPayments({ accountNumber: cashPayment.accountNumber });
    await expect(found.total).toBe(1);
    const receipt = await world.ledger.getReceipt(found.items[0]!.receiptNumber);
    await expect(heading).toHaveTextContent(receipt.receiptNumber);
    const article = heading.closest('article')!;
    const field = (name: string) => article.querySelector(`[data-field="${name}"]`);
    await expect(field('amount')).toHaveTextContent(money(world, receipt.summary.amount));
    await expect(field('amountReceived')).toHaveTextContent(money(world, receipt.cash!.amountReceived));
    await expect(field('changeGiven')).toHaveTextContent(money(world, receipt.cash!.changeGiven));
    await expect(field('balanceAfter')).toHaveTextContent(money(world, receipt.account.balanceAfter!));
    if (receipt.creditNote) await expect(field('creditNote')).toHaveTextContent(receipt.creditNote.number);
    else await expect(field('creditNote')).toBeNull();
  },
};

/** An overpayment: the summary shows the amount of the credit note it would create, and the receipt its number. */
export const Overpayment: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const request = { ...cashPayment, tendered: undefined, changeGiven: undefined, method: 'Check', amount: '200.00' };
    await user.type(canvas.getByRole('combobox', { name: /search consumer/i }), request.accountNumber);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(await canvas.findByRole('checkbox', { name: new RegExp(request.items[0]!) }));
    await user.selectOptions(canvas.getByLabelText(/payment method/i), request.method);
    await user.type(canvas.getByLabelText(/^amount$/i), request.amount);
    const { tendered: _t, changeGiven: _c, ...body } = request;
    const preview = await world.ledger.previewPayment({ ...body, date: SAMPLE_NOW, channel: 'Walk-in' });
    await expect(
      await canvas.findByText(new RegExp(`credit note of ${escape(money(world, preview.creditNote!.amount))}`)),
    ).toBeInTheDocument();
    await user.click(canvas.getByRole('button', { name: /review payment/i }));
    await user.click(await canvas.findByRole('button', { name: /confirm payment/i }));
    const heading = await canvas.findByRole('heading', { name: /^receipt /i });
    const found = await world.ledger.searchPayments({ accountNumber: request.accountNumber });
    const receipt = await world.ledger.getReceipt(found.items[0]!.receiptNumber);
    const note = heading.closest('article')!.querySelector('[data-field="creditNote"]');
    await expect(note).toHaveTextContent(receipt.creditNote!.number);
    await expect(note).toHaveTextContent(money(world, receipt.creditNote!.amount));
  },
};

/** Mandatory fields are checked at the field; a refused amount shows the ledger's message and keeps the form. */
export const ValidationKeepsTheForm: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    await user.click(canvas.getByRole('button', { name: /review payment/i }));
    await expect(canvas.getByRole('combobox', { name: /search consumer/i })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText(/payment method/i)).toHaveAttribute('aria-invalid', 'true');
    await user.type(canvas.getByRole('combobox', { name: /search consumer/i }), cashPayment.accountNumber);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(await canvas.findByRole('checkbox', { name: new RegExp(cashPayment.items[0]!) }));
    await user.selectOptions(canvas.getByLabelText(/payment method/i), 'Check');
    // More than the balance plus the overpayment threshold: the ledger refuses it.
    const consumer = await world.ledger.getConsumer(cashPayment.accountNumber);
    const tooMuch = String(Number(consumer.balance) * 10);
    await user.type(canvas.getByLabelText(/^amount$/i), tooMuch);
    await user.type(canvas.getByLabelText(/^notes$/i), cashPayment.notes);
    await user.click(canvas.getByRole('button', { name: /review payment/i }));
    const refusal = await world.ledger
      .previewPayment({ ...cashPayment, tendered: undefined, changeGiven: undefined, method: 'Check', amount: tooMuch })
      .then(
        () => '',
        (e: Error) => e.message,
      );
    await expect(await canvas.findByRole('alert')).toHaveTextContent(refusal);
    await expect(canvas.getByLabelText(/^amount$/i)).toHaveValue(tooMuch);
    await expect(canvas.getByLabelText(/^notes$/i)).toHaveValue(cashPayment.notes);
    await expect(canvas.getByRole('checkbox', { name: new RegExp(cashPayment.items[0]!) })).toBeChecked();
  },
};

/**
 * A short payment by a consumer with a Cyrillic name (Анна Петрова's reconnection fee, part
 * paid by check): the receipt shows the item's negative difference as the ledger wrote it. Its
 * Download PDF makes the real `receiptPdf`; the browser check (checks/pdfDownload.ts) downloads it
 * and reads it back with pdftotext.
 */
export const ShortPaymentReceiptPdf: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { world } = loaded as Loaded;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const consumer = await world.ledger.getConsumer(NON_LATIN_ACCOUNT);
    await expect(consumer.name).toMatch(/(?=\p{L})\P{Script=Latin}/u);
    const [item] = await world.ledger.unpaidItems(NON_LATIN_ACCOUNT, 'service');
    await user.type(canvas.getByRole('combobox', { name: /search consumer/i }), consumer.accountNumber);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(await canvas.findByRole('tab', { name: defaultPaymentStrings.typeNames.service }));
    await user.click(await canvas.findByRole('checkbox', { name: new RegExp(item!.id) }));
    await user.selectOptions(canvas.getByLabelText(/payment method/i), 'Check');
    await user.type(canvas.getByLabelText(/^amount$/i), '50.00');
    await user.click(canvas.getByRole('button', { name: /review payment/i }));
    await user.click(await canvas.findByRole('button', { name: /confirm payment/i }));
    const heading = await canvas.findByRole('heading', { name: /^receipt /i });
    const found = await world.ledger.searchPayments({ accountNumber: NON_LATIN_ACCOUNT, types: ['service'] });
    const receipt = await world.ledger.getReceipt(found.items[0]!.receiptNumber);
    await expect(heading).toHaveTextContent(receipt.receiptNumber);
    const article = heading.closest('article')!;
    await expect(article).toHaveTextContent(consumer.name);
    const difference = money(world, receipt.items[0]!.difference);
    await expect(difference).toMatch(/^\u2212/);
    await expect(article.querySelector('[data-field="difference"]')).toHaveTextContent(difference);
    await expect(within(article).getByRole('button', { name: defaultPaymentStrings.downloadPdf })).toBeEnabled();
  },
};

/**
 * The form untouched, for the browser check's keyboard run (checks/keyboardFlow.ts): it records
 * the sample cash payment (docs/payments.md) with Tab, typing, Space and Enter only, and must reach the receipt.
 */
export const KeyboardOnly: Story = {};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
