import type { LeadGroup } from './types';

const group = (id: string, label: string, description: string, tooltip: string): LeadGroup =>
  Object.freeze({ id, label, description, tooltip });

/**
 * The eight built-in lead groups, in pipeline order, with their description (for admins) and
 * tooltip (for sellers) (docs/lead-management.md, "Lead groups"). A group's id is the `status`
 * value of its leads and matches @hotleads/rules' `LEAD_STATUSES`.
 *
 * @example LEAD_GROUPS.map((g) => g.id) // ['Untouched', 'Nurturing', …, 'NotInterested']
 */
export const LEAD_GROUPS: readonly LeadGroup[] = /* @__PURE__ */ (() =>
  Object.freeze([
    group(
      'Untouched',
      'Untouched',
      'Newly acquired leads that have not been engaged with yet.',
      "These leads are brand new and haven't been contacted yet.",
    ),
    group(
      'Nurturing',
      'Nurturing',
      'Holds leads needing further engagement before qualification. Prioritize by engagement score. Sub-categorize or tag them by interests and needs for targeted nurturing.',
      'These leads show potential but need more information or interaction to determine their fit.',
    ),
    group(
      'Qualified',
      'Qualified',
      'Holds leads meeting predefined criteria for potential conversion. Ready for sales outreach.',
      'These leads are a good match for your offerings and are ready to be contacted by a salesperson.',
    ),
    group(
      'Unqualified',
      'Unqualified',
      'Contains leads not meeting essential criteria for conversion. Consider recycling after a period.',
      'These leads are not a good fit at this time, but they might be in the future.',
    ),
    group(
      'Recycled',
      'Recycled',
      'Holds previously unqualified leads that might become viable later. Set time-based triggers to move leads here after inactivity.',
      "These leads were previously not a good fit, but they're worth revisiting in case their needs have changed.",
    ),
    group(
      'Customer',
      'Customer',
      'Stores leads converted to customers or accounts. Track post-sale engagement, satisfaction, and upsell/cross-sell opportunities. New leads that come from previously qualified leads land here too.',
      'These leads have already become customers or converted to contacts or accounts. Stay in touch to keep them happy and see if they need anything else.',
    ),
    group(
      'Spam',
      'Spam / Blocked / Deleted',
      'Holds leads marked as spam, blocked due to policy violations, or intentionally deleted.',
      'These leads are not worth pursuing.',
    ),
    group(
      'NotInterested',
      'Not Interested / No Category',
      'Holds leads explicitly expressing disinterest or lacking clear categorization.',
      'These leads are not interested in your offerings currently.',
    ),
  ]))();
