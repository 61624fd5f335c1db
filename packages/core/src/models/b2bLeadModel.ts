import type { Criterion, Evaluator, ScoringModel, Step } from '../scoring/types';

// Every row of seed 003's "Default Values Table" (59 criteria), with its information points,
// evaluation points, max points and weight. Where a cell gives a range ("0-3 scaled based on
// size"), the steps chosen here are documented in docs/scoring.md and in each row's description.
// Copy the model and edit targets (regions, roles, industries) for your market.

const present = (points: number): Evaluator => ({ kind: 'present', points });
const oneOf = (values: Array<string | number | boolean>, points: number): Evaluator => ({ kind: 'oneOf', values, points, caseInsensitive: true });
const steps = (...pairs: Array<[number, number]>): Evaluator => ({ kind: 'steps', steps: pairs.map(([min, points]): Step => ({ min, points })) });
const linear = (from: [number, number], to: [number, number]): Evaluator => ({ kind: 'linear', from, to });
const map = (points: Record<string, number>, otherwise?: number): Evaluator => (otherwise === undefined ? { kind: 'map', points } : { kind: 'map', points, otherwise });

type Row = [id: string, label: string, field: string | undefined, information: Evaluator | undefined, evaluation: Evaluator | undefined, maxPoints: number, weight: number, description?: string];

function group(name: string, rows: Row[]): Criterion[] {
  return rows.map(([id, label, field, information, evaluation, maxPoints, weight, description]) => {
    const criterion: Criterion = { id, label, group: name, weight, maxPoints };
    if (field !== undefined) criterion.field = field;
    if (information !== undefined) criterion.information = information;
    if (evaluation !== undefined) criterion.evaluation = evaluation;
    if (description !== undefined) criterion.description = description;
    return criterion;
  });
}

/** Event types that count as "active interest" for Time Untouched (seed 003, "Definition of Time Untouched"). */
export const B2B_ACTIVE_INTEREST_EVENTS = ['email_reply', 'chat_message', 'quote_request', 'wishlist_add', 'spec_download', 'catalog_download', 'page_engagement', 'contact_seller'];

/** Default targets used by the b2b model's "If …" evaluation points; edit a copy for your market. */
export const B2B_DEFAULT_TARGETS = {
  regions: ['United States', 'Canada', 'United Kingdom', 'Germany', 'United Arab Emirates', 'Saudi Arabia', 'India', 'Australia'],
  roles: ['CEO', 'VP', 'Director', 'Procurement Specialist', 'Buyer', 'Manager'],
  sources: ['Get Quote Form', 'Contact Seller Form', 'Referrals', 'Customer Referrals', 'Events'],
  idealIndustries: ['Power Generation', 'Renewable Energy Sources', 'Water Treatment Technologies', 'Oil & Gas'],
  partialIndustries: { Manufacturing: 3, Utilities: 3, Mining: 2, Construction: 2, 'Engineering Services': 2 } as Record<string, number>,
};

const T = B2B_DEFAULT_TARGETS;
const industryPoints: Record<string, number> = { ...T.partialIndustries, ...Object.fromEntries(T.idealIndustries.map((i) => [i, 5])) };

/**
 * The B2B lead model: every row of seed 003's Default Values Table in its groups (G#1–G#5),
 * 59 criteria. Bands 80 / 60 / 40. Field names are the fact ids of `@hotleads/rules`' catalog
 * where the catalog has the criterion, so one lead record serves scoring and rules.
 */
export const b2bLeadModel: ScoringModel = {
  id: 'b2b-default',
  name: 'B2B lead scoring (seed 003 defaults)',
  criteria: [
    ...group('G#1 Lead Contact Info', [
      ['contacts', 'Contacts', 'contactName', present(5), undefined, 5, 4],
      ['email', 'Primary Email Address', 'email', present(5), undefined, 5, 5],
      ['phone', 'Phone Number', 'phone', present(3), undefined, 3, 3],
      ['location', 'Location', 'location', present(2), oneOf(T.regions, 3), 5, 3, 'Evaluation: 3 if the country is a target region.'],
      ['job-title', 'Job Title', 'jobTitle', present(2), oneOf(T.roles, 3), 5, 3, 'Evaluation: 3 for a relevant role.'],
      ['lead-source', 'Lead Source', 'leadSource', present(1), oneOf(T.sources, 2), 3, 2, 'Evaluation: 2 for a high-value source.'],
    ]),
    ...group('G#2 Lead Company Info', [
      ['company-name', 'Company Name', 'companyName', present(3), undefined, 3, 3],
      ['company-size', 'Company Size', 'companySize', present(1), steps([10, 1], [100, 2], [500, 3]), 4, 3, 'Employees: ≥10 → 1, ≥100 → 2, ≥500 → 3.'],
      ['annual-revenue', 'Annual Revenue', 'annualRevenue', present(1), steps([1e6, 1], [1e7, 2], [5e7, 3], [2.5e8, 4]), 5, 2, 'Revenue: ≥1M → 1, ≥10M → 2, ≥50M → 3, ≥250M → 4.'],
      ['industry', 'Industry', 'industry', present(2), map(industryPoints, 0), 7, 4, 'Evaluation: 5 for an ideal industry, 2–3 for a partial match.'],
    ]),
    ...group('G#3A Lead BANT', [
      ['budget', 'Budget & Money', 'budget', present(2), steps([1_000, 2], [10_000, 4], [50_000, 6], [250_000, 8]), 10, 4, 'Budget: ≥1k → 2, ≥10k → 4, ≥50k → 6, ≥250k → 8.'],
      ['authority', 'Authority', 'authority', undefined, oneOf(['Decision Maker'], 10), 10, 5],
      ['need', 'Need', 'need', present(1), map({ Urgent: 4, Strong: 3, Moderate: 2, Weak: 0 }), 5, 3],
      ['timeline', 'Timeline', 'timeline', present(1), map({ 'Within 1 Week': 4, Immediate: 4, '1-3 Months': 3, 'Short-term': 3, '3-6 Months': 2, '6+ Months': 1, 'Long-term': 1 }), 5, 3],
      ['challenges', 'Challenges', 'challenges', present(2), oneOf(['Technical', 'Operational'], 3), 5, 2, 'Evaluation: 3 when a challenge is one the seller solves (Technical, Operational by default).'],
    ]),
    ...group('G#3B Fit with Product', [
      ['need-alignment', 'Need Alignment', 'needAlignment', undefined, oneOf(['Perfect'], 10), 10, 4, 'Values: Perfect / Partial / None.'],
      ['target-profile', 'Target Customer Profile', 'targetCustomerProfile', present(2), oneOf(['Ideal'], 5), 7, 3, 'Values: Ideal / Partial / None.'],
    ]),
    ...group('G#4A Buyer Engagement', [
      ['engagement-level', 'Engagement Level', 'engagementLevel', linear([0, 0], [100, 10]), undefined, 10, 3, 'Percentage 0–100 scaled linearly to 0–10.'],
      ['sessions-engaged', 'Sessions Engaged', 'sessionsEngaged', steps([1, 1], [3, 2], [6, 3], [10, 4]), undefined, 4, 2],
      ['page-viewed', 'Page Viewed', 'pageViewed', present(2), oneOf(['Pricing', 'Product Detail', 'Get Quote'], 3), 5, 2],
      ['page-revisits', 'Page Revisits', 'pageRevisits', steps([1, 1], [3, 2], [5, 3]), undefined, 3, 1],
      ['time-on-page', 'Time on Page', 'timeOnPage', present(1), steps([120, 2]), 3, 1, 'Seconds; evaluation 2 above the 120 s average.'],
      ['scroll-depth', 'Scroll Depth', 'scrollDepth', present(1), steps([75, 2]), 3, 1, 'Percent; evaluation 2 at ≥ 75 %.'],
      ['clicks', 'Clicks', 'clicks', steps([1, 1], [5, 2], [10, 3]), undefined, 3, 1],
      ['element-clicked', 'Element Clicked', 'elementClicked', present(2), oneOf(['quote', 'contact', 'purchase'], 3), 5, 2],
      ['time-untouched', 'Time Untouched', undefined, undefined, { kind: 'timeSince', types: B2B_ACTIVE_INTEREST_EVENTS, steps: [{ minHours: 24, points: -5 }, { minHours: 48, points: -7 }, { minHours: 72, points: -9 }, { minHours: 168, points: -10 }] }, -10, 2, 'Penalty by hours since the last active-interest event (else since createdAt): ≥24 → −5, ≥48 → −7, ≥72 → −9, ≥168 → −10.'],
    ]),
    ...group('G#4B Buyer Interaction – Communication', [
      ['email-open-rate', 'Email Open Rate', 'emailOpenRate', steps([0.01, 1]), steps([10, 2], [25, 3], [40, 4], [60, 5]), 6, 2, 'Percent: any opens → 1; ≥10 → 2 … ≥60 → 5.'],
      ['chat-response-rate', 'Chat Response Rate', 'chatResponseRate', steps([0.01, 1]), steps([10, 2], [25, 3], [40, 4], [60, 5]), 6, 2],
      ['email-response-rate', 'Email Response Rate', 'emailResponseRate', steps([0.01, 1]), steps([5, 2], [15, 3], [30, 4], [50, 5]), 6, 2],
      ['order-value', 'Order Value', 'orderValue', undefined, steps([1, 5], [5_000, 7], [20_000, 9], [50_000, 10]), 10, 3, 'Average order size: any → 5, ≥5k → 7, ≥20k → 9, ≥50k → 10.'],
      ['order-frequency', 'Order Frequency', 'orderFrequency', steps([1, 1], [4, 2], [12, 3], [24, 4]), undefined, 4, 2, 'Orders per year.'],
      ['conversion-rate', 'Conversion Rate', 'conversionRate', undefined, steps([0.01, 5], [3, 7], [5, 9], [10, 10]), 10, 3, 'Percent; 0 when no purchase.'],
      ['quote-request', 'Quote Request', 'quoteRequest', present(5), oneOf(['Submitted'], 5), 10, 5],
    ]),
    ...group('G#4C Buyer Interaction – Actions', [
      ['wishlist', 'Wishlist', 'wishlist', present(2), oneOf(['Add'], 2), 4, 2],
      ['product-image-clicks', 'Product Image Clicks', 'productImageClicks', steps([1, 1], [3, 2], [6, 3]), undefined, 3, 1],
      ['product-spec-views', 'Product Spec Tap View', 'productSpecView', steps([1, 1], [3, 2], [6, 3]), undefined, 3, 1],
      ['download-catalog', 'Download Catalog Click', 'downloadCatalog', present(2), oneOf(['Success'], 2), 4, 2],
      ['social-share-clicks', 'Social Share Clicks', 'socialShareClicks', steps([1, 1]), undefined, 1, 1],
      ['seller-review', 'Seller Review', 'sellerReviewSentiment', present(1), linear([0, 2], [1, 5]), 6, 1, 'Sentiment 0–1 from analysis, scaled to 2–5.'],
      ['seller-rate', 'Seller Rate', 'sellerRate', undefined, steps([3, 3], [4, 4], [5, 5]), 5, 1, 'Stars: 3 → 3, 4 → 4, 5 → 5.'],
      ['visit-store-click', 'Visit Store Click', 'visitStoreClicks', steps([1, 1]), undefined, 1, 1],
      ['company-profile-click', 'Company Profile Click', 'companyProfileClicks', steps([1, 1]), undefined, 1, 1],
      ['add-to-contacts', 'Add to Contacts Click', 'addToContacts', oneOf([true], 2), undefined, 2, 1],
      ['chat-with-seller', 'Chat with Seller', 'chatWithSeller', present(2), oneOf(['Started', 'Completed'], 3), 5, 3, 'Evaluation: 3 when the buyer initiated the chat (Started or Completed).'],
      ['contact-seller', 'Contact Seller', 'contactSeller', present(3), oneOf(['Submitted'], 2), 5, 3],
    ]),
    ...group('G#5 Buyer Engagement with Platform', [
      ['buyer-type', 'Buyer Type', 'buyerType', undefined, map({ New: 2, Returning: 3, 'High-Value': 4, VIP: 5 }), 5, 2],
      ['overall-engagement-score', 'Overall Engagement Score', 'overallEngagementScore', linear([0, 0], [100, 10]), undefined, 10, 2],
      ['buyer-journey-stage', 'Buyer Journey Stage', 'buyerJourneyStage', undefined, map({ Awareness: 3, Consideration: 3.5, Decision: 4.5, Purchase: 5 }), 5, 2],
      ['purchase-history', 'Purchase History', 'purchaseHistoryValue', present(1), steps([1, 4], [10_000, 6], [50_000, 8], [250_000, 10]), 10, 3, 'Past purchase value: any → 4 … ≥250k → 10.'],
      ['buying-frequency', 'Buying Frequency', 'buyingFrequency', steps([1, 1], [4, 2], [12, 3], [24, 4]), undefined, 4, 2, 'Purchases per year.'],
      ['spending-patterns', 'Spending Patterns', 'spendingPattern', undefined, steps([1, 2], [1_000, 3], [10_000, 4], [50_000, 5]), 5, 2],
      ['review-rating', 'Review (Rating)', 'reviewRating', undefined, steps([3, 3], [4, 4], [5, 5]), 5, 1],
      ['wishlist-items', 'Wishlist Items', 'wishlistItems', steps([1, 1], [3, 2], [6, 3]), undefined, 3, 1],
      ['search-term', 'Search Term', 'searchTerm', present(1), map({ 'gas turbine': 5, transformer: 4, 'solar panel': 4, 'water pump': 3, valve: 2 }, 1), 6, 2, 'Evaluation by keyword; any other term → 1.'],
      ['quote-request-repeat', 'Quote Request (Repeat)', 'quoteRequests', steps([1, 3]), steps([2, 2]), 5, 2, 'Number of quote requests: any → 3 information, repeat (≥2) → 2 evaluation.'],
      ['time-on-platform', 'Time Spent on Platform', 'timeOnPlatform', steps([60, 1], [300, 2], [900, 3], [1800, 4], [3600, 5]), undefined, 5, 1, 'Seconds.'],
      ['most-used-features', 'Most Used Features', 'frequentFeatures', present(1), map({ 'Request Quote': 3, Compare: 2, 'Product Filters': 2, Search: 1 }), 4, 1],
      ['communication-channel', 'Communication Channel', 'communicationChannel', undefined, oneOf(['Email', 'Chat', 'Phone'], 2), 2, 1, 'Evaluation: 2 when the lead states a channel the seller supports.'],
      ['channel-metrics', 'Channel Metrics', 'channelMetrics', linear([0, 0], [100, 5]), undefined, 5, 1, 'Percent 0–100 scaled to 0–5.'],
    ]),
  ],
};
