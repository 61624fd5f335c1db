import { createSearchIndex, factCatalog } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { defaultLeadStrings } from '../theme/leadStrings';
import { formatValue } from '../util/format';
import { GlobalSearch } from './GlobalSearch';
import { overviewLeads, overviewRules } from './overviewData';

const s = defaultLeadStrings;
const fmt = (n: number) => formatValue(n, 'integer', { locale: 'en-US' });
const index = createSearchIndex({ leads: overviewLeads(2_000), criteria: factCatalog, rules: overviewRules });

const meta = {
  title: 'Lead management/GlobalSearch',
  component: GlobalSearch,
  args: { index, onSelect: fn() },
  decorators: [
    (Story) => (
      <div className="hl-panel" style={{ minHeight: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof GlobalSearch>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A query lists leads, criteria and rules in createSearchIndex's order; Enter picks the active hit. */
export const Mixed: Story = {
  play: async ({ canvas, args }) => {
    const query = 'lead';
    const hits = args.index.search(query, { limit: 8 });
    await expect(new Set(hits.map((h) => h.kind)).size).toBeGreaterThan(1);
    const box = canvas.getByRole('combobox', { name: s.globalSearch });
    await userEvent.type(box, query);
    const list = canvas.getByRole('listbox');
    const options = within(list).getAllByRole('option');
    await expect(options).toHaveLength(hits.length);
    for (let i = 0; i < hits.length; i++) {
      await expect(options[i]).toHaveTextContent(hits[i]!.label);
      await expect(options[i]).toHaveTextContent(s.searchKinds[hits[i]!.kind]);
    }
    await expect(canvas.getByRole('status')).toHaveTextContent(s.searchCount(fmt(hits.length)));
    await userEvent.keyboard('{ArrowDown}');
    await expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(hits[1]);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        s.searchPicked(s.searchKinds[hits[1]!.kind], hits[1]!.label),
      ),
    );
  },
};

/** A lead by its id: the index's best hit is that lead. */
export const LeadById: Story = {
  play: async ({ canvas, args }) => {
    const hits = args.index.search('L-1999', { limit: 8 });
    await userEvent.type(canvas.getByRole('combobox'), 'L-1999');
    await expect(within(canvas.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(hits[0]!.label);
    await expect(hits[0]!.kind).toBe('lead');
  },
};

/**
 * Hundreds of hits: the list is virtualized, so only those in view (and the active one) are in the
 * DOM; ArrowUp wraps to the last hit, which is then in the DOM and active, and Enter picks it.
 */
export const ManyHits: Story = {
  args: { limit: 500 },
  play: async ({ canvas, args }) => {
    const query = 'lead';
    const hits = args.index.search(query, { limit: args.limit! });
    await expect(hits.length).toBeGreaterThan(50);
    const box = canvas.getByRole('combobox', { name: s.globalSearch });
    await userEvent.type(box, query);
    await expect(canvas.getByRole('status')).toHaveTextContent(s.searchCount(fmt(hits.length)));
    const list = canvas.getByRole('listbox');
    const options = within(list).getAllByRole('option');
    await expect(options.length).toBeGreaterThan(0);
    await expect(options.length).toBeLessThan(hits.length / 5);
    for (const option of options) {
      await expect(option).toHaveAttribute('aria-setsize', String(hits.length));
      await expect(option).toHaveTextContent(hits[Number(option.getAttribute('aria-posinset')) - 1]!.label);
    }
    await userEvent.keyboard('{ArrowUp}');
    const last = hits[hits.length - 1]!;
    await waitFor(() =>
      expect(document.getElementById(box.getAttribute('aria-activedescendant') ?? '')).toHaveAttribute(
        'aria-posinset',
        String(hits.length),
      ),
    );
    const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(active).toHaveTextContent(last.label);
    await expect(within(list).getAllByRole('option').length).toBeLessThan(hits.length / 5);
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(last);
  },
};

/** No hit: the list says so. */
export const NoMatch: Story = {
  play: async ({ canvas, args }) => {
    const q = 'zzqx-nothing';
    await expect(args.index.search(q)).toEqual([]);
    await userEvent.type(canvas.getByRole('combobox'), q);
    await expect(canvas.getByRole('option')).toHaveTextContent(s.noMatches);
  },
};

/** Dark theme, list open. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('combobox'), 'qual');
  },
};
