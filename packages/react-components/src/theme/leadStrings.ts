// The words of the lead-management screens (LeadsOverview, CriteriaTable, ActionsTable,
// GlobalSearch, DistributionSettings, PullQueue): `strings.leads` of HotleadsTheme. What the
// libraries compute (group descriptions, action descriptions, distribution reasons, validation
// messages, search matches) arrives as data and is shown as it is.

import type { ActionCategory } from '@hotleads/rules';

/** A distribution method of the settings screen (docs/distribution.md). */
export type DistributionMethod = 'round-robin' | 'priority-tier' | 'push' | 'pull-hidden' | 'pull-preview' | 'manual';

/** Every label the lead-management screens render ({@link defaultLeadStrings} in English). */
export type LeadStrings = {
  // Leads overview
  leadsOverview: string;
  assignee: string;
  leadSource: string;
  /** A filter's "every value" option. */
  all: string;
  /** The chart's caption, with the total of the leads shown. */
  leadsByGroup: (total: string) => string;
  newGroup: string;
  groupId: string;
  groupLabel: string;
  groupPurpose: string;
  createGroup: string;
  cancel: string;
  selectedCount: (selected: string, shown: string) => string;
  selectShown: (count: string) => string;
  clearSelection: string;
  moveTo: string;
  /** `count` is the number `shown` formats, for the plural. */
  moveSelected: (shown: string, count: number) => string;
  /** The move preview's heading. */
  wouldFire: (shown: string, moved: number) => string;
  noRulesFire: string;
  /** One rule the move would fire, and for how many leads (counted once per lead, at any step of the cascade). */
  ruleFires: (rule: string, shown: string, leads: number) => string;
  /** A rule that first fires later in the cascade: at step `step` (after that many status changes made by rules). */
  ruleFiresLater: (rule: string, shown: string, leads: number, step: string) => string;
  /** The heading over @hotleads/rules' `describeMovePreview` sentences: how the cascades stop. */
  cascadeOutcome: string;
  noLeads: string;
  /** The lead list's accessible name. */
  leadList: (count: string) => string;
  /** The totals table's count and share columns. */
  leadsColumn: string;
  shareColumn: string;
  total: string;
  confirmMove: string;
  /** After a confirmed move: how many leads moved, and where. */
  movedLeads: (count: string, group: string) => string;
  /** After the dialog created a group. */
  groupCreated: (label: string) => string;
  /** In the move preview: selected leads already in the target group. */
  alreadyInGroup: (count: string) => string;

  // Global search
  globalSearch: string;
  globalSearchHint: string;
  /** Each hit kind's name beside the hit. */
  searchKinds: Readonly<Record<'lead' | 'criterion' | 'rule', string>>;
  /** The field that matched ("matched email"). */
  matchedField: (field: string) => string;
  noMatches: string;
  /** The polite count of hits. */
  searchCount: (count: string) => string;
  /** After a hit is picked. */
  searchPicked: (kind: string, label: string) => string;

  // Lead management page
  leadManagement: string;
  /** The page's tab names. */
  pageTabs: Readonly<Record<'overview' | 'criteria' | 'actions' | 'distribution' | 'pull', string>>;

  // Distribution settings
  distributionSettings: string;
  distributionMethod: string;
  /** Each method's name in the drop-down. */
  methodNames: Readonly<Record<DistributionMethod, string>>;
  /** Each method in one sentence, under the drop-down. */
  methodDescriptions: Readonly<Record<DistributionMethod, string>>;
  agents: string;
  agent: string;
  available: string;
  /** The availability switch's accessible name ("Ann is available"). */
  availableLabel: (name: string) => string;
  dailyCapacity: string;
  /** The capacity input's accessible name. */
  capacityLabel: (name: string) => string;
  /** An empty capacity field. */
  unlimited: string;
  leadsPerCycle: string;
  leadsPerCycleLabel: (name: string) => string;
  performance: string;
  performanceLabel: (name: string) => string;
  assignedToday: string;
  /** The simulated split's heading ("The next 100,000 leads"). */
  nextLeads: (count: string) => string;
  /** A method without automatic assignment has no split to show. */
  noSplit: Readonly<Record<'pull-hidden' | 'pull-preview' | 'manual', string>>;
  /** The split's column: each agent's count today once the incoming leads are assigned. */
  afterIncoming: string;
  notAssigned: (count: string) => string;
  previewFields: string;
  previewFieldsHint: string;

  // Pull queue
  pullQueue: string;
  /** "12 leads waiting". */
  waiting: (count: string) => string;
  emptyPullQueue: string;
  position: (position: string) => string;
  waitingSince: (when: string) => string;
  /** A hidden-queue row says nothing about the lead. */
  hiddenLead: string;
  take: string;
  /** The Take button's accessible name ("Take lead 3 of 100,000"). */
  takeLabel: (position: string, count: string) => string;
  /** Hidden or preview mode, beside the heading. */
  modeNames: Readonly<Record<'hidden' | 'preview', string>>;
  modeHints: Readonly<Record<'hidden' | 'preview', string>>;
  /** After a take: the lead is the agent's now (its id is shown only now), with core's reason. */
  taken: (leadId: string, reason: string) => string;
  /** A take core refused, with its reason (the lead stays hidden). */
  notTaken: (reason: string) => string;

  // Criteria table
  criteriaTable: string;
  criterion: string;
  group: string;
  dataType: string;
  operators: string;
  weight: string;
  informationPoints: string;
  evaluationPoints: string;
  maxPoints: string;
  tooltip: string;
  usage: string;
  /** The column of an editing host's cells. */
  edit: string;
  /** The Usage cell: how many active rules use the criterion. */
  usageCount: (count: string) => string;
  notInCatalog: string;
  /** How an evaluator's points read in a cell ("5 if present", "3 if one of 8 values"). */
  evaluatorWords: {
    present: (points: string) => string;
    oneOf: (points: string, count: string) => string;
    map: (entries: string) => string;
    steps: (steps: string) => string;
    linear: (x0: string, y0: string, x1: string, y1: string) => string;
    events: (types: string, steps: string) => string;
    signals: (signals: string) => string;
    hoursSince: (types: string, steps: string) => string;
    step: (min: string, points: string) => string;
    none: string;
  };
  /** A criterion's rules, in its Usage cell's tooltip. */
  usedBy: (rules: string) => string;

  /** The scrolling region around a wide table ("Scoring criteria, table"). */
  tableRegion: (title: string) => string;
  /** "sort by Weight" on a header button. */
  sortBy: (column: string) => string;

  // Criteria editor
  /** The label of an inline edit box: "Weight of Budget". */
  editField: (field: string, criterion: string) => string;
  pendingEdit: string;
  /** "2 changes". */
  changeCount: (count: string) => string;
  editRefused: string;
  /** "Budget: Weight 4 → 5". */
  changeLine: (criterion: string, field: string, before: string, after: string) => string;
  /** "Score distribution of 10,000 leads". */
  distributionOf: (count: string) => string;
  scores: string;
  before: string;
  after: string;
  scoreRange: (from: string, to: string) => string;
  meanScore: string;
  applyEdit: string;
  resetEdit: string;

  // Actions table
  actionsTable: string;
  action: string;
  actionType: string;
  description: string;
  triggeredBy: string;
  allTypes: string;
  filterByType: string;
  allCategories: string;
  filterByCategory: string;
  /** The name of each action category (`ACTION_CATEGORIES` of @hotleads/rules). */
  actionCategories: Readonly<Record<ActionCategory, string>>;
  noActions: string;
  /** After the name of a disabled rule. */
  ruleOff: string;
  /** "4 actions". */
  actionCount: (count: string) => string;
};

/** "lead" or "leads", for a count (English). */
const leadsWord = (count: number) => (count === 1 ? 'lead' : 'leads');

/** The English labels of the lead-management screens. */
export const defaultLeadStrings: LeadStrings = Object.freeze({
  leadsOverview: 'Leads overview',
  assignee: 'Assignee',
  leadSource: 'Lead source',
  all: 'All',
  leadsByGroup: (total) => `Leads by group — ${total} in total`,
  newGroup: 'New group',
  groupId: 'Group id',
  groupLabel: 'Name (optional)',
  groupPurpose: 'Purpose',
  createGroup: 'Create group',
  cancel: 'Cancel',
  selectedCount: (selected, shown) => `${selected} selected of ${shown} shown`,
  selectShown: (count) => `Select the first ${count}`,
  clearSelection: 'Clear selection',
  moveTo: 'Move to',
  moveSelected: (shown, count) => `Move ${shown} ${leadsWord(count)}`,
  wouldFire: (shown, moved) => `Moving ${shown} ${leadsWord(moved)} would fire`,
  noRulesFire: 'No rule.',
  ruleFires: (rule, shown, leads) => `${rule}: for ${shown} ${leadsWord(leads)}`,
  ruleFiresLater: (rule, shown, leads, step) => `${rule}: for ${shown} ${leadsWord(leads)}, from cascade step ${step}`,
  cascadeOutcome: 'Then the cascade',
  noLeads: 'No leads match these filters.',
  leadList: (count) => `${count} leads`,
  leadsColumn: 'Leads',
  shareColumn: 'Share',
  total: 'Total',
  confirmMove: 'Confirm move',
  movedLeads: (count, group) => `Moved ${count} leads to ${group}.`,
  groupCreated: (label) => `Group ${label} created.`,
  alreadyInGroup: (count) => `${count} selected leads are already in this group and do not move.`,
  globalSearch: 'Search leads, criteria and rules',
  globalSearchHint: 'Name, company, e-mail, id, criterion or rule. Arrow keys move, Enter opens.',
  searchKinds: { lead: 'Lead', criterion: 'Criterion', rule: 'Rule' },
  matchedField: (field) => `matched ${field}`,
  noMatches: 'Nothing matches.',
  searchCount: (count) => `${count} matches`,
  searchPicked: (kind, label) => `${kind}: ${label}`,
  leadManagement: 'Lead management',
  pageTabs: {
    overview: 'Overview',
    criteria: 'Criteria',
    actions: 'Actions',
    distribution: 'Distribution',
    pull: 'Pull queue',
  },
  distributionSettings: 'Lead distribution',
  distributionMethod: 'Distribution method',
  methodNames: {
    'round-robin': 'Round robin',
    'priority-tier': 'Priority tier',
    push: 'Push',
    'pull-hidden': 'Pull queue — hidden',
    'pull-preview': 'Pull queue — preview',
    manual: 'Manual',
  },
  methodDescriptions: {
    'round-robin': 'Every available agent gets a lead in turn; after the last one the cycle starts over.',
    'priority-tier': 'Top performers get more: each agent receives their leads per cycle before the cycle starts over.',
    push: 'Each lead goes to the next agent, best performance first, who has not had one this cycle.',
    'pull-hidden': 'Leads wait in a queue; agents take one without seeing any of its data first.',
    'pull-preview': 'Leads wait in a queue; agents see a few chosen fields before taking one.',
    manual: 'Nobody is assigned automatically: you assign each lead, and the agent can keep it or pass it on.',
  },
  agents: 'Agents',
  agent: 'Agent',
  available: 'Available',
  availableLabel: (name) => `${name} is available`,
  dailyCapacity: 'Daily capacity',
  capacityLabel: (name) => `Daily capacity of ${name}`,
  unlimited: 'No limit',
  leadsPerCycle: 'Leads per cycle',
  leadsPerCycleLabel: (name) => `Leads per cycle for ${name}`,
  performance: 'Performance',
  performanceLabel: (name) => `Performance of ${name}`,
  assignedToday: 'Assigned today',
  nextLeads: (count) => `Where the next ${count} leads would go`,
  noSplit: {
    'pull-hidden': 'Agents take leads from the pull queue themselves, so nothing is assigned ahead.',
    'pull-preview': 'Agents take leads from the pull queue themselves, so nothing is assigned ahead.',
    manual: 'Leads are assigned by hand, so nothing is assigned ahead.',
  },
  afterIncoming: 'Today, after these',
  notAssigned: (count) => `${count} not assigned`,
  previewFields: 'Fields shown before taking',
  previewFieldsHint: 'One field per line (dotted paths such as company.industry).',

  pullQueue: 'Pull queue',
  waiting: (count) => `${count} leads waiting`,
  emptyPullQueue: 'No leads are waiting.',
  position: (position) => `#${position}`,
  waitingSince: (when) => `Waiting since ${when}`,
  hiddenLead: 'Details shown once you take it',
  take: 'Take',
  takeLabel: (position, count) => `Take lead ${position} of ${count}`,
  modeNames: { hidden: 'Hidden', preview: 'Preview' },
  modeHints: {
    hidden: 'You see no lead data before taking a lead.',
    preview: 'You see a few fields of each lead before taking it.',
  },
  taken: (leadId, reason) => `${leadId} is yours — ${reason}`,
  notTaken: (reason) => `Not taken: ${reason}`,

  criteriaTable: 'Scoring criteria',
  criterion: 'Criterion',
  group: 'Group',
  dataType: 'Data type',
  operators: 'Operators',
  weight: 'Weight',
  informationPoints: 'Information',
  evaluationPoints: 'Evaluation',
  maxPoints: 'Max points',
  tooltip: 'Tooltip',
  usage: 'Usage',
  edit: 'Edit',
  usageCount: (count) => (count === '0' ? 'No rules' : count === '1' ? '1 rule' : `${count} rules`),
  notInCatalog: '—',
  evaluatorWords: {
    present: (points) => `${points} if present`,
    oneOf: (points, count) => `${points} if one of ${count} values`,
    map: (entries) => `by value: ${entries}`,
    steps: (steps) => steps,
    linear: (x0, y0, x1, y1) => `${y0} at ${x0} to ${y1} at ${x1}`,
    events: (types, steps) => `${types}: ${steps}`,
    signals: (signals) => signals,
    hoursSince: (types, steps) => `hours since ${types}: ${steps}`,
    step: (min, points) => `≥${min}: ${points}`,
    none: '—',
  },
  usedBy: (rules) => `Used by ${rules}`,

  tableRegion: (title) => `${title}, table`,
  sortBy: (column) => `Sort by ${column}`,

  editField: (field, criterion) => `${field} of ${criterion}`,
  pendingEdit: 'Pending edit',
  changeCount: (count) => (count === '0' ? 'No changes' : count === '1' ? '1 change' : `${count} changes`),
  editRefused: 'The edit is refused; see the marked cell.',
  changeLine: (criterion, field, before, after) => `${criterion}: ${field} ${before} → ${after}`,
  distributionOf: (count) => `Score distribution of ${count} leads`,
  scores: 'Scores',
  before: 'Before',
  after: 'After',
  scoreRange: (from, to) => `${from}–${to}`,
  meanScore: 'Mean score',
  applyEdit: 'Apply',
  resetEdit: 'Reset',

  actionsTable: 'Actions',
  action: 'Action',
  actionType: 'Type',
  description: 'Description',
  triggeredBy: 'Triggered by',
  allTypes: 'All types',
  filterByType: 'Action type',
  allCategories: 'All categories',
  filterByCategory: 'Category',
  actionCategories: {
    communication: 'Messages',
    task: 'Tasks',
    groupChange: 'Group and record changes',
    assignment: 'Assignment',
    campaign: 'Campaigns',
    document: 'Quotes and invoices',
  },
  noActions: 'No rule has an action of this kind.',
  ruleOff: '(off)',
  actionCount: (count) => (count === '1' ? '1 action' : `${count} actions`),
} satisfies LeadStrings);
