// The words the components render themselves: headings, column headers, button labels, empty
// states, the accessible names built around them. Sentences computed by the libraries (a
// score's reasons, a policy's blocked reasons, core's display strings such as "$1,240.50" or
// "8.0% ahead of pace") arrive as data and are shown as they are; they are localized where they
// are computed (core's `format: { locale, currency }` options), not here.
import { defaultRuleStrings, type RuleStrings } from './ruleStrings';
import { defaultPaymentStrings, type PaymentStrings } from './paymentStrings';
import { defaultLeadStrings, type LeadStrings } from './leadStrings';
import { formatAgo, type AlertSeverity, type Band, type ContactChannel } from '@hotleads/core';

/**
 * Every label the components render, in English by default ({@link defaultStrings}). Override
 * any of them with `<HotleadsTheme strings={{ … }}>`; a function receives what it puts into
 * words (already formatted for the theme's `locale`).
 */
export type HotleadsStrings = {
  // Bands and scores
  /** A band's visible name on a badge (default the band itself: "HOT"). */
  bandNames: Readonly<Record<Band, string>>;
  /** A band's tooltip ("Hot: work now"). */
  bandDescriptions: Readonly<Record<Band, string>>;
  /** The score ring's accessible name: "Hot lead score 83 of 100, HOT". */
  scoreRingLabel: (score: number, band: string) => string;

  // Contact
  channelNames: Readonly<Record<ContactChannel, string>>;
  /** A contact button's accessible name ("Call Dana Reyes"). */
  contactAction: (channel: string, name: string) => string;
  /** The group of contact buttons ("Contact Dana Reyes"). */
  contactGroup: (name: string) => string;
  /**
   * Why some channels are blocked: `channels` is their names ("Call", or "Call, Text and
   * Email"), `reasons` the policy's own words, `until` when it clears (formatted) or undefined.
   */
  channelsBlocked: (channels: string, reasons: string, until: string | undefined) => string;
  /** Every shown channel blocked by the queue's verdict: "Do not contact now: …". */
  doNotContact: (reasons: string, until: string | undefined) => string;
  /** A block without a reason of its own. */
  blockedWithoutReason: string;
  /** Joins channel names: ["Call", "Text", "Email"] → "Call, Text and Email". */
  list: (items: readonly string[]) => string;

  // Queue
  workQueue: string;
  accountCount: (count: string) => string;
  emptyQueue: string;
  /** A card's rank ("#3"). */
  rank: (rank: string) => string;
  accountNumber: (accountNumber: string) => string;
  balance: string;

  // Why hot
  whyHot: string;
  topReasons: string;
  everyCriterion: string;
  noExplanations: string;
  /** A criterion's group beside its label ("(Intent signals)"). */
  criterionGroup: (group: string) => string;
  /** What a criterion could give at most, after what it gave ("/ +200.0"). */
  pointsOutOf: (max: string) => string;

  // Activity
  recentActivity: string;
  noActivity: string;
  /** How long ago something happened, from milliseconds (default core's `formatAgo`: "2 hours ago"). */
  timeAgo: (ms: number) => string;
  /** Event types in words ("portal_visit" → "Visited the payment portal"); others are humanized. */
  eventNames: Readonly<Record<string, string>>;
  /** An event in words with its amount ("Made a partial payment ($145.00)"). */
  eventWithAmount: (event: string, amount: string) => string;

  // Alerts
  liveAlerts: string;
  alertFeed: (title: string) => string;
  noAlerts: string;
  severityNames: Readonly<Record<AlertSeverity, string>>;
  /** An alert's badge: the score shown and the band's name ("86 HOT"). */
  alertBadge: (score: string, band: string) => string;
  open: string;
  openAccount: (name: string) => string;

  // Goals and KPIs
  todaysGoal: string;
  goalMet: string;
  changeWords: Readonly<{ up: string; down: string; flat: string }>;
  noPreviousData: string;
  vsPreviousPeriod: string;

  // Tables and charts
  leaderboard: string;
  rankColumn: string;
  collectorColumn: string;
  shareOfLeader: string;
  teamComparison: string;
  teamColumn: string;
  barColumn: string;
  /** The detail columns of `teamComparisonBars` rows. */
  teamDetailColumns: readonly [collectors: string, collected: string, rpcRate: string, vsAverage: string];
  /** The detail columns of `clientTargetBars` rows. */
  clientDetailColumns: readonly [collectedOfTarget: string, pace: string];
  periodColumn: string;
  /** A chart's note on the buckets the period covers only in part (`TrendBucket.partial`). */
  partialPeriods: (labels: string) => string;
  /** A partial bucket's label in the chart's table and tooltip ("Nov 20 (partial)"). */
  partialLabel: (label: string) => string;

  // Backtest
  /** The columns of a backtest's table (`BacktestChart`). */
  backtestColumns: readonly [
    ordering: string,
    revenuePerHour: string,
    collectionRate: string,
    rightPartyContacts: string,
    promisesKept: string,
  ];
  /** The lift column, against the baseline ordering's label: "Lift vs Balance, high to low". */
  backtestLift: (baseline: string) => string;
  /** The baseline's own lift cell. */
  backtestBaseline: string;
  /** The coverage column of a replay. */
  backtestCoverage: string;
  /** The chart's legend: the mean bar and the interval bar. */
  backtestLegend: readonly [mean: string, interval: string];

  // Promises
  promisesToPay: string;
  promiseStages: Readonly<{ open: string; kept: string; broken: string }>;
  keptRate: (percent: string) => string;

  // Controls
  dateRange: string;
  pickDates: string;
  presets: string;
  /** Added to a calendar day's name ("3 Tuesday, November 2026, today"). */
  dayStates: Readonly<{ today: string; selected: string; unavailable: string }>;
  exportLabel: (subject: string | undefined) => string;
  exportAs: (subject: string | undefined, format: string) => string;
  exporting: string;
  exportFailed: (message: string) => string;

  // Persona dashboards
  /** The collector workspace's heading ("Ava Thompson — work queue"). */
  workspaceTitle: (collector: string) => string;
  selectedAccount: string;
  /** The why-hot heading of the selected account. */
  whyAccountIsHot: (name: string, band: Band) => string;
  /** The team dashboard's heading ("Early stage team"). */
  teamTitle: (team: string) => string;
  teamSubtitle: (collectors: string) => string;
  agencyTitle: string;
  agencySubtitle: (collectors: string, teams: string, clients: string) => string;
  clientTargets: string;
  /** The collected-over-time chart of the dashboards. */
  collectedTrend: string;
  /** The team dashboard's leaderboard caption. */
  leaderboardByRevenue: string;
  clientColumn: string;
  attainment: string;
  revenuePerHourColumn: string;
  /** KPI labels of the dashboards. */
  kpis: Readonly<{
    collected: string;
    collectionRate: string;
    revenuePerHour: string;
    rpcRate: string;
    queueAdherence: string;
    receivedToday: string;
    billsCollectionRate: string;
    averageCollectionTime: string;
  }>;
  /** The change label of a month against the one before ("vs October"). */
  vsMonth: (month: string) => string;
  vsYesterday: string;
  /** A count of posted payments under a KPI. */
  paymentCount: (count: string) => string;
  /** What was due, under the collection rate of bills due. */
  dueThisMonth: (amount: string) => string;
  /** Average collection time in days. */
  days: (days: string) => string;
  /** The back-office section of one client ("Northwind Utilities back office — November"). */
  backOffice: (client: string, month: string) => string;
  // Rules
  /** The rule builder, rule list, rule preview and condition explanation (see `RuleStrings`). */
  rules: RuleStrings;
  // Payments
  /** The payments screens' labels (RecordPayment, PaymentReceipt, PaymentsDashboard, PaymentDetails). */
  payments: PaymentStrings;
  // Lead management
  /** The lead-management screens' labels (LeadsOverview, CriteriaTable, ActionsTable, GlobalSearch, DistributionSettings, PullQueue). */
  leads: LeadStrings;
};

const eventNames: Record<string, string> = {
  portal_visit: 'Visited the payment portal',
  abandoned_payment: 'Started a payment and abandoned it',
  partial_payment: 'Made a partial payment',
  payment: 'Made a payment',
  promise_to_pay: 'Promised to pay',
  email_open: 'Opened an email',
  email_click: 'Clicked a link in an email',
  sms_reply: 'Replied to a text',
  inbound_call: 'Called in',
  call: 'Was called',
  call_attempt: 'Call attempt',
  conversation: 'Spoke with a collector',
};

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The English labels every component uses unless `HotleadsTheme` is given others. */
export const defaultStrings: HotleadsStrings = Object.freeze({
  bandNames: { HOT: 'HOT', HIGH: 'HIGH', WARM: 'WARM', COLD: 'COLD' },
  bandDescriptions: { HOT: 'Hot: work now', HIGH: 'High priority', WARM: 'Warm', COLD: 'Cold' },
  scoreRingLabel: (score, band) => `Hot lead score ${score} of 100, ${band}`,

  channelNames: { call: 'Call', text: 'Text', email: 'Email' },
  contactAction: (channel, name) => `${channel} ${name}`,
  contactGroup: (name) => `Contact ${name}`,
  channelsBlocked: (channels, reasons, until) =>
    `${channels} blocked: ${reasons}.${until ? ` Eligible ${until}.` : ''}`,
  doNotContact: (reasons, until) => `Do not contact now: ${reasons}.${until ? ` Eligible ${until}.` : ''}`,
  blockedWithoutReason: 'not allowed by the contact policy now',
  list,

  workQueue: 'Work queue',
  accountCount: (count) => `${count} accounts`,
  emptyQueue: 'No accounts in the queue.',
  rank: (rank) => `#${rank}`,
  accountNumber: (n) => `Acct ${n}`,
  balance: 'Balance',

  whyHot: 'Why this account is hot',
  topReasons: 'Top reasons',
  everyCriterion: 'Every criterion',
  noExplanations: 'This score was computed without explanations.',
  criterionGroup: (group) => `(${group})`,
  pointsOutOf: (max) => `/ ${max}`,

  recentActivity: 'Recent activity',
  noActivity: 'No activity yet.',
  timeAgo: formatAgo,
  eventNames,
  eventWithAmount: (event, amount) => `${event} (${amount})`,

  liveAlerts: 'Live alerts',
  alertFeed: (title) => `${title} feed`,
  noAlerts: 'No alerts yet.',
  severityNames: { urgent: 'Urgent', important: 'Important', notice: 'Notice' },
  alertBadge: (score, band) => `${score} ${band}`,
  open: 'Open',
  openAccount: (name) => `Open ${name}`,

  todaysGoal: "Today's goal",
  goalMet: 'Goal met',
  changeWords: { up: 'Up', down: 'Down', flat: 'No change' },
  noPreviousData: 'No previous data',
  vsPreviousPeriod: 'vs previous period',

  leaderboard: 'Leaderboard',
  rankColumn: 'Rank',
  collectorColumn: 'Collector',
  shareOfLeader: 'Share of the leader',
  teamComparison: 'Team comparison',
  teamColumn: 'Team',
  barColumn: 'Bar',
  teamDetailColumns: ['Collectors', 'Collected', 'RPC rate', 'vs average'],
  clientDetailColumns: ['Collected of target', 'Pace'],
  periodColumn: 'Period',
  partialPeriods: (labels) => `Dashed: partial period (${labels})`,
  partialLabel: (label) => `${label} (partial)`,
  backtestColumns: [
    'Queue order',
    'Revenue per collector hour',
    'Collection rate',
    'Right-party contacts',
    'Promises kept',
  ],
  backtestLift: (baseline) => `Lift vs ${baseline}`,
  backtestBaseline: 'Baseline',
  backtestCoverage: 'Coverage',
  backtestLegend: ['Mean revenue per hour', '95% interval'],

  promisesToPay: 'Promises to pay',
  promiseStages: { open: 'Open', kept: 'Kept', broken: 'Broken' },
  keptRate: (percent) => `Kept rate ${percent}`,

  dateRange: 'Date range',
  pickDates: 'Pick dates',
  presets: 'Presets',
  dayStates: { today: 'today', selected: 'selected', unavailable: 'unavailable' },
  exportLabel: (subject) => (subject ? `Export ${subject}` : 'Export'),
  exportAs: (subject, format) => `${subject ? `Export ${subject}` : 'Export'} as ${format}`,
  exporting: 'Exporting…',
  exportFailed: (message) => `Export failed: ${message}`,

  workspaceTitle: (collector) => `${collector} — work queue`,
  selectedAccount: 'Selected account',
  whyAccountIsHot: (name, band) => (band === 'HOT' ? `Why ${name} is hot` : `Why ${name} is ranked here`),
  teamTitle: (team) => `${team} team`,
  teamSubtitle: (collectors) => `${collectors} collectors · manager view`,
  agencyTitle: 'Agency dashboard',
  agencySubtitle: (collectors, teams, clients) => `${collectors} collectors in ${teams} teams · ${clients} clients`,
  clientTargets: 'Client targets',
  collectedTrend: 'Collected',
  leaderboardByRevenue: 'Leaderboard — revenue per collector hour',
  clientColumn: 'Client',
  attainment: 'Attainment',
  revenuePerHourColumn: 'Revenue per hour',
  kpis: {
    collected: 'Collected',
    collectionRate: 'Collection rate',
    revenuePerHour: 'Revenue per collector hour',
    rpcRate: 'Right-party contact rate',
    queueAdherence: 'Queue adherence',
    receivedToday: 'Received today',
    billsCollectionRate: 'Collection rate of bills due',
    averageCollectionTime: 'Average collection time',
  },
  vsMonth: (month) => `vs ${month}`,
  vsYesterday: 'vs yesterday',
  paymentCount: (count) => `${count} posted payments`,
  dueThisMonth: (amount) => `${amount} due this month`,
  days: (days) => `${days} days`,
  backOffice: (client, month) => `${client} back office — ${month}`,
  rules: defaultRuleStrings,
  payments: defaultPaymentStrings,
  leads: defaultLeadStrings,
} satisfies HotleadsStrings);

/**
 * What a host may override: any label; in a record of labels (`kpis`, `channelNames`,
 * `eventNames`…), any of its keys.
 */
export type HotleadsStringsOverrides = {
  [K in keyof HotleadsStrings]?: HotleadsStrings[K] extends (...args: never[]) => unknown
    ? HotleadsStrings[K]
    : HotleadsStrings[K] extends readonly unknown[]
      ? HotleadsStrings[K]
      : HotleadsStrings[K] extends object
        ? Partial<HotleadsStrings[K]>
        : HotleadsStrings[K];
};

/**
 * `base` (the English defaults, or an enclosing theme's labels) with a host's overrides on top;
 * a record of labels is merged key by key.
 */
export function mergeStrings(base: HotleadsStrings, overrides: HotleadsStringsOverrides | undefined): HotleadsStrings {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const inner = (base as Record<string, unknown>)[key];
    merged[key] =
      inner !== null && typeof inner === 'object' && !Array.isArray(inner) && typeof value === 'object'
        ? { ...inner, ...value }
        : value;
  }
  return merged as HotleadsStrings;
}
