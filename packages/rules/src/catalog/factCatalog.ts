import { BANDS } from '@hotleads/core';
import { FACT_INTEREST } from './interest';
import { ACTIVE_INTEREST_EVENTS, LEAD_SOURCES, LEAD_STATUSES } from './leadSources';
import { operatorsFromLabels, type OperatorLabel } from './operatorLabels';
import type { FactDataType, FactDefinition } from './types';

const RANGE: OperatorLabel[] = ['Greater Than', 'Less Than', 'Within Range'];
const RANGE_EQ: OperatorLabel[] = ['Greater Than', 'Less Than', 'Within Range', 'Equals'];

function fact(
  id: string,
  label: string,
  group: string,
  type: FactDataType,
  labels: OperatorLabel[],
  tooltip: string,
  options?: string[],
): FactDefinition {
  const def: FactDefinition = { id, label, group, type, operators: operatorsFromLabels(type, labels), tooltip };
  if (options !== undefined) def.options = options;
  if (Object.hasOwn(FACT_INTEREST, id)) def.interest = FACT_INTEREST[id];
  return Object.freeze(def);
}

function derived(
  id: string,
  label: string,
  type: FactDataType,
  labels: OperatorLabel[],
  tooltip: string,
  options?: string[],
): FactDefinition {
  return Object.freeze({ ...fact(id, label, 'Derived', type, labels, tooltip, options), derived: true });
}

const G1 = 'G1 Lead Contact Information';
const G2 = 'G2 Lead Company Information';
const G3 = 'G3 Lead BANT-Champ Information';
const G4A = 'G4A Buyer engagement with seller pages';
const G4B = 'G4B Buyer interaction with seller: communication';
const G4C = 'G4C Buyer engagement with seller: clicks and actions';
const G5 = 'G5 Buyer interaction with Power Cozmo';
const G0 = 'Lead';
const YES_NO: OperatorLabel[] = ['Equals'];

/** The prefix of the `hoursSince.<eventType>` family of derived facts. */
export const HOURS_SINCE_PREFIX = 'hoursSince.';

/**
 * The fact catalog (docs/rules.md, "Facts and the catalog"): the lead criteria groups 1–5 (label,
 * group, data type, known values, operators, tooltip), the lead's status and tags, collections
 * fields, and the derived facts. Extend it with {@link extendCatalog}.
 */
export const factCatalog: readonly FactDefinition[] = /* @__PURE__ */ (() =>
  Object.freeze([
    fact(
      'status',
      'Lead Status',
      G0,
      'enum',
      ['Equals', 'Not Equal', 'In List', 'Not In List'],
      'The lead group the lead is in (Untouched, Nurturing, Qualified, ...).',
      [...LEAD_STATUSES],
    ),
    fact('tags', 'Tags', G0, 'list', ['Contains', 'Does Not Contain'], 'Tags added to the lead by sellers or rules.'),
    // Group 1 — Lead contact information
    fact(
      'contactName',
      'Contacts',
      G1,
      'text',
      ['Exact Match', 'Contains'],
      'Used for personalizing communication. Essential for uniquely identifying the lead.',
    ),
    fact(
      'email',
      'Email Address',
      G1,
      'text',
      ['Exact Match'],
      "The lead's main email. Crucial for direct communication and marketing outreach. Verified Emails will have more points.",
    ),
    fact(
      'phone',
      'Phone Number',
      G1,
      'text',
      ['Exact Match', 'Contains'],
      'For direct calls or SMS marketing, enhancing lead engagement.',
    ),
    fact(
      'location',
      'Location',
      G1,
      'text',
      ['Exact Match', 'In List', 'Not In List'],
      'Buyer country name. Allows for regional targeting and segmentation.',
    ),
    fact(
      'jobTitle',
      'Job Title',
      G1,
      'enum',
      ['Equals', 'Contains', 'Does Not Contain'],
      'Facilitates role-based targeting, enhancing relevance of communication.',
      ['CEO', 'VP', 'Director', 'Manager', 'Engineer', 'Procurement Specialist', 'Buyer'],
    ),
    fact(
      'department',
      'Department',
      G1,
      'text',
      ['Exact Match', 'Contains', 'In List', 'Not In List'],
      'The department or division the lead works in; with the job title, a hint of decision-making capacity.',
    ),
    fact(
      'leadSource',
      'Lead Source',
      G1,
      'enum',
      ['Exact Match', 'Contains', 'In List', 'Not In List'],
      'Identifies the origin of the lead, useful for tracking the effectiveness of marketing channels.',
      [...LEAD_SOURCES],
    ),
    fact(
      'initialPointOfContact',
      'Initial Point of Contact',
      G1,
      'text',
      ['Exact Match', 'Contains', 'In List', 'Not In List'],
      'The first point of interaction (a specific landing page, a referral name); with the lead source, tracks which channels work.',
    ),
    // Group 2 — Lead company information
    fact(
      'companyName',
      'Company Name',
      G2,
      'text',
      ['Exact Match'],
      "Identifies the lead's company for personalized outreach.",
    ),
    fact(
      'companySize',
      'Company Size',
      G2,
      'number',
      RANGE,
      'Number of employees. Useful for segmenting leads based on company scale.',
    ),
    fact(
      'annualRevenue',
      'Annual Revenue',
      G2,
      'number',
      RANGE,
      "Annual revenue in global currency. Helps gauge the financial capacity of the lead's company.",
    ),
    fact(
      'industry',
      'Industry',
      G2,
      'enum',
      ['Exact Match', 'In List'],
      "Aligns marketing and sales efforts with the lead's industry-specific needs.",
      ['Power Generation', 'Renewable Energy Sources', 'Water Treatment Technologies', 'Oil & Gas', 'Manufacturing'],
    ),
    // Group 3 — BANT-Champ
    fact(
      'budget',
      'Budget & Money',
      G3,
      'number',
      RANGE,
      "The minimum, maximum, or acceptable range of the lead's budget.",
    ),
    fact(
      'authority',
      'Authority',
      G3,
      'enum',
      ['Exact Match'],
      "The lead's power to make or influence the purchasing decision.",
      ['Decision Maker', 'Influencer', 'Other'],
    ),
    fact('need', 'Need', G3, 'enum', ['Exact Match'], 'How pressing is the problem the lead is trying to solve?', [
      'Urgent',
      'Strong',
      'Moderate',
      'Weak',
    ]),
    fact('timeline', 'Timeline', G3, 'enum', ['Exact Match'], 'How soon does the lead intend to make a purchase?', [
      'Within 1 Week',
      '1-3 Months',
      '3-6 Months',
      '6+ Months',
      'Immediate',
      'Short-term',
      'Long-term',
    ]),
    fact(
      'challenges',
      'Challenges',
      G3,
      'list',
      ['Contains', 'Does Not Contain'],
      'What obstacles is the lead facing? Consider multiple challenges.',
      ['Technical', 'Financial', 'Operational'],
    ),
    fact(
      'productFit',
      'Product/Solution Fit',
      G3,
      'text',
      ['Exact Match'],
      "Does the lead's expressed need match what your product or service directly solves?",
    ),
    // Group 4A — engagement with seller pages
    fact(
      'engagementLevel',
      'Engagement Level',
      G4A,
      'number',
      RANGE,
      'Overall interaction percentage (0-100), from page views, time on site, content consumption.',
    ),
    fact(
      'sessionsEngaged',
      'Sessions Engaged',
      G4A,
      'number',
      RANGE,
      'Number of sessions ("Seasons Engaged" in the criteria table) the lead engaged in.',
    ),
    fact(
      'pageViewed',
      'Page Viewed',
      G4A,
      'text',
      ['Exact Match'],
      'Specific product page, category page, or other relevant URLs.',
    ),
    fact('pageRevisits', 'Page Revisits', G4A, 'number', RANGE, 'Indicates strong interest in a specific page.'),
    fact(
      'timeOnPage',
      'Time on Page',
      G4A,
      'number',
      RANGE,
      'Seconds; threshold based on the average length of content.',
    ),
    fact(
      'scrollDepth',
      'Scroll Depth',
      G4A,
      'number',
      RANGE,
      'Percentage (0-100). Did the lead read most of the page?',
    ),
    fact('clicks', 'Clicks', G4A, 'number', RANGE, 'Demonstrates interaction beyond browsing.'),
    fact(
      'elementClicked',
      'Element Clicked',
      G4A,
      'text',
      ['Equals'],
      'Clicks on important elements (quote, contact, purchase).',
    ),
    // Group 4B — communication channel
    fact(
      'emailOpenRate',
      'Email Open Rate',
      G4B,
      'number',
      RANGE_EQ,
      'Percentage of emails sent to the lead that were opened.',
    ),
    fact(
      'chatResponseRate',
      'Chat Response Rate',
      G4B,
      'number',
      RANGE_EQ,
      '% of chat sessions initiated by the seller where the lead responded.',
    ),
    fact(
      'emailResponseRate',
      'Email Response Rate',
      G4B,
      'number',
      RANGE_EQ,
      'Percentage of emails sent by the seller where the lead replied.',
    ),
    fact('chatWithSeller', 'Chat with Seller', G4B, 'enum', ['Equals'], 'Wants direct communication.', [
      'Started',
      'Completed',
      'Abandoned',
    ]),
    fact('contactSeller', 'Contact Seller', G4B, 'enum', ['Equals', 'In List'], 'Shows active interest.', [
      'Submitted',
      'Failed',
      'Pending',
    ]),
    // Group 4C — clicks and actions
    fact(
      'quoteRequest',
      'Quote Request',
      G4C,
      'enum',
      ['Equals', 'In List'],
      'Indicates the lead is actively seeking pricing.',
      ['Submitted', 'Failed', 'Pending', 'Abandoned'],
    ),
    fact('wishlist', 'Wishlist', G4C, 'enum', ['Equals'], 'Product interest, but maybe not immediate purchase.', [
      'Add',
      'View',
      'Remove',
    ]),
    fact('orderValue', 'Order Value', G4C, 'number', RANGE, 'Strongest indicator of purchase intent (value).'),
    fact('orderFrequency', 'Order Frequency', G4C, 'number', RANGE, 'Orders per month.'),
    fact('conversionRate', 'Conversion Rate', G4C, 'number', RANGE, 'Percentage of visits that became orders.'),
    fact('productImageClicks', 'Product Image Clicks', G4C, 'boolean', YES_NO, 'Lead is interested in visuals.'),
    fact('productSpecView', 'Product Spec Tap View', G4C, 'boolean', YES_NO, 'Lead wants technical details.'),
    fact(
      'downloadCatalog',
      'Download Catalog Clicks',
      G4C,
      'enum',
      ['Equals'],
      'Suggests serious interest & product comparison.',
      ['Success', 'Failed', 'Pending'],
    ),
    fact(
      'timeOnProductPages',
      'Time on Product Pages',
      G4C,
      'number',
      RANGE,
      'Seconds. Longer dwell time = higher interest.',
    ),
    fact('contentDownloads', 'Content Downloads', G4C, 'enum', ['Equals'], 'Shows interest in product uses.', [
      'Whitepaper',
      'Case Study',
    ]),
    fact('socialShareClicks', 'Social Share Clicks', G4C, 'number', RANGE, 'Potential reach, seeking opinions.'),
    fact('sellerReviewSubmitted', 'Seller Review (Submit)', G4C, 'boolean', YES_NO, 'Impacts seller reputation.'),
    fact(
      'sellerReviewsRead',
      'Seller Review (Read)',
      G4C,
      'number',
      RANGE,
      'Indicates the lead is researching the seller.',
    ),
    fact('sellerRate', 'Seller Rate', G4C, 'number', RANGE, '1-5 stars. Impacts seller reputation.'),
    fact('visitStoreClicks', 'Visit Store Click', G4C, 'number', RANGE, "Exploring seller's other offerings."),
    fact('companyProfileClicks', 'Company Profile Click', G4C, 'number', RANGE, "Researching seller's reputation."),
    fact('addToContacts', 'Add to Contacts Click', G4C, 'boolean', YES_NO, 'Wants to save seller info.'),
    // Group 5 — Power Cozmo platform
    fact('buyerType', 'Buyer Type', G5, 'enum', ['Equals', 'In List'], "The lead's relationship to the platform.", [
      'New',
      'Returning',
      'High-Value',
      'VIP',
    ]),
    fact(
      'overallEngagementScore',
      'Overall Engagement Score',
      G5,
      'number',
      RANGE,
      'Composite score (0-100) based on multiple factors.',
    ),
    fact(
      'buyerJourneyStage',
      'Buyer Journey Stage',
      G5,
      'enum',
      ['Equals', 'In List'],
      'Where the lead is in the buying process.',
      ['Awareness', 'Consideration', 'Decision', 'Purchase'],
    ),
    fact(
      'purchaseHistory',
      'Purchase History',
      G5,
      'boolean',
      YES_NO,
      "Whether they've bought from the platform before.",
    ),
    fact('buyingFrequency', 'Buying Frequency', G5, 'number', RANGE, 'Purchases per month.'),
    fact('spendingPattern', 'Spending Patterns', G5, 'number', RANGE, 'Average transaction value.'),
    fact('reviewRating', 'Review Rating', G5, 'number', RANGE, 'Sentiment towards the platform, 1-5 stars.'),
    fact('wishlistItems', 'Wishlist Items', G5, 'number', RANGE, 'Shows interest in specific products.'),
    fact('searchTerm', 'Search Term', G5, 'text', ['Equals', 'Contains'], 'Reveals what the lead is looking for.'),
    fact('quoteRequests', 'Quote Request(s)', G5, 'number', RANGE, 'Number of requests; intent across the platform.'),
    fact('timeOnPlatform', 'Time on Platform', G5, 'number', RANGE, 'Seconds; overall engagement level.'),
    fact(
      'frequentFeatures',
      'Frequent Features',
      G5,
      'enum',
      ['Equals'],
      'Reveals how the lead navigates the platform.',
      ['Search', 'Product Filters'],
    ),
    fact('communicationChannel', 'Communication Channel', G5, 'enum', ['Equals'], "Lead's preferred contact method.", [
      'Email',
      'Chat',
      'Phone',
    ]),
    fact('emailMetrics', 'Email Metrics', G5, 'number', RANGE, 'Engagement on email (0-100%).'),
    fact('chatMetrics', 'Chat Metrics', G5, 'number', RANGE, 'Engagement on chat (0-100%).'),
    fact('phoneMetrics', 'Phone Metrics', G5, 'number', RANGE, 'Engagement on phone (0-100%).'),
    // Collections accounts
    fact('balance', 'Balance', 'Collections', 'number', RANGE, 'Outstanding balance of the account.'),
    fact(
      'collector',
      'Collector',
      'Collections',
      'text',
      ['Exact Match', 'In List'],
      'The collector who owns the account.',
    ),
    // Derived facts (docs/rules.md, "Facts and the catalog")
    derived('now', 'Now', 'number', RANGE, 'The evaluation time, epoch milliseconds.'),
    derived(
      'hoursUntouched',
      'Time Untouched',
      'number',
      ['Greater Than', 'Less Than', 'Within Range'],
      "Hours since the lead's last active-interest event (else since createdAt).",
    ),
    derived(
      'previousStatus',
      'Previous Status',
      'enum',
      ['Equals', 'In List'],
      'The status before the change that triggered this evaluation.',
      [...LEAD_STATUSES],
    ),
    derived(
      'changedFields',
      'Changed Fields',
      'list',
      ['Contains', 'Does Not Contain'],
      'The fields whose change triggered this evaluation.',
    ),
    derived('score', 'Lead Score', 'number', RANGE, 'The lead score (0-100) under the scoring model of the context.'),
    derived(
      'band',
      'Score Band',
      'enum',
      ['Equals', 'In List'],
      'HOT / HIGH / WARM / COLD under the scoring model of the context.',
      [...BANDS].reverse(),
    ),
  ]))();

/** Active-interest event types, re-exported for hosts. */
export { ACTIVE_INTEREST_EVENTS };

/**
 * Ids of the facts the library computes rather than reads from the lead: the catalog's
 * `derived` entries, so the list is kept in one place. `hoursSince.<eventType>` is a family
 * (see {@link HOURS_SINCE_PREFIX}).
 */
export const DERIVED_FACT_IDS: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(factCatalog.filter((f) => f.derived === true).map((f) => f.id)))();

/** True when `id` names a derived fact (including the `hoursSince.<eventType>` family). */
export function isDerivedFact(id: string): boolean {
  if (typeof id !== 'string') return false;
  return DERIVED_FACT_IDS.includes(id) || (id.startsWith(HOURS_SINCE_PREFIX) && id.length > HOURS_SINCE_PREFIX.length);
}
