import { B2B_ACTIVE_INTEREST_EVENTS } from '@hotleads/core';

/** The lead sources, in the order of the lead source table (docs/rules.md, "Facts and the catalog"). */
export const LEAD_SOURCES: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze([
    'Web Forms',
    'Landing Pages',
    'Online Ads',
    'Social media',
    'Email Campaigns',
    'Webinars',
    'Content Marketing',
    'Get Quote Form',
    'Contact Seller Form',
    'Power Cozmo Leads',
    'Events',
    'Networking',
    'Direct Outreach',
    'Referrals',
    'Print Media',
    'Business Cards',
    'Partners',
    'Collaborations',
    'Lists',
    'Lead Services',
    'Customer Referrals',
    'Community Engagement',
  ]))();

/** The lead groups, as statuses (docs/rules.md, "Facts and the catalog"). */
export const LEAD_STATUSES: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze([
    'Untouched',
    'Nurturing',
    'Qualified',
    'Unqualified',
    'Recycled',
    'Customer',
    'Spam',
    'NotInterested',
  ]))();

/**
 * Event types that count as "active interest" for `hoursUntouched` (docs/rules.md, "Facts and
 * the catalog"): replies to the seller, purchase-intent actions and significant content
 * engagement. The same list core's b2b model uses for its Time Untouched penalty; hosts pass
 * their own in the evaluation context.
 */
export const ACTIVE_INTEREST_EVENTS: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze([...B2B_ACTIVE_INTEREST_EVENTS]))();
