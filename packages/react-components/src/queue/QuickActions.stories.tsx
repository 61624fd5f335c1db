import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { book, callOnlyBlocked, topEligible } from '../fixtures/samples';
import { QuickActions } from './QuickActions';

const eligibleAccount = book.account(topEligible.leadId);
const blockedAccount = book.account(callOnlyBlocked.leadId);

const meta = {
  title: 'Work queue/QuickActions',
  component: QuickActions,
  args: {
    leadId: topEligible.leadId,
    name: eligibleAccount.name,
    eligible: topEligible.eligible,
    blockedReasons: topEligible.blockedReasons,
    channels: book.channels(topEligible.leadId),
    timeZone: eligibleAccount.timeZone,
    onCall: fn(),
    onText: fn(),
    onEmail: fn(),
  },
} satisfies Meta<typeof QuickActions>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every channel allowed now; each button calls the host with the lead id. */
export const Allowed: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: `Text ${args.name}` }));
    await expect(args.onText).toHaveBeenCalledWith(args.leadId);
    await userEvent.click(canvas.getByRole('button', { name: `Email ${args.name}` }));
    await expect(args.onEmail).toHaveBeenCalledWith(args.leadId);
  },
};

/** Calls blocked by the policy (limit or quiet period) while text and email stay open. */
export const CallBlocked: Story = {
  args: {
    leadId: callOnlyBlocked.leadId,
    name: blockedAccount.name,
    eligible: callOnlyBlocked.eligible,
    blockedReasons: callOnlyBlocked.blockedReasons,
    nextEligibleAt: callOnlyBlocked.nextEligibleAt,
    channels: book.channels(callOnlyBlocked.leadId),
    timeZone: blockedAccount.timeZone,
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('button', { name: `Call ${args.name}` })).toBeDisabled();
    await expect(canvas.getByText(/Call blocked:/)).toBeInTheDocument();
  },
};
