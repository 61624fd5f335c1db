import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { defaultStrings as strings } from '../theme/strings';
import { recommendContact, regFPolicy } from '@hotleads/core';
import { book, flagBlocked, RECOMMEND, recommendedEntry, topBlocked, topEligible } from '../fixtures/samples';
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
    onSelect: fn(),
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

/** The best eligible account of the book: Call hands its id to the host; its name, or Enter on the card, selects it. */
export const Eligible: Story = {
  play: async ({ canvas, args }) => {
    const call = canvas.getByRole('button', { name: `Call ${args.account.name}` });
    await expect(call).toBeEnabled();
    await userEvent.click(call);
    await expect(args.onCall).toHaveBeenCalledWith(args.entry.leadId);
    await userEvent.click(canvas.getByRole('button', { name: args.account.name }));
    await expect(args.onSelect).toHaveBeenCalledWith(args.entry.leadId);
    // Core's top reason, in full.
    await expect(canvas.getByText(args.entry.reasons[0]!)).toBeVisible();
    const onSelect = args.onSelect as ReturnType<typeof fn>;
    onSelect.mockClear();
    canvas.getByRole('article', { name: args.account.name }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await expect(args.onSelect).toHaveBeenCalledWith(args.entry.leadId);
    // Enter on a button inside the card is the button's, not a selection.
    onSelect.mockClear();
    call.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).not.toHaveBeenCalled();
    call.blur();
  },
};

/** With core's top recommendation (rankQueue's `recommend`): the card shows the best lawful time and channel. */
export const WithRecommendation: Story = {
  args: { entry: recommendedEntry },
  play: async ({ canvas, args }) => {
    const expected = recommendContact(book.lead(args.entry.leadId), book.touches, regFPolicy, {
      now: book.now,
      ...RECOMMEND,
    });
    await expect(expected.text).toMatch(/^Best: /);
    await expect(canvas.getByText(expected.text)).toBeVisible();
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

const flagged = flagBlocked ?? topBlocked;

/** Per-channel verdicts from core's checkAllChannels: a flag blocks every channel, and the card says so once. */
export const FlaggedAccount: Story = {
  args: {
    entry: flagged,
    account: book.account(flagged.leadId),
    channels: book.channels(flagged.leadId),
  },
  play: async ({ canvas, canvasElement, args }) => {
    const channels = book.channels(args.entry.leadId);
    const reason = channels.call.reasons.join('; ');
    // Core blocks all three channels for the same reason: one line, not three.
    await expect(channels.text.reasons.join('; ')).toBe(reason);
    await expect(channels.email.reasons.join('; ')).toBe(reason);
    await expect(canvasElement.textContent!.split(reason)).toHaveLength(2);
    const line = strings.doNotContact(reason, undefined);
    await expect(canvas.getByText(line)).toBeVisible();
    for (const name of ['Call', 'Text', 'Email'])
      await expect(canvas.getByRole('button', { name: `${name} ${args.account.name}` })).toHaveAccessibleDescription(
        line,
      );
  },
};

/** The same card in a 320 px side panel of a wide page: it lays out by its own width, not the viewport's. */
export const InSidePanel: Story = {
  args: { entry: flagged, account: book.account(flagged.leadId), channels: book.channels(flagged.leadId) },
  decorators: [
    (Story) => (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <div className="hl-muted" style={{ flex: '1 1 240px' }}>
          Host page content
        </div>
        <aside aria-label="Side panel" style={{ flex: '0 1 320px', minWidth: 0 }}>
          <Story />
        </aside>
      </div>
    ),
  ],
  play: async ({ canvas, args }) => {
    const card = canvas.getByRole('article', { name: args.account.name });
    const actions = canvas.getByRole('group', { name: strings.contactGroup(args.account.name) });
    // Stacked: the actions sit below the account's text, not beside it.
    const text = card.querySelector('.hl-card-main')!.getBoundingClientRect();
    await expect(actions.getBoundingClientRect().top).toBeGreaterThanOrEqual(text.bottom);
  },
};

/** Dark theme, selected. */
export const DarkSelected: Story = { args: { selected: true }, parameters: { theme: 'dark' } };
