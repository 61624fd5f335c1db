// The rule builder's draft: a rule that may be unfinished (no condition or action yet, empty
// fields) and may name its priority High / Medium / Low; `validateRule` turns a finished one
// into a Rule (docs/rule-builder.md, "Drafts and saved rules").
import type { Action, ActionType, PriorityLevel, Rule, TopLevelCondition } from '@hotleads/rules';

/** A rule being written: a Rule whose parts may still be empty, with a named or numbered priority. */
export type RuleDraft = Omit<Rule, 'priority' | 'conditions' | 'actions'> & {
  description?: string;
  conditions: TopLevelCondition;
  actions: Action[];
  priority?: number | PriorityLevel;
};

/** An empty draft: an hourly schedule, an empty AND group, no action. */
export function emptyDraft(id: string): RuleDraft {
  return { id, name: '', trigger: { type: 'schedule', cron: '0 * * * *' }, conditions: { all: [] }, actions: [] };
}

/** Every action type, in the order the builder offers them. */
export const ACTION_TYPES: readonly ActionType[] = [
  'updateStatus',
  'sendEmail',
  'sendSms',
  'createTask',
  'assign',
  'addTag',
  'notify',
  'enrollCampaign',
  'createQuote',
  'createInvoice',
  'setPriority',
];

/** The fields of each action type, as the builder edits them (`required` ones must be filled). */
export const ACTION_FIELDS: Readonly<
  Record<ActionType, ReadonlyArray<{ key: string; kind: 'text' | 'number' | 'status' | 'level'; required: boolean }>>
> = {
  updateStatus: [{ key: 'status', kind: 'status', required: true }],
  sendEmail: [{ key: 'template', kind: 'text', required: true }],
  sendSms: [{ key: 'template', kind: 'text', required: true }],
  createTask: [
    { key: 'title', kind: 'text', required: true },
    { key: 'dueInHours', kind: 'number', required: false },
    { key: 'assignee', kind: 'text', required: false },
  ],
  assign: [{ key: 'to', kind: 'text', required: true }],
  addTag: [{ key: 'tag', kind: 'text', required: true }],
  notify: [
    { key: 'message', kind: 'text', required: true },
    { key: 'to', kind: 'text', required: false },
  ],
  enrollCampaign: [{ key: 'campaign', kind: 'text', required: true }],
  createQuote: [{ key: 'template', kind: 'text', required: false }],
  createInvoice: [{ key: 'template', kind: 'text', required: false }],
  setPriority: [{ key: 'priority', kind: 'level', required: true }],
};

/** A new action of a type, its required fields empty (the draft is then incomplete until they are filled). */
export function newAction(type: ActionType): Action {
  const fields: Record<string, string> = {};
  for (const f of ACTION_FIELDS[type]) if (f.required) fields[f.key] = f.kind === 'level' ? 'Medium' : '';
  return { type, ...fields } as Action;
}
