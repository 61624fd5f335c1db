import { B2B_ACTIVE_INTEREST_EVENTS } from '@hotleads/core';

/** Seed 003's lead source table (section 4, "Defining lead sources"), in table order. */
export const LEAD_SOURCES: readonly string[] = Object.freeze([
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
]);

/** Seed 003's lead groups, as statuses. */
export const LEAD_STATUSES: readonly string[] = Object.freeze([
  'Untouched',
  'Nurturing',
  'Qualified',
  'Unqualified',
  'Recycled',
  'Customer',
  'Spam',
  'NotInterested',
]);

/**
 * Event types that count as "active interest" for `hoursUntouched` (seed 003, "Definition of
 * Time Untouched"): replies to the seller, purchase-intent actions and significant content
 * engagement. The same list core's b2b model uses for its Time Untouched penalty; hosts pass
 * their own in the evaluation context.
 */
export const ACTIVE_INTEREST_EVENTS: readonly string[] = Object.freeze([...B2B_ACTIVE_INTEREST_EVENTS]);
