import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { agencyMetrics, teamMetrics } from '../fixtures/dashboardSamples';
import { PromisesPipeline } from './PromisesPipeline';

const meta = {
  title: 'Dashboard/PromisesPipeline',
  component: PromisesPipeline,
  args: { pipeline: teamMetrics.pipeline },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PromisesPipeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Promises taken this month by one team: open, kept and broken (2 days' grace), from core. */
export const Team: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText(args.pipeline.kept.display)).toBeInTheDocument();
    await expect(canvas.getByText(`Kept rate ${args.pipeline.keptPercent}`)).toBeInTheDocument();
  },
};

/** The whole agency. */
export const Agency: Story = { args: { pipeline: agencyMetrics.pipeline } };

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
