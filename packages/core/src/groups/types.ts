/**
 * A lead group (docs/lead-management.md, "Lead groups"): where a lead stands in the pipeline. A
 * lead's group is its `status` field; the group's `id` is that status.
 */
export type LeadGroup = {
  /** The status value of the leads in this group, e.g. `'Nurturing'`. */
  id: string;
  /** The name shown to people, e.g. `'Spam / Blocked / Deleted'`. */
  label: string;
  /** What the group holds and how to work it (for admins; a custom group's purpose). */
  description: string;
  /** The one-line help shown beside the group (for sellers). */
  tooltip: string;
  /** True for a group a host created with {@link defineLeadGroup}; absent for the eight built-in groups. */
  custom?: true;
};

/** What {@link defineLeadGroup} takes: a new group and the purpose it serves. */
export type LeadGroupInput = {
  /** The status value, 1..64 characters, not one of the existing groups' ids. */
  id: string;
  /** Default: the id. */
  label?: string;
  /** Why the group exists, 1..500 characters: it becomes the group's description. */
  purpose: string;
  /** Default: the purpose. */
  tooltip?: string;
};

/** What {@link groupCounts} counts leads by: their group (`status`), `assignee` or `leadSource`. */
export type GroupCountBy = 'group' | 'assignee' | 'leadSource';

/** One bar of a {@link groupCounts} chart. */
export type GroupCountRow = {
  /** The group id, assignee or lead source; `null` for leads without one (or with a non-string value). */
  key: string | null;
  /** The group's label, else the key; {@link NO_VALUE_LABEL} for `null`. */
  label: string;
  count: number;
  /** count / total, 0..1 (0 when there are no leads). */
  share: number;
};

/** What {@link groupCounts} returns. */
export type GroupCounts = { by: GroupCountBy; total: number; rows: GroupCountRow[] };

/** The label of the row of leads without a value. */
export const NO_VALUE_LABEL = '(none)';
