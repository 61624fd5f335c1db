import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { checkGroups } from './checkGroups';
import { GROUP_MESSAGES } from './messages';
import type { LeadGroup, LeadGroupInput } from './types';

const RESERVED = /* @__PURE__ */ (() => new Set(['__proto__', 'prototype', 'constructor']))();

function own(input: object, key: string): unknown {
  return Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= max;
}

function read(input: unknown): LeadGroupInput {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.input);
  const id = own(input, 'id');
  if (typeof id !== 'string' || id === '' || id.length > 64 || id.trim() !== id)
    throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.id, { path: ['id'] });
  if (RESERVED.has(id)) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.reservedId, { path: ['id'] });
  const purpose = own(input, 'purpose');
  if (!text(purpose, 500)) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.purpose, { path: ['purpose'] });
  const out: LeadGroupInput = { id, purpose };
  for (const key of ['label', 'tooltip'] as const) {
    const v = own(input, key);
    if (v === undefined) continue;
    if (!text(v, 500)) throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.text, { path: [key] });
    out[key] = v;
  }
  return out;
}

/**
 * Creates a custom lead group with the purpose it serves (docs/lead-management.md, "Custom
 * groups"). The purpose becomes its description, and its tooltip unless one is given; the label
 * defaults to the id. The id must differ from every group of `existing` (default
 * {@link LEAD_GROUPS}). Add the result to your group list, and give the list to
 * @hotleads/rules' `catalogWithGroups` so rules, previews and the builder know the new status.
 *
 * @throws HotleadsError `INVALID_ARGUMENT`: a bad field (path `['id']`, `['purpose']`, …), an id
 *   already used (path `['id']`), or a bad `existing` (path `['existing', …]`).
 * @example
 * const vip = defineLeadGroup({ id: 'VIP', purpose: 'Key accounts the owner follows personally.' });
 * const groups = [...LEAD_GROUPS, vip];
 */
export function defineLeadGroup(input: LeadGroupInput, existing?: readonly LeadGroup[]): LeadGroup {
  const groups = checkGroups(existing, ['existing']);
  let g: LeadGroupInput;
  try {
    g = read(input);
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT');
  }
  if (groups.some((x) => x.id === g.id))
    throw new HotleadsError('INVALID_ARGUMENT', GROUP_MESSAGES.duplicate, { path: ['id'] });
  return Object.freeze({
    id: g.id,
    label: g.label ?? g.id,
    description: g.purpose,
    tooltip: g.tooltip ?? g.purpose,
    custom: true as const,
  });
}
