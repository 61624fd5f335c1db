// The words of the rule components (RuleBuilder, RulePreviewPanel, RuleList,
// ConditionExplanation): `strings.rules` of HotleadsTheme. Sentences computed by @hotleads/rules
// (a trigger in words, a rule's description, preview warnings, validation messages) arrive as
// data and are shown as they are.
import type { ActionType } from '@hotleads/rules';

/** Every label the rule components render ({@link defaultRuleStrings} in English). */
export type RuleStrings = {
  // Explanation
  /** The explanation tree's accessible name. */
  explanation: string;
  /** "Pass" / "Fail" beside a condition. */
  pass: string;
  fail: string;
  /** A missing (undefined or null) value. */
  missing: string;
  /** The fact's value the operator saw ("value: 30"). */
  factValue: (value: string) => string;
  /** A condition group's name. */
  groupNames: Readonly<Record<'all' | 'any' | 'not', string>>;

  // Rule list
  ruleList: string;
  noRules: string;
  exportRules: string;
  importRules: string;
  enabledRule: (name: string) => string;
  priorityHint: string;
  priorityValue: (priority: string) => string;
  /** The trigger in words, after "When". */
  when: (trigger: string) => string;
  timesFired: string;
  leadsActedOn: string;
  actionsProduced: string;
  lastFired: string;
  neverFired: string;
  up: string;
  down: string;
  edit: string;
  moveUp: (name: string) => string;
  moveDown: (name: string) => string;
  editRule: (name: string) => string;
  /** Said to a screen reader after a move. */
  moved: (name: string, position: string, count: string) => string;
  /** Action types in words ("sendEmail" → "Send email"). */
  actionNames: Readonly<Record<ActionType, string>> & Readonly<Record<string, string | undefined>>;

  // Preview
  preview: string;
  sampleWindow: string;
  lastDays: (days: string) => string;
  allTime: string;
  sampleSize: string;
  everyLead: string;
  anonymize: string;
  segment: string;
  allLeads: string;
  noRuleToPreview: string;
  running: string;
  waiting: string;
  previewTime: (ms: string) => string;
  sampled: string;
  previewed: string;
  matched: string;
  perAction: string;
  /** A bar of the per-action chart: "5 leads would receive 'sendEmail: Welcome Email'". */
  wouldReceive: (count: string, action: string) => string;
  warnings: string;
  leadError: (leadId: string, message: string) => string;
  examples: string;
  noExamples: string;
  exampleLead: (leadId: string) => string;
  explanationOf: (leadId: string) => string;
  testOneLead: string;
  leadId: string;
  chooseLead: string;
  leadMatches: (leadId: string) => string;
  leadDoesNotMatch: (leadId: string) => string;
  leadNotInSample: (leadId: string) => string;
};

/** The English words of the rule components. */
export const defaultRuleStrings: RuleStrings = Object.freeze({
  explanation: 'Why the rule matched or not',
  pass: 'Pass',
  fail: 'Fail',
  missing: '(missing)',
  factValue: (value) => `value: ${value}`,
  groupNames: { all: 'All of', any: 'Any of', not: 'Not' },

  ruleList: 'Rules',
  noRules: 'No rules yet.',
  exportRules: 'Export rules',
  importRules: 'Import rules',
  enabledRule: (name) => `${name} enabled`,
  priorityHint: 'Priority 1–10: higher runs first',
  priorityValue: (p) => `Priority ${p}`,
  when: (trigger) => `When ${trigger}`,
  timesFired: 'Times fired',
  leadsActedOn: 'Leads acted on',
  actionsProduced: 'Actions',
  lastFired: 'Last fired',
  neverFired: 'Has not fired yet.',
  up: 'Move up',
  down: 'Move down',
  edit: 'Edit',
  moveUp: (name) => `Move up ${name}`,
  moveDown: (name) => `Move down ${name}`,
  editRule: (name) => `Edit ${name}`,
  moved: (name, position, count) => `${name} is now ${position} of ${count}`,
  actionNames: {
    updateStatus: 'Update status',
    sendEmail: 'Send email',
    sendSms: 'Send SMS',
    createTask: 'Create task',
    assign: 'Assign',
    addTag: 'Add tag',
    notify: 'Notify',
    enrollCampaign: 'Enroll in campaign',
    createQuote: 'Create quote',
    createInvoice: 'Create invoice',
    setPriority: 'Set priority',
  },

  preview: 'Rule preview',
  sampleWindow: 'Leads created in',
  lastDays: (days) => `the last ${days} days`,
  allTime: 'any time',
  sampleSize: 'Sample size',
  everyLead: 'every lead',
  anonymize: 'Anonymize personal fields',
  segment: 'Segment',
  allLeads: 'All leads',
  noRuleToPreview: 'Nothing to preview until the rule is complete.',
  running: 'Previewing…',
  waiting: 'The preview starts when you stop typing.',
  previewTime: (ms) => `Previewed in ${ms} ms`,
  sampled: 'Sample',
  previewed: 'Previewed',
  matched: 'Matched',
  perAction: 'Leads per action',
  wouldReceive: (count, action) => `${count} leads would receive “${action}”`,
  warnings: 'Warnings and errors',
  leadError: (leadId, message) => `Lead ${leadId}: ${message}`,
  examples: 'Example leads',
  noExamples: 'No lead matched.',
  exampleLead: (leadId) => `Lead ${leadId}`,
  explanationOf: (leadId) => `Why lead ${leadId} matched or not`,
  testOneLead: 'Test on one lead',
  leadId: 'Lead',
  chooseLead: 'Choose a lead',
  leadMatches: (leadId) => `The rule matches lead ${leadId}.`,
  leadDoesNotMatch: (leadId) => `The rule does not match lead ${leadId}.`,
  leadNotInSample: (leadId) => `Lead ${leadId} is not in the sample.`,
} satisfies RuleStrings);
