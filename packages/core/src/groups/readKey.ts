import type { GroupCountBy } from './types';

const FIELD: Record<GroupCountBy, string> = { group: 'status', assignee: 'assignee', leadSource: 'leadSource' };

/** The lead field a {@link GroupCountBy} reads: `status`, `assignee` or `leadSource`. */
export function fieldOf(by: GroupCountBy): string {
  return FIELD[by];
}

/** A lead's own string value of `field`, or `null` (absent, empty or not a string). May throw on a hostile lead. */
export function readKey(lead: object, field: string): string | null {
  if (!Object.hasOwn(lead, field)) return null;
  const v = (lead as Record<string, unknown>)[field];
  return typeof v === 'string' && v !== '' ? v : null;
}
