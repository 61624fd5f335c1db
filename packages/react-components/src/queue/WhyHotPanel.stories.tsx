import type { Meta, StoryObj } from '@storybook/react-vite';
import { collectionsHotLeadModel, scoreLead } from '@hotleads/core';
import { expect } from 'storybook/test';
import { book, entryInBand } from '../fixtures/samples';
import { WhyHotPanel } from './WhyHotPanel';

const top = book.entries[0]!;

const meta = {
  title: 'Work queue/WhyHotPanel',
  component: WhyHotPanel,
  args: { score: top },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 520 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof WhyHotPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The top account: core's reasons, then every criterion of the collections model. */
export const TopAccount: Story = {
  play: async ({ canvas, args }) => {
    const criteria = canvas.getByRole('list', { name: 'Every criterion' });
    await expect(criteria.querySelectorAll(':scope > li')).toHaveLength(args.score.contributions.length);
    // A signals criterion lists every signal it counted: the "+N more" of its line.
    for (const c of args.score.contributions)
      for (const line of c.signals !== undefined && c.signals.length > 1 ? c.signals : [])
        await expect(canvas.getAllByText(line).length).toBeGreaterThan(0);
    const reasons = canvas.getByRole('list', { name: 'Top reasons' });
    await expect([...reasons.querySelectorAll('li')].map((li) => li.textContent)).toEqual(args.score.reasons);
  },
};

/** A cold account with the "time untouched" penalty. */
export const ColdWithPenalty: Story = {
  args: {
    score:
      book.entries.find((e) => e.band === 'COLD' && e.contributions.some((c) => c.weighted < 0)) ?? entryInBand('COLD'),
  },
};

/** Scored without explanations (`explain: false`): the panel says so. */
export const WithoutExplanations: Story = {
  args: { score: scoreLead(book.lead(top.leadId), collectionsHotLeadModel, { now: book.now, explain: false }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('This score was computed without explanations.')).toBeInTheDocument();
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
