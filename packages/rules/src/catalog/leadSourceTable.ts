/** The categories of the lead source table, in table order (docs/lead-management.md, "Lead sources"). */
export const LEAD_SOURCE_CATEGORIES = /* @__PURE__ */ (() =>
  Object.freeze([
    'Online Channels',
    'Platform-Specific Channels',
    'Offline Channels',
    'Partnerships',
    'Third-Party Sources',
    'Other Sources',
  ] as const))();

/** One category of {@link LEAD_SOURCE_CATEGORIES}. */
export type LeadSourceCategory = (typeof LEAD_SOURCE_CATEGORIES)[number];

/** One row of the lead source table. */
export type LeadSourceInfo = {
  /** The source, one of `LEAD_SOURCES` (the `leadSource` fact's options). */
  source: string;
  category: LeadSourceCategory;
  /** What the source is, in a few words. */
  description: string;
  /** The sentence the user sees beside the source. */
  tooltip: string;
  /** True when a seller tags the source by hand (offline channels, partnerships, …); else it is tagged automatically. */
  manual: boolean;
};

type Row = [string, LeadSourceCategory, string, string, boolean];

const ROWS: readonly Row[] = [
  [
    'Web Forms',
    'Online Channels',
    'Forms on website for user engagement.',
    'Capture leads through contact forms, sign-ups, and downloads.',
    false,
  ],
  [
    'Landing Pages',
    'Online Channels',
    'Targeted pages for specific campaigns.',
    'Pages designed for marketing campaigns to capture leads.',
    false,
  ],
  [
    'Online Ads',
    'Online Channels',
    'Leads from digital advertising.',
    'Leads generated through online advertising campaigns.',
    false,
  ],
  [
    'Social media',
    'Online Channels',
    'Interactions on social platforms.',
    'Leads from social media engagements and direct messages.',
    false,
  ],
  [
    'Email Campaigns',
    'Online Channels',
    'Responses to email marketing.',
    'Capture leads who respond to your email marketing efforts.',
    false,
  ],
  ['Webinars', 'Online Channels', 'Online event sign-ups.', 'Registrants for webinars and virtual events.', false],
  [
    'Content Marketing',
    'Online Channels',
    'Leads via SEO and blogs.',
    'Leads attracted through your optimized content and blogs.',
    false,
  ],
  [
    'Get Quote Form',
    'Platform-Specific Channels',
    'Requests for product quotes.',
    "Leads generated through 'Get Quote' requests on your platform.",
    false,
  ],
  [
    'Contact Seller Form',
    'Platform-Specific Channels',
    'Direct inquiries to sellers.',
    "Potential clients who use the 'Contact Seller' form.",
    false,
  ],
  [
    'Power Cozmo Leads',
    'Platform-Specific Channels',
    'Leads provided by Power Cozmo.',
    'Leads directly sent by Power Cozmo to sellers on the platform.',
    false,
  ],
  [
    'Events',
    'Offline Channels',
    'Attendee details from events.',
    'Leads collected at trade shows, conferences, and events.',
    true,
  ],
  [
    'Networking',
    'Offline Channels',
    'Contacts from networking.',
    'Leads obtained through business networking events.',
    true,
  ],
  [
    'Direct Outreach',
    'Offline Channels',
    'Cold calls and mail responses.',
    'Leads generated from traditional marketing methods.',
    true,
  ],
  [
    'Referrals',
    'Offline Channels',
    'Recommended by others.',
    'Leads referred by existing customers or partners.',
    true,
  ],
  ['Print Media', 'Offline Channels', 'Print ad responses.', 'Responses from print advertisements.', true],
  ['Business Cards', 'Offline Channels', 'Collected cards.', 'Contacts from exchanged business cards.', true],
  [
    'Partners',
    'Partnerships',
    'Affiliate recommendations.',
    'Leads referred by business partners or affiliates.',
    true,
  ],
  ['Collaborations', 'Partnerships', 'Joint venture leads.', 'Leads from collaborations with industry partners.', true],
  ['Lists', 'Third-Party Sources', 'Purchased lead lists.', 'Leads acquired from third-party providers.', false],
  [
    'Lead Services',
    'Third-Party Sources',
    'External generation services.',
    'Leads sourced through specialized lead generation services.',
    true,
  ],
  [
    'Customer Referrals',
    'Other Sources',
    'From existing customers.',
    'Leads referred by your current customer base.',
    false,
  ],
  [
    'Community Engagement',
    'Other Sources',
    'Community-related leads.',
    'Leads from community events and sponsorships.',
    true,
  ],
];

/**
 * The lead source table (docs/lead-management.md, "Lead sources"): for each of the 22 sources of
 * `LEAD_SOURCES`, in the same order, its category, description, tooltip, and whether a seller tags
 * it by hand. Frozen.
 */
export const LEAD_SOURCE_TABLE: readonly LeadSourceInfo[] = /* @__PURE__ */ (() =>
  Object.freeze(
    ROWS.map(([source, category, description, tooltip, manual]) =>
      Object.freeze({ source, category, description, tooltip, manual }),
    ),
  ))();

/** The row of {@link LEAD_SOURCE_TABLE} for `source`, or `undefined` for a source the table does not list. */
export function leadSourceInfo(source: string): LeadSourceInfo | undefined {
  return LEAD_SOURCE_TABLE.find((r) => r.source === source);
}
