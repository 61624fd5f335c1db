import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  describeCron,
  describeTrigger,
  nextRuns,
  ruleIssues,
  ruleTemplates,
  toJsonRulesEngine,
  validateRule,
  type Trigger,
} from '@hotleads/rules';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { outreach, rulesModel, rulesNow } from '../fixtures/rules';
import { formatInstant } from '../util/format';
import { defaultRuleStrings } from '../theme/ruleStrings';
import { emptyDraft, type RuleDraft } from './draft';
import { RuleBuilder, type RuleBuilderProps } from './RuleBuilder';
import { BuilderHost } from './testing/BuilderHost';

const meta = {
  title: 'Rules/RuleBuilder',
  component: RuleBuilder,
  render: ({ value, onChange, ...args }) => <BuilderHost {...args} initial={value} onDraft={onChange} />,
  args: {
    value: structuredClone(outreach) as RuleDraft,
    onChange: fn(),
    onSave: fn(),
    onSaveTemplate: fn(),
    templates: ruleTemplates,
    model: rulesModel,
    now: rulesNow,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 900 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof RuleBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

/** "New Lead Needs Outreach" (docs/rules.md), step by step; saved by keyboard as validateRule normalizes it. */
export const NewLeadNeedsOutreach: Story = {
  play: async ({ canvas, args }) => {
    const save = canvas.getByRole('button', { name: 'Save rule' });
    save.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSave).toHaveBeenCalledWith(validateRule(args.value));
  },
};

/** Every step on one page. */
export const AllSteps: Story = { args: { allSteps: true } };

/** A new draft: nothing filled in yet, Save disabled with the reason. */
export const EmptyDraft: Story = {
  args: { value: emptyDraft('new-rule'), allSteps: true },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('button', { name: 'Save rule' })).toBeDisabled();
    const first = ruleIssues(args.value, { model: rulesModel })[0]!;
    await waitFor(() => expect(canvas.getByText(new RegExp('Not finished yet')).textContent).toContain(first.message));
  },
};

/** A condition on the score (offered because a model is given), typed by keyboard. */
export const ScoreCondition: Story = {
  args: {
    allSteps: true,
    value: {
      ...(structuredClone(outreach) as RuleDraft),
      conditions: { all: [{ fact: 'score', operator: 'greaterThan', value: 60 }] },
    },
  },
  play: async ({ canvas, args }) => {
    const value = canvas.getByRole('spinbutton', { name: 'Value' });
    value.focus();
    await userEvent.keyboard('{End}{Backspace}{Backspace}75');
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ conditions: { all: [{ fact: 'score', operator: 'greaterThan', value: 75 }] } }),
      ),
    );
  },
};

/**
 * A schedule trigger: the cron expression in words (`describeCron`) and its next three runs from `nextRuns`, in
 * the zone picked.
 */
export const ScheduleTrigger: Story = {
  args: {
    value: {
      ...(structuredClone(outreach) as RuleDraft),
      trigger: { type: 'schedule', cron: '0 10 * * 2', timezone: 'America/New_York' },
    },
  },
  play: async ({ canvas, args }) => {
    const zone = canvas.getByRole('combobox', { name: 'Time zone' });
    await userEvent.selectOptions(zone, 'Europe/Berlin');
    const trigger: Trigger = { type: 'schedule', cron: '0 10 * * 2', timezone: 'Europe/Berlin' };
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ trigger })));
    const runs = nextRuns(trigger, { now: rulesNow, count: 3 })
      .map((r) => formatInstant(r, { timeZone: 'Europe/Berlin', locale: 'en-US' }))
      .join('; ');
    await expect(canvas.getByText(`Next runs: ${runs}`)).toBeInTheDocument();
    await expect(canvas.getByText(`Runs ${describeCron(trigger.cron)} (Europe/Berlin time).`)).toBeInTheDocument();
    await expect(canvas.getByText(describeTrigger(trigger), { exact: false })).toBeInTheDocument();
  },
};

/**
 * A scoreChange trigger (the score rises into HOT across 80); a direction
 * against the bands is refused at its field, in ruleIssues' words.
 */
export const ScoreChangeTrigger: Story = {
  args: {
    value: {
      ...(structuredClone(outreach) as RuleDraft),
      trigger: { type: 'scoreChange', fromBand: 'HIGH', toBand: 'HOT', crosses: 80, direction: 'down' },
    },
  },
  play: async ({ canvas, args }) => {
    const problem = ruleIssues(args.value, { model: rulesModel })[0]!;
    await expect(problem.path).toEqual(['trigger', 'direction']);
    await expect(canvas.getAllByText(problem.message, { exact: false }).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: 'Save rule' })).toBeDisabled();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Direction' }), 'up');
    const trigger: Trigger = { type: 'scoreChange', fromBand: 'HIGH', toBand: 'HOT', crosses: 80, direction: 'up' };
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ trigger })));
    await expect(canvas.getByText(describeTrigger(trigger), { exact: false })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Save rule' })).toBeEnabled();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { allSteps: true }, parameters: { theme: 'dark' } };

const namedConditions = {
  bigBudget: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] },
} as const satisfies RuleBuilderProps['conditions'];

/** A rule that references a named condition (`{ condition: 'bigBudget' }`): a block with its name, saved as validateRule normalizes it. */
export const NamedConditionReference: Story = {
  args: {
    allSteps: true,
    conditions: namedConditions,
    value: {
      ...structuredClone(outreach),
      conditions: { all: [{ condition: 'bigBudget' }, ...structuredClone(outreach.conditions as { all: [] }).all] },
    } as RuleDraft,
  },
  play: async ({ canvas, canvasElement, args }) => {
    const block = canvasElement.querySelector('[data-condition="bigBudget"]');
    await expect(block).toHaveTextContent(defaultRuleStrings.referenceName('bigBudget'));
    await expect(ruleIssues(args.value, { model: rulesModel, conditions: namedConditions })).toEqual([]);
    // The review shows the rule, reference kept, as json-rules-engine JSON.
    const rule = validateRule(args.value, { conditions: namedConditions });
    await expect(canvas.getByLabelText('json-rules-engine JSON', { selector: 'pre' }).textContent).toBe(
      JSON.stringify(toJsonRulesEngine(rule), null, 2),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Save rule' }));
    await expect(args.onSave).toHaveBeenCalledWith(validateRule(args.value, { conditions: namedConditions }));
  },
};
