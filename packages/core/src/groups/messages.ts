/** The constant sentences of the lead-group functions (docs/lead-management.md). */
export const GROUP_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    input: 'Expected a group: { id, purpose, label?, tooltip? }',
    id: 'A group id is a string of 1..64 characters, without spaces at either end',
    reservedId: 'A group id cannot be __proto__, prototype or constructor',
    duplicate: 'A group with this id already exists',
    purpose: 'A group needs its purpose: a string of 1..500 characters',
    text: 'Expected a string of 1..500 characters, or nothing',
    groups: 'Expected a list of lead groups, each with a string id, label, description and tooltip',
    duplicateGroups: 'Two groups have the same id',
    by: 'by is one of group, assignee, leadSource',
    unknownGroup: 'Unknown group: not one of the groups given (default LEAD_GROUPS)',
    tooMany: 'A move takes at most 10,000 leads at once (MAX_MOVE)',
    leadId: 'A lead needs a non-empty string id',
  } as const))();
