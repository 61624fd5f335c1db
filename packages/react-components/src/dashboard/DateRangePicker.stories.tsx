import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { dayToDate, PRESETS, TODAY } from '../fixtures/ranges';
import { DateRangePicker, type DateRangePickerProps, type DateRangeValue } from './DateRangePicker';

function Controlled(props: DateRangePickerProps) {
  const [value, setValue] = useState<DateRangeValue | undefined>(props.value);
  return (
    <DateRangePicker
      {...props}
      value={value}
      onChange={(r) => {
        setValue(r);
        props.onChange(r);
      }}
    />
  );
}

const meta = {
  title: 'Dashboard/DateRangePicker',
  component: DateRangePicker,
  render: (args) => <Controlled {...args} />,
  args: { value: PRESETS[0]!.range, onChange: fn(), presets: PRESETS, maxDate: dayToDate(TODAY) },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DateRangePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: the button says the range. Opening it, picking a preset, and Escape back to the button. */
export const Closed: Story = {
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: /Date range/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    await expect(canvas.getByRole('dialog', { name: 'Date range' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Last 7 days' }));
    await expect(args.onChange).toHaveBeenCalledWith(PRESETS[1]!.range);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(button).toHaveFocus();
  },
};

/** Open in the page flow, month to date selected. */
export const Open: Story = { args: { defaultOpen: true } };

/** Dark theme, open. */
export const DarkOpen: Story = { args: { defaultOpen: true }, parameters: { theme: 'dark' } };
