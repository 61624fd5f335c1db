import type { Meta, StoryObj } from '@storybook/react-vite';
import { PriorityBadge } from './PriorityBadge';

const meta = {
  title: 'Work queue/PriorityBadge',
  component: PriorityBadge,
  args: { band: 'HOT' },
} satisfies Meta<typeof PriorityBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

/** HOT / HIGH / WARM / COLD in the light and dark themes. */
export const Bands: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8 }}>
      <PriorityBadge band="HOT" />
      <PriorityBadge band="HIGH" />
      <PriorityBadge band="WARM" />
      <PriorityBadge band="COLD" />
    </div>
  ),
};

/** The same badges on the dark theme. */
export const BandsDark: Story = { ...Bands, parameters: { theme: 'dark' } };
