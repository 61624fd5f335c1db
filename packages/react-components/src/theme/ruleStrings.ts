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
  /** A named condition reference in an explanation (`{ condition: 'name' }`). */
  referenceName: (name: string) => string;
  /** The label before a condition that has a json-rules-engine `name` ("Big budget:"). */
  conditionName: (name: string) => string;

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
  // Builder
  builder: string;
  undo: string;
  redo: string;
  template: string;
  startFromTemplate: string;
  showAllSteps: string;
  steps: string;
  /** A step's button: "1. Name and trigger". */
  stepLabel: (number: string, name: string) => string;
  stepNames: Readonly<Record<'basics' | 'criteria' | 'actions' | 'execution' | 'review', string>>;
  back: string;
  next: string;
  save: string;
  saveAsTemplate: string;
  readyToSave: string;
  /** Why Save is disabled while the draft is only unfinished: the count and the first problem. */
  cannotSaveIncomplete: (count: string, first: string) => string;
  /** Why Save is disabled when something is wrong: the count and the first wrong thing. */
  cannotSaveWrong: (count: string, first: string) => string;
  // Criteria
  and: string;
  or: string;
  addCondition: string;
  addGroup: string;
  remove: string;
  removeCondition: string;
  removeGroup: string;
  not: string;
  notTitle: string;
  moveConditionUp: string;
  moveConditionDown: string;
  combinator: string;
  compareWith: string;
  aValue: string;
  anotherFact: string;
  fact: string;
  chooseFact: string;
  operator: string;
  otherFact: string;
  rangeFrom: string;
  rangeTo: string;
  values: string;
  valuesCommaSeparated: string;
  value: string;
  chooseValue: string;
  yes: string;
  no: string;
  duration: string;
  durationUnit: string;
  hours: string;
  days: string;
  // Name and trigger
  name: string;
  description: string;
  trigger: string;
  triggerNames: Readonly<Record<'schedule' | 'statusChange' | 'fieldChange' | 'event' | 'scoreChange', string>>;
  fromBand: string;
  toBand: string;
  anyBand: string;
  /** The score threshold of a scoreChange trigger. */
  crosses: string;
  crossesHint: string;
  direction: string;
  directionNames: Readonly<Record<'either' | 'up' | 'down', string>>;
  fromStatus: string;
  toStatus: string;
  anyStatus: string;
  fields: string;
  multiSelectHint: string;
  eventTypes: string;
  otherEventTypes: string;
  commaSeparated: string;
  cron: string;
  cronHint: string;
  timeZone: string;
  utcDefault: string;
  /** The next runs of a schedule, formatted, after "Next runs:". */
  nextRuns: (runs: string) => string;
  /** A schedule in words (`describeCron`'s, e.g. "at 10:00 every Tuesday") and its time zone. */
  scheduleInWords: (words: string, timeZone: string) => string;
  // Actions
  noActions: string;
  actionType: string;
  /** An action's fields by key ("template" → "Template"). */
  actionFields: Readonly<Record<string, string | undefined>>;
  levels: Readonly<Record<'High' | 'Medium' | 'Low', string>>;
  removeAction: (action: string) => string;
  newAction: string;
  addAction: string;
  // Execution
  mode: string;
  modeNames: Readonly<Record<'always' | 'once' | 'periodic' | 'cycle', string>>;
  everyHours: string;
  forHours: string;
  priority: string;
  defaultPriority: string;
  blocking: string;
  blockingHint: string;
  sunset: string;
  sunsetAt: string;
  sunsetAtHint: string;
  sunsetAfterRuns: string;
  sunsetOnEvent: string;
  // Review
  reviewWhenComplete: string;
  engineJson: string;
  copyJson: string;
  copied: string;
};

/** The English words of the rule components. */
export const defaultRuleStrings: RuleStrings = Object.freeze({
  explanation: 'Why the rule matched or not',
  pass: 'Pass',
  fail: 'Fail',
  missing: '(missing)',
  factValue: (value) => `value: ${value}`,
  groupNames: { all: 'All of', any: 'Any of', not: 'Not' },
  referenceName: (name) => `Named condition "${name}"`,
  conditionName: (name) => `${name}:`,

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
  builder: 'Rule builder',
  undo: 'Undo',
  redo: 'Redo',
  template: 'Template',
  startFromTemplate: 'Start from template',
  showAllSteps: 'Show every step on one page',
  steps: 'Steps',
  stepLabel: (n, name) => `${n}. ${name}`,
  stepNames: {
    basics: 'Name and trigger',
    criteria: 'Criteria',
    actions: 'Actions',
    execution: 'Execution',
    review: 'Review',
  },
  back: 'Back',
  next: 'Next',
  save: 'Save rule',
  saveAsTemplate: 'Save as template',
  readyToSave: 'The rule is complete and can be saved.',
  cannotSaveIncomplete: (count, first) => `Not finished yet (${count} to do): ${first}`,
  cannotSaveWrong: (count, first) => `Cannot save (${count} problems): ${first}`,
  and: 'AND (all of)',
  or: 'OR (any of)',
  addCondition: 'Add condition',
  addGroup: 'Add group',
  remove: 'Remove',
  removeCondition: 'Remove condition',
  removeGroup: 'Remove group',
  not: 'NOT',
  notTitle: 'Match when this group does not hold',
  moveConditionUp: 'Move condition up',
  moveConditionDown: 'Move condition down',
  combinator: 'How the conditions combine',
  compareWith: 'Compare with',
  aValue: 'a value',
  anotherFact: 'another fact',
  fact: 'Fact',
  chooseFact: 'Choose a fact',
  operator: 'Operator',
  otherFact: 'Other fact',
  rangeFrom: 'From',
  rangeTo: 'To',
  values: 'Values',
  valuesCommaSeparated: 'Values, comma-separated',
  value: 'Value',
  chooseValue: 'Choose…',
  yes: 'Yes',
  no: 'No',
  duration: 'Duration',
  durationUnit: 'Unit',
  hours: 'hours',
  days: 'days',
  name: 'Name',
  description: 'Description',
  trigger: 'Trigger',
  triggerNames: {
    schedule: 'On a schedule',
    statusChange: 'When the status changes',
    fieldChange: 'When a field changes',
    event: 'When an event happens',
    scoreChange: 'When the score changes',
  },
  fromBand: 'From band',
  toBand: 'To band',
  anyBand: 'Any band',
  crosses: 'Crosses score',
  crossesHint: 'Optional: a score above 0 and at most 100 the score goes across.',
  direction: 'Direction',
  directionNames: { either: 'Either way', up: 'Up (rises to it or more)', down: 'Down (falls below it)' },
  fromStatus: 'From status',
  toStatus: 'To status',
  anyStatus: 'Any status',
  fields: 'Fields',
  multiSelectHint: 'Hold Ctrl or Shift to choose several.',
  eventTypes: 'Event types',
  otherEventTypes: 'Other event types',
  commaSeparated: 'Comma-separated, e.g. quote_request, email_reply',
  cron: 'Cron expression',
  cronHint: 'minute hour day month weekday, e.g. 0 * * * * (every hour)',
  timeZone: 'Time zone',
  utcDefault: 'UTC (default)',
  nextRuns: (runs) => `Next runs: ${runs}`,
  scheduleInWords: (words, timeZone) => `Runs ${words} (${timeZone} time).`,
  noActions: 'No action yet.',
  actionType: 'Action',
  actionFields: {
    status: 'Status',
    template: 'Template',
    title: 'Title',
    dueInHours: 'Due in hours',
    assignee: 'Assignee',
    to: 'To',
    tag: 'Tag',
    message: 'Message',
    campaign: 'Campaign',
    priority: 'Priority',
  },
  levels: { High: 'High (8)', Medium: 'Medium (5)', Low: 'Low (2)' },
  removeAction: (action) => `Remove ${action}`,
  newAction: 'New action',
  addAction: 'Add action',
  mode: 'Runs',
  modeNames: {
    always: 'Every time it matches',
    once: 'Once per lead',
    periodic: 'Periodically (every N hours)',
    cycle: 'In a cycle (every N hours for M hours)',
  },
  everyHours: 'Every (hours)',
  forHours: 'For (hours)',
  priority: 'Priority',
  defaultPriority: 'Default (5)',
  blocking: 'Blocking',
  blockingHint: 'When this rule fires for a lead, lower-priority rules are skipped for that lead.',
  sunset: 'Sunset',
  sunsetAt: 'Stop on',
  sunsetAtHint: 'The rule stops at 00:00 UTC that day.',
  sunsetAfterRuns: 'Stop after this many runs',
  sunsetOnEvent: 'Stop for a lead on this event',
  reviewWhenComplete: 'The rule appears here in words and as JSON once it is complete.',
  engineJson: 'json-rules-engine JSON',
  copyJson: 'Copy JSON',
  copied: 'Copied.',
} satisfies RuleStrings);
