import { compileFieldReader } from '../lead/path';
import { parseWithSchema } from '../validation/parseWithSchema';
import { contactPolicySchema } from './schema';
import type { ContactPolicy } from './types';

/**
 * Validates a contact policy from outside (settings, a database) and returns it typed.
 *
 * @throws HotleadsError `INVALID_POLICY` naming the path of the first problem (an unknown
 *   channel, a window that ends before it starts, a fixed-offset time zone, a bad state code…).
 * @example
 * const ma = defineContactPolicy({ ...regFPolicy, id: 'ma', states: { MA: { call: { maxAttempts: { count: 2, days: 7 } } } } });
 */
export function defineContactPolicy(input: unknown): ContactPolicy {
  const policy = parseWithSchema(contactPolicySchema, input, 'INVALID_POLICY', 'contact policy') as ContactPolicy;
  if (policy.stateField !== undefined) compileFieldReader(policy.stateField, ['stateField']);
  return policy;
}
