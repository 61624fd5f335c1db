import type { ActionType } from '../types';

/**
 * The categories of the actions list's filter (docs/lead-management.md, "Action categories"), in
 * display order: messages to the lead or the team, tasks, changes of the lead's group or record,
 * assignment, campaigns, and sales documents.
 */
export const ACTION_CATEGORIES = /* @__PURE__ */ (() =>
  Object.freeze(['communication', 'task', 'groupChange', 'assignment', 'campaign', 'document'] as const))();

/** One of {@link ACTION_CATEGORIES}. */
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

/** The category of each action type; every `ActionType` has exactly one. Frozen. */
export const ACTION_CATEGORY: Readonly<Record<ActionType, ActionCategory>> = /* @__PURE__ */ (() =>
  Object.freeze({
    sendEmail: 'communication',
    sendSms: 'communication',
    notify: 'communication',
    createTask: 'task',
    updateStatus: 'groupChange',
    addTag: 'groupChange',
    setPriority: 'groupChange',
    assign: 'assignment',
    enrollCampaign: 'campaign',
    createQuote: 'document',
    createInvoice: 'document',
  } satisfies Record<ActionType, ActionCategory>))();
