import { HotleadsError, isIanaTimeZone } from '@hotleads/core';
import { Cron } from 'croner';
import { factCatalog } from '../catalog/factCatalog';
import type { FactDefinition } from '../catalog/types';
import type { CatalogOptions, Rule } from '../types';
import { checkConditions } from './checkConditions';
import { ruleSchema } from './ruleSchema';
import { deepestIssue } from './zodIssue';

/**
 * Parses and checks a rule: structure (zod), then every condition against the catalog (known
 * facts, known operators, value types per operator, JSONPaths), the cron expression and time
 * zone of a schedule trigger. Returns a normalized copy (a `High`/`Medium`/`Low` priority becomes
 * 8/5/2).
 *
 * @throws HotleadsError `INVALID_RULE` (or `INVALID_PATH`) whose `path` points at the problem,
 *   e.g. `conditions.all[1].value`.
 * @example validateRule({ id: 'r1', name: 'Hot', trigger: { type: 'event', events: ['quote_request'] },
 *   conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] }, actions: [{ type: 'addTag', tag: 'hot' }] })
 */
export function validateRule(input: unknown, options: CatalogOptions = {}): Rule {
  const catalog: readonly FactDefinition[] = options.catalog ?? factCatalog;
  const root = input !== null && typeof input === 'object' ? (input as Record<string, unknown>).conditions : undefined;
  if (
    root !== null &&
    typeof root === 'object' &&
    !Array.isArray(root) &&
    !('all' in root) &&
    !('any' in root) &&
    !('not' in root)
  ) {
    throw new HotleadsError(
      'INVALID_RULE',
      'Invalid rule: the root of conditions must be an "all", "any" or "not" group',
      { path: ['conditions'] },
    );
  }
  const result = ruleSchema.safeParse(input);
  if (!result.success) {
    const found = deepestIssue(result.error.issues);
    const path = (found?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    throw new HotleadsError('INVALID_RULE', `Invalid rule: ${found?.issue.message ?? 'invalid input'}`, {
      path,
      cause: result.error,
    });
  }
  const rule = result.data as Rule;
  checkConditions(rule.conditions, catalog, ['conditions'], { facts: new Set() });
  if (rule.trigger.type === 'schedule') {
    const { cron, timezone } = rule.trigger;
    if (timezone !== undefined && !isIanaTimeZone(timezone)) {
      throw new HotleadsError('INVALID_RULE', `Unknown time zone "${timezone}"`, { path: ['trigger', 'timezone'] });
    }
    try {
      new Cron(cron, { paused: true, ...(timezone === undefined ? {} : { timezone }) }).stop();
    } catch (cause) {
      throw new HotleadsError('INVALID_RULE', `Invalid cron expression "${cron}"`, {
        path: ['trigger', 'cron'],
        cause,
      });
    }
  }
  return rule;
}
