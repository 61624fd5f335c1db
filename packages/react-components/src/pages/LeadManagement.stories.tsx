// The "Lead management" page on 100,000 generated leads (core's seeded demo generator), made
// once by the story loader: the leads overview, criteria, actions, distribution and pull queue
// in one tabbed page, with the global search over the same leads, criteria and rules.
import { groupCounts } from '@hotleads/core';
import { createSearchIndex, factCatalog, ruleUsage } from '@hotleads/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { incomingIds, leadsModel, pullState } from '../fixtures/leads';
import { overviewLeads, overviewRules } from '../leads/overviewData';
import { defaultLeadStrings } from '../theme/leadStrings';
import { formatValue } from '../util/format';
import { LeadManagementPage, type LeadManagementData } from './LeadManagementPage';

const s = defaultLeadStrings;
const fmt = (n: number) => formatValue(n, 'integer', { locale: 'en-US' });
const SIZE = 100_000;

let data: LeadManagementData | undefined;
/** The page's data, made once: 100,000 leads, the rules, the search index, a full pull queue. */
function load(): LeadManagementData {
  if (!data) {
    const leads = overviewLeads(SIZE);
    data = {
      leads,
      rules: overviewRules,
      model: leadsModel,
      index: createSearchIndex({ leads, criteria: factCatalog, rules: overviewRules }),
      pull: pullState(SIZE),
      incoming: incomingIds(1_000),
    };
  }
  return data;
}

const meta = {
  title: 'Lead management/Page',
  parameters: { layout: 'fullscreen' },
  tags: ['big'],
  loaders: [async () => ({ data: load() })],
  render: (_args, { loaded }) => <LeadManagementPage {...(loaded.data as LeadManagementData)} />,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The overview of 100,000 leads (groupCounts' total), then every tab by keyboard; the actions tab
 * lists ruleUsage's actions, and a rule picked in the search opens the actions tab.
 */
export const LeadManagement: Story = {
  play: async ({ canvas, loaded }) => {
    const d = loaded.data as LeadManagementData;
    const counts = groupCounts(d.leads, { by: 'group' });
    await expect(canvas.getByRole('heading', { level: 1, name: s.leadManagement })).toBeInTheDocument();
    await expect(await canvas.findByText(s.leadsByGroup(fmt(counts.total)))).toBeInTheDocument();
    const tabs = canvas.getAllByRole('tab');
    await expect(tabs.map((t) => t.textContent)).toEqual(Object.values(s.pageTabs));
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: s.pageTabs.criteria })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tabpanel')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    const all = d.rules.filter((r) => r.enabled !== false).flatMap((r) => r.actions);
    await expect(Object.keys(ruleUsage(d.rules).actions).length).toBeGreaterThan(0);
    await waitFor(() => expect(canvas.getByRole('tabpanel')).toHaveAccessibleName(s.pageTabs.actions));
    await expect(all.length).toBeGreaterThan(0);
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { name: s.pageTabs.pull })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    const rule = d.rules[0]!;
    const hits = d.index.search(rule.name, { limit: 8 });
    await expect(hits[0]!.kind).toBe('rule');
    await userEvent.type(canvas.getByRole('combobox', { name: s.globalSearch }), rule.name);
    await expect(within(canvas.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(hits[0]!.label);
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('tab', { name: s.pageTabs.actions })).toHaveAttribute('aria-selected', 'true'),
    );
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
