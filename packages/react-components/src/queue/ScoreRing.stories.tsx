import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { entryInBand } from '../fixtures/samples';
import { PriorityBadge } from './PriorityBadge';
import { ScoreRing } from './ScoreRing';

const meta = {
  title: 'Work queue/ScoreRing',
  component: ScoreRing,
  args: { score: entryInBand('HOT').score, band: entryInBand('HOT').band },
} satisfies Meta<typeof ScoreRing>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The top account of a generated book, scored by core's collections model. */
export const Hot: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleName(`Hot lead score ${Math.floor(args.score)} of 100, HOT`);
  },
};

/** One ring per band, each the best-ranked account of that band. */
export const EveryBand: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'center' }}>
      {(['HOT', 'HIGH', 'WARM', 'COLD'] as const).map((band) => {
        const e = entryInBand(band);
        return (
          <div key={band} style={{ display: 'grid', justifyItems: 'center', gap: 6 }}>
            <ScoreRing score={e.score} band={e.band} size={72} />
            <PriorityBadge band={e.band} />
          </div>
        );
      })}
    </div>
  ),
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
