import { tryEpochMs } from '@hotleads/core';
import { z } from 'zod';
import type { Action, Condition, Rule, TopLevelCondition, Trigger } from '../types';
import { scoreChangeTriggerSchema } from './scoreChangeTrigger';

const FORBIDDEN_IDS = new Set(['__proto__', 'prototype', 'constructor']);

/** Ids of rules: letters, digits, `_ . : -`; never `__proto__` & co. */
export const ruleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,120}$/, 'An id uses letters, digits, "_", ".", ":" or "-" (1-120 characters)')
  .refine((id) => !FORBIDDEN_IDS.has(id), 'This id is not allowed');

const nonEmpty = z.string().min(1, 'Must not be empty');
const literal = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const factRef = z.strictObject({ fact: nonEmpty, path: z.string().optional() });
const conditionValue = z.union([literal, z.array(literal), factRef]);
const conditionPriority = z.number().int().min(1).max(1000).optional();
const conditionName = z.string().optional();

/** A comparison node (`fact`, `operator`, `value`, optional `path`, `priority` and `name`). */
export const factConditionSchema = z.strictObject({
  fact: nonEmpty,
  operator: nonEmpty,
  value: conditionValue,
  path: z.string().optional(),
  priority: conditionPriority,
  name: conditionName,
});

/** A node of the condition tree. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      all: z.array(conditionSchema).min(1, 'An "all" group needs at least one condition'),
      priority: conditionPriority,
      name: conditionName,
    }),
    z.strictObject({
      any: z.array(conditionSchema).min(1, 'An "any" group needs at least one condition'),
      priority: conditionPriority,
      name: conditionName,
    }),
    z.strictObject({ not: conditionSchema, priority: conditionPriority, name: conditionName }),
    factConditionSchema,
  ]),
) as z.ZodType<Condition>;

/** The root of a rule's conditions: a group. */
export const topLevelConditionSchema: z.ZodType<TopLevelCondition> = z.union([
  z.strictObject({
    all: z.array(conditionSchema).min(1, 'An "all" group needs at least one condition'),
    priority: conditionPriority,
    name: conditionName,
  }),
  z.strictObject({
    any: z.array(conditionSchema).min(1, 'An "any" group needs at least one condition'),
    priority: conditionPriority,
    name: conditionName,
  }),
  z.strictObject({ not: conditionSchema, priority: conditionPriority, name: conditionName }),
]) as z.ZodType<TopLevelCondition>;

/** Every action kind. */
export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('updateStatus'), status: nonEmpty }),
  z.strictObject({ type: z.literal('sendEmail'), template: nonEmpty }),
  z.strictObject({ type: z.literal('sendSms'), template: nonEmpty }),
  z.strictObject({
    type: z.literal('createTask'),
    title: nonEmpty,
    dueInHours: z.number().nonnegative().optional(),
    assignee: nonEmpty.optional(),
  }),
  z.strictObject({ type: z.literal('assign'), to: nonEmpty }),
  z.strictObject({ type: z.literal('addTag'), tag: nonEmpty }),
  z.strictObject({ type: z.literal('notify'), message: nonEmpty, to: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('enrollCampaign'), campaign: nonEmpty }),
  z.strictObject({ type: z.literal('createQuote'), template: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('createInvoice'), template: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('setPriority'), priority: z.enum(['High', 'Medium', 'Low']) }),
]) as z.ZodType<Action>;

/** Every trigger kind (cron and time zone are checked after parsing). */
export const triggerSchema: z.ZodType<Trigger> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('statusChange'), from: nonEmpty.optional(), to: nonEmpty.optional() }),
  z.strictObject({ type: z.literal('fieldChange'), fields: z.array(nonEmpty).min(1, 'List at least one field') }),
  z.strictObject({ type: z.literal('event'), events: z.array(nonEmpty).min(1, 'List at least one event type') }),
  z.strictObject({ type: z.literal('schedule'), cron: nonEmpty, timezone: nonEmpty.optional() }),
  scoreChangeTriggerSchema,
]) as z.ZodType<Trigger>;

const hours = z.number().positive('Must be more than 0 hours').finite();

/** Priority 1..10, or High / Medium / Low (8 / 5 / 2; docs/rules.md, "A rule"). */
export const prioritySchema = z.union([
  z.number().int().min(1, 'Priority is 1..10').max(10, 'Priority is 1..10'),
  z.enum(['High', 'Medium', 'Low']).transform((level) => PRIORITY_LEVELS[level]),
]);

/** The priority levels High / Medium / Low as numbers. */
export const PRIORITY_LEVELS = Object.freeze({ High: 8, Medium: 5, Low: 2 } as const);

/** The whole rule (structure only; facts, operators and values are checked by validateRule). */
export const ruleSchema = z.strictObject({
  id: ruleIdSchema,
  name: nonEmpty,
  description: z.string().optional(),
  enabled: z.boolean().optional(),
  trigger: triggerSchema,
  conditions: topLevelConditionSchema,
  actions: z.array(actionSchema).min(1, 'A rule needs at least one action'),
  priority: prioritySchema.optional(),
  blocking: z.boolean().optional(),
  execution: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('once') }),
      z.strictObject({ mode: z.literal('periodic'), everyHours: hours }),
      z.strictObject({ mode: z.literal('cycle'), everyHours: hours, forHours: hours }),
    ])
    .refine((e) => e.mode !== 'cycle' || e.forHours >= e.everyHours, {
      message: 'A cycle must last at least one period (forHours >= everyHours)',
      path: ['forHours'],
    })
    .optional(),
  sunset: z
    .strictObject({
      at: z
        .string()
        .refine((s) => !Number.isNaN(tryEpochMs(s)), 'Expected an ISO 8601 time with Z or an offset')
        .optional(),
      afterRuns: z.number().int().positive().optional(),
      onEvent: nonEmpty.optional(),
    })
    .optional(),
});

/** Compile-time check that the schema's output is a Rule. */
export type ParsedRule = z.output<typeof ruleSchema>;
const _check: (r: ParsedRule) => Rule = (r) => r;
void _check;
