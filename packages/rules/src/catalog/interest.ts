import type { FactDefinition, InterestKind } from './types';

const IMPLICIT = [
  // G4A — engagement with seller pages: browsing behaviour
  'engagementLevel',
  'sessionsEngaged',
  'pageViewed',
  'pageRevisits',
  'timeOnPage',
  'scrollDepth',
  'clicks',
  'elementClicked',
  // G4B — an email opened is read, not answered
  'emailOpenRate',
  // G4C — looking, not acting
  'productImageClicks',
  'productSpecView',
  'timeOnProductPages',
  'sellerReviewsRead',
  'visitStoreClicks',
  'companyProfileClicks',
  // G5 — platform browsing and engagement rates
  'overallEngagementScore',
  'buyerJourneyStage',
  'searchTerm',
  'timeOnPlatform',
  'frequentFeatures',
  'emailMetrics',
  'chatMetrics',
  'phoneMetrics',
];

const EXPLICIT = [
  // G4B — the lead writes to the seller
  'chatResponseRate',
  'emailResponseRate',
  'chatWithSeller',
  'contactSeller',
  // G4C — deliberate actions: quotes, wishlist, orders, downloads, reviews
  'quoteRequest',
  'wishlist',
  'orderValue',
  'orderFrequency',
  'conversionRate',
  'downloadCatalog',
  'contentDownloads',
  'socialShareClicks',
  'sellerReviewSubmitted',
  'sellerRate',
  'addToContacts',
  // G5 — purchases, quotes, reviews and a stated channel
  'buyerType',
  'purchaseHistory',
  'buyingFrequency',
  'spendingPattern',
  'reviewRating',
  'wishlistItems',
  'quoteRequests',
  'communicationChannel',
];

/**
 * Whether each engagement criterion (groups G4A, G4B, G4C and G5 of the catalog) shows implicit
 * interest (signals inferred from browsing: time on a page, pages viewed, scroll depth) or
 * explicit interest (deliberate actions: a quote request, a wishlist, a download, a chat started),
 * as docs/lead-management.md "Implicit and explicit interest" explains. Keyed by fact id; frozen.
 */
export const FACT_INTEREST: Readonly<Record<string, InterestKind>> = /* @__PURE__ */ (() =>
  Object.freeze(
    Object.fromEntries([
      ...IMPLICIT.map((id) => [id, 'implicit' as const]),
      ...EXPLICIT.map((id) => [id, 'explicit' as const]),
    ]),
  ))();

/**
 * The kind of interest the facts a rule reads show, from the catalog's `interest` marks:
 * `'implicit'` when at least one fact is marked implicit and none explicit, `'explicit'` when one
 * is marked explicit, `'none'` when no fact is marked (status, contact data, derived facts).
 */
export function interestOfFacts(facts: readonly string[], catalog: readonly FactDefinition[]): InterestKind | 'none' {
  let implicit = false;
  for (const id of facts) {
    const kind = catalog.find((f) => f.id === id)?.interest;
    if (kind === 'explicit') return 'explicit';
    if (kind === 'implicit') implicit = true;
  }
  return implicit ? 'implicit' : 'none';
}
