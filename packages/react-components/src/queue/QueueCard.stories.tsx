import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { book, flagBlocked, topBlocked, topEligible } from '../fixtures/samples';
import { QueueCard } from './QueueCard';

const meta = {
  title: 'Work queue/QueueCard',
  component: QueueCard,
  args: {
    entry: topEligible,
    account: book.account(topEligible.leadId),
    onCall: fn(),
    onText: fn(),
    onEmail: fn(),
    onOpen: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof QueueCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The best eligible account of the book: Call hands its id to the host. */
export const Eligible: Story = {
  play: async ({ canvas, args }) => {
    const call = canvas.getByRole('button', { name: `Call ${args.account.name}` });
    await expect(call).toBeEnabled();
    await userEvent.click(call);
    await expect(args.onCall).toHaveBeenCalledWith(args.entry.leadId);
    await userEvent.click(canvas.getByRole('button', { name: args.account.name }));
    await expect(args.onOpen).toHaveBeenCalledWith(args.entry.leadId);
  },
};

/** A hot account the contact policy blocks: Call is disabled and says why (core's words). */
export const Blocked: Story = {
  args: { entry: topBlocked, account: book.account(topBlocked.leadId) },
  play: async ({ canvas, args }) => {
    const call = canvas.getByRole('button', { name: `Call ${args.account.name}` });
    await expect(call).toBeDisabled();
    await expect(call).toHaveAccessibleDescription(expect.stringContaining(args.entry.blockedReasons[0]!));
    await userEvent.click(call);
    await expect(args.onCall).not.toHaveBeenCalled();
  },
};

/** Per-channel verdicts from core's checkAllChannels: a flag blocks every channel. */
export const FlaggedAccount: Story = {
  args: {
    entry: flagBlocked ?? topBlocked,
    account: book.account((flagBlocked ?? topBlocked).leadId),
    channels: book.channels((flagBlocked ?? topBlocked).leadId),
  },
};

/** Dark theme, selected. */
export const DarkSelected: Story = { args: { selected: true }, parameters: { theme: 'dark' } };
