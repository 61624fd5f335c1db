import { HotleadsError } from '@hotleads/core';
import type { PaymentSettings, Permission } from '../settings/settings';
import { unreadableInput } from '../input/readInput';

/** The permissions of `settings.permissions` (docs/payments.md, "Permissions"). */
export const PERMISSIONS: readonly Permission[] = /* @__PURE__ */ (() =>
  Object.freeze(['record', 'credit', 'reverse', 'verify']))();

/**
 * Whether `actor`'s role holds `permission` under `settings.permissions`: the same test every
 * write runs before it writes, so a screen shows a button exactly when the write would be
 * allowed (docs/payments.md, "Permissions"). A role is compared as the writes read it: trimmed, case
 * and all (`' admin'` is `admin`, `Admin` is not).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `actor` when the actor has no string `role`, at
 *   `permission` for anything but `record`, `credit`, `reverse` or `verify`.
 * @example can(ledger.settings, { id: 'u-2', name: 'Maria Lopez', role: 'billing-manager' }, 'credit') // true
 */
export function can(settings: PaymentSettings, actor: { role: string }, permission: Permission): boolean {
  if (typeof permission !== 'string' || !PERMISSIONS.includes(permission))
    throw new HotleadsError('INVALID_ARGUMENT', 'Permission must be one of record, credit, reverse, verify', {
      path: ['permission'],
    });
  let role: unknown;
  try {
    role = typeof actor === 'object' && actor !== null ? actor.role : undefined;
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', ['actor']);
  }
  if (typeof role !== 'string')
    throw new HotleadsError('INVALID_ARGUMENT', 'An actor with a string role is required', { path: ['actor', 'role'] });
  return settings.permissions[permission].includes(role.trim());
}
