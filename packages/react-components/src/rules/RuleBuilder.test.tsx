// The rule builder's behaviour: drafts are checked by ruleIssues, Save hands over only what
// validateRule normalized, undo and redo, the model-only facts, and actions by keyboard.
import { b2bLeadModel } from '@hotleads/core';
import { ruleIssues, ruleTemplates, validateRule, type Rule } from '@hotleads/rules';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyDraft, type RuleDraft } from './draft';

import { BuilderHost } from './testing/BuilderHost';

const now = '2026-03-01T12:00:00Z';

const Host = BuilderHost;

const outreach = ruleTemplates[0]!;

// Rendering the whole builder (every step) takes seconds in jsdom on a loaded machine.
describe('RuleBuilder', { timeout: 30_000 }, () => {
  it("keeps Save disabled for an incomplete draft and says why, in ruleIssues' words", () => {
    const draft = emptyDraft('r1');
    render(<Host initial={draft} onSave={vi.fn()} now={now} allSteps />);
    expect(screen.getByRole('button', { name: 'Save rule' })).toBeDisabled();
    const issues = ruleIssues(draft);
    expect(issues.every((i) => i.kind === 'incomplete')).toBe(true);
    expect(screen.getByText(new RegExp(`Not finished yet \\(${issues.length} to do\\)`))).toHaveTextContent(
      issues[0]!.message,
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('hands onSave the rule as validateRule normalized it (High → 8)', async () => {
    const onSave = vi.fn();
    const draft = { ...structuredClone(outreach), priority: 'High' } as RuleDraft;
    render(<Host initial={draft} onSave={onSave} now={now} allSteps />);
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(onSave).toHaveBeenCalledWith(validateRule(draft));
    expect((onSave.mock.calls[0]![0] as Rule).priority).toBe(8);
  });

  it('undoes and redoes edits with the buttons and Ctrl+Z / Ctrl+Y', async () => {
    const onDraft = vi.fn();
    render(<Host initial={structuredClone(outreach) as RuleDraft} onSave={vi.fn()} now={now} onDraft={onDraft} />);
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, '!');
    expect(name).toHaveValue(`${outreach.name}!`);
    await user.keyboard('{Control>}z{/Control}');
    expect(name).toHaveValue(outreach.name);
    await user.keyboard('{Control>}y{/Control}');
    expect(name).toHaveValue(`${outreach.name}!`);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name).toHaveValue(outreach.name);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('offers score and band only when a model is given', async () => {
    const draft = structuredClone(outreach) as RuleDraft;
    const { unmount } = render(<Host initial={draft} onSave={vi.fn()} now={now} allSteps />);
    const facts = () =>
      within(screen.getAllByRole('combobox', { name: 'Fact' })[0]!)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value'));
    expect(facts()).not.toContain('score');
    unmount();
    render(<Host initial={draft} onSave={vi.fn()} now={now} model={b2bLeadModel} allSteps />);
    expect(facts()).toEqual(expect.arrayContaining(['score', 'band']));
  });

  it('adds, reorders and removes actions by keyboard', async () => {
    const onDraft = vi.fn();
    render(<Host initial={structuredClone(outreach) as RuleDraft} onSave={vi.fn()} now={now} onDraft={onDraft} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '3. Actions' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'New action' }), 'addTag');
    screen.getByRole('button', { name: 'Add action' }).focus();
    await user.keyboard('{Enter}');
    const last = () => onDraft.mock.calls.at(-1)![0] as RuleDraft;
    expect(last().actions.map((a) => a.type)).toEqual(['updateStatus', 'sendEmail', 'addTag']);
    expect(screen.getByRole('button', { name: 'Save rule' })).toBeDisabled(); // the tag is still empty
    screen.getByRole('button', { name: 'Move up Add tag (3)' }).focus();
    await user.keyboard('{Enter}');
    expect(last().actions.map((a) => a.type)).toEqual(['updateStatus', 'addTag', 'sendEmail']);
    screen.getByRole('button', { name: 'Remove Add tag (2)' }).focus();
    await user.keyboard('{Enter}');
    expect(last().actions).toEqual(outreach.actions);
    expect(screen.getByRole('button', { name: 'Save rule' })).toBeEnabled();
  });

  it('starts from a template and shows its description', async () => {
    const onDraft = vi.fn();
    render(<Host initial={emptyDraft('new')} onSave={vi.fn()} now={now} templates={ruleTemplates} onDraft={onDraft} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Template' }), ruleTemplates[1]!.id);
    await userEvent.click(screen.getByRole('button', { name: 'Start from template' }));
    expect(onDraft).toHaveBeenLastCalledWith(ruleTemplates[1]);
    if (ruleTemplates[1]!.description)
      expect(screen.getByText(ruleTemplates[1]!.description, { selector: 'p' })).toBeInTheDocument();
  });
});
