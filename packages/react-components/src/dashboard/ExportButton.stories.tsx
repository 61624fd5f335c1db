import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { agencyMetrics } from '../fixtures/dashboardSamples';
import { ExportButton, type ExportedFile } from './ExportButton';

const rows = agencyMetrics.leaderboard.slice(0, 8);

const meta = {
  title: 'Dashboard/ExportButton',
  component: ExportButton,
  args: {
    rows,
    columns: [
      { key: 'rank', label: 'Rank' },
      { key: 'name', label: 'Collector' },
      { key: 'display', label: 'Revenue per hour' },
    ],
    filename: 'top-collectors',
    title: 'Top collectors, month to date',
    subject: 'top collectors',
    onExport: fn(),
  },
} satisfies Meta<typeof ExportButton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** CSV (papaparse) of the rows given, with the column labels as header. */
export const Csv: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export top collectors as CSV' }));
    await waitFor(() => expect(args.onExport).toHaveBeenCalled());
    const file = (args.onExport as ReturnType<typeof fn>).mock.calls.at(-1)![0] as ExportedFile;
    await expect(file.format).toBe('csv');
    await expect(file.text!.split(/\r?\n/)).toHaveLength(rows.length + 1);
    await expect(file.text).toContain(rows[0]!.name);
  },
};

/** PDF: pdf-lib is loaded on the first click (a lazy import), then a real PDF comes back. */
export const Pdf: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export top collectors as PDF' }));
    await waitFor(() => expect(args.onExport).toHaveBeenCalled(), { timeout: 10_000 });
    const file = (args.onExport as ReturnType<typeof fn>).mock.calls.at(-1)![0] as ExportedFile;
    await expect(file.format).toBe('pdf');
    const head = new Uint8Array(await file.blob.arrayBuffer()).slice(0, 5);
    await expect(String.fromCharCode(...head)).toBe('%PDF-');
  },
};
