import { canonicalFactId, FACT_PARAMS, FACT_PARAMS_MESSAGES } from '../catalog/factParams';
import { tryEpochMs } from '@hotleads/core';
import * as z from 'zod/mini';
import type { Action, Condition, Rule, TopLevelCondition, Trigger } from '../types';
import { scoreChangeTriggerSchema } from './scoreChangeTrigger';

// zod/mini; each schema is built in a `@__PURE__` IIFE, so a bundle that does not use it drops it.

const FORBIDDEN_IDS = /* @__PURE__ */ (() => new Set(['__proto__', 'prototype', 'constructor']))();

/** Ids of rules: letters, digits, `_ . : -`; never `__proto__` & co. */
export const ruleIdSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'An id uses letters, digits, "_", ".", ":" or "-" (1-120 characters)'),
    z.refine((id) => !FORBIDDEN_IDS.has(id), 'This id is not allowed'),
  ))();

const nonEmpty = () => z.string().check(z.minLength(1, 'Must not be empty'));
const optionalNonEmpty = () => z.optional(nonEmpty());
const conditionPriority = () => z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000)));
const conditionName = () => z.optional(z.string());

/** A comparison node (`fact`, `operator`, `value`, optional `path`, `priority` and `name`). */
export const factConditionSchema = /* @__PURE__ */ (() => {
  const literal = z.union([z.string(), z.number(), z.boolean(), z.null()]);
  const factRef = z.strictObject({ fact: nonEmpty(), path: z.optional(z.string()) });
  const leaf = z.strictObject({
    fact: nonEmpty(),
    operator: nonEmpty(),
    value: z.union([literal, z.array(literal), factRef]),
    path: z.optional(z.string()),
    priority: conditionPriority(),
    name: conditionName(),
    params: z.optional(z.record(z.string(), z.unknown())),
  });
  // json-rules-engine's fact `params`, normalized to the catalog id (docs/rules.md, "Fact params"),
  // so a rule has one spelling whichever way it was written.
  return z.pipe(
    leaf,
    z.transform((c: z.infer<typeof leaf>, ctx) => {
      if (c.params === undefined) return c as Omit<typeof c, 'params'>;
      const { params, ...rest } = c;
      const id = canonicalFactId(c.fact, params);
      if (id === undefined) {
        const message = Object.hasOwn(FACT_PARAMS, c.fact) ? FACT_PARAMS_MESSAGES.shape : FACT_PARAMS_MESSAGES.noParams;
        ctx.issues.push({ code: 'custom', message, input: params, path: ['params'] });
        return z.NEVER;
      }
      return { ...rest, fact: id };
    }),
  );
})();

/** The group nodes `all`, `any` and `not`, over `node`. */
const groups = (node: z.ZodMiniType<Condition>) =>
  [
    z.strictObject({
      all: z.array(node).check(z.minLength(1, 'An "all" group needs at least one condition')),
      priority: conditionPriority(),
      name: conditionName(),
    }),
    z.strictObject({
      any: z.array(node).check(z.minLength(1, 'An "any" group needs at least one condition')),
      priority: conditionPriority(),
      name: conditionName(),
    }),
    z.strictObject({ not: node, priority: conditionPriority(), name: conditionName() }),
  ] as const;

/** A named condition reference (`condition`, optional `priority` and `name`). */
export const conditionReferenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({ condition: nonEmpty(), priority: conditionPriority(), name: conditionName() }))();

/** A node of the condition tree. */
export const conditionSchema: z.ZodMiniType<Condition> = /* @__PURE__ */ (() => {
  const node: z.ZodMiniType<Condition> = z.lazy(() =>
    z.union([...groups(node), conditionReferenceSchema, factConditionSchema]),
  ) as unknown as z.ZodMiniType<Condition>;
  return node;
})();

/** The root of a rule's conditions: a group or a named condition reference. */
export const topLevelConditionSchema: z.ZodMiniType<TopLevelCondition> = /* @__PURE__ */ (() =>
  z.union([...groups(conditionSchema), conditionReferenceSchema]) as unknown as z.ZodMiniType<TopLevelCondition>)();

/** Every action kind. */
export const actionSchema: z.ZodMiniType<Action> = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('updateStatus'), status: nonEmpty() }),
    z.strictObject({ type: z.literal('sendEmail'), template: nonEmpty() }),
    z.strictObject({ type: z.literal('sendSms'), template: nonEmpty() }),
    z.strictObject({
      type: z.literal('createTask'),
      title: nonEmpty(),
      dueInHours: z.optional(z.number().check(z.nonnegative())),
      assignee: optionalNonEmpty(),
    }),
    z.strictObject({ type: z.literal('assign'), to: nonEmpty() }),
    z.strictObject({ type: z.literal('addTag'), tag: nonEmpty() }),
    z.strictObject({ type: z.literal('notify'), message: nonEmpty(), to: optionalNonEmpty() }),
    z.strictObject({ type: z.literal('enrollCampaign'), campaign: nonEmpty() }),
    z.strictObject({ type: z.literal('createQuote'), template: optionalNonEmpty() }),
    z.strictObject({ type: z.literal('createInvoice'), template: optionalNonEmpty() }),
    z.strictObject({ type: z.literal('setPriority'), priority: z.enum(['High', 'Medium', 'Low']) }),
  ]) as unknown as z.ZodMiniType<Action>)();

/** Every trigger kind (cron and time zone are checked after parsing). */
export const triggerSchema: z.ZodMiniType<Trigger> = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('statusChange'), from: optionalNonEmpty(), to: optionalNonEmpty() }),
    z.strictObject({
      type: z.literal('fieldChange'),
      fields: z.array(nonEmpty()).check(z.minLength(1, 'List at least one field')),
    }),
    z.strictObject({
      type: z.literal('event'),
      events: z.array(nonEmpty()).check(z.minLength(1, 'List at least one event type')),
    }),
    z.strictObject({ type: z.literal('schedule'), cron: nonEmpty(), timezone: optionalNonEmpty() }),
    scoreChangeTriggerSchema,
  ]) as unknown as z.ZodMiniType<Trigger>)();

/** The priority levels High / Medium / Low as numbers. */
export const PRIORITY_LEVELS = /* @__PURE__ */ (() => Object.freeze({ High: 8, Medium: 5, Low: 2 } as const))();

/** Priority 1..10, or High / Medium / Low (8 / 5 / 2; docs/rules.md, "A rule"). */
export const prioritySchema = /* @__PURE__ */ (() =>
  z.union([
    z.number().check(z.int(), z.gte(1, 'Priority is 1..10'), z.lte(10, 'Priority is 1..10')),
    z.pipe(
      z.enum(['High', 'Medium', 'Low']),
      z.transform((level: keyof typeof PRIORITY_LEVELS) => PRIORITY_LEVELS[level]),
    ),
  ]))();

/** The whole rule (structure only; facts, operators and values are checked by validateRule). */
export const ruleSchema = /* @__PURE__ */ (() => {
  const hours = () => z.number().check(z.positive('Must be more than 0 hours'));
  return z.strictObject({
    id: ruleIdSchema,
    name: nonEmpty(),
    description: z.optional(z.string()),
    enabled: z.optional(z.boolean()),
    trigger: triggerSchema,
    conditions: topLevelConditionSchema,
    actions: z.array(actionSchema).check(z.minLength(1, 'A rule needs at least one action')),
    priority: z.optional(prioritySchema),
    blocking: z.optional(z.boolean()),
    execution: z.optional(
      z
        .discriminatedUnion('mode', [
          z.strictObject({ mode: z.literal('once') }),
          z.strictObject({ mode: z.literal('periodic'), everyHours: hours() }),
          z.strictObject({ mode: z.literal('cycle'), everyHours: hours(), forHours: hours() }),
        ])
        .check(
          z.refine((e) => e.mode !== 'cycle' || e.forHours >= e.everyHours, {
            message: 'A cycle must last at least one period (forHours >= everyHours)',
            path: ['forHours'],
          }),
        ),
    ),
    sunset: z.optional(
      z.strictObject({
        at: z.optional(
          z
            .string()
            .check(z.refine((s) => !Number.isNaN(tryEpochMs(s)), 'Expected an ISO 8601 time with Z or an offset')),
        ),
        afterRuns: z.optional(z.number().check(z.int(), z.positive())),
        onEvent: optionalNonEmpty(),
      }),
    ),
  });
})();

/** Compile-time check that the schema's output is a Rule. */
export type ParsedRule = z.output<typeof ruleSchema>;
const _check: (r: ParsedRule) => Rule = (r) => r;
void _check;
