import * as z from 'zod/mini';
import { tryEpochMs } from '../time/toEpochMs';
import { LEAD_MESSAGES } from './checkLead';

// Each schema is built in a `@__PURE__` IIFE, so a bundle that does not use it drops it.

const isTime = (t: unknown) => !Number.isNaN(tryEpochMs(t));

/** zod schema of a {@link Time}: epoch ms, a Date, or an ISO 8601 string with a zone. */
export const timeSchema = /* @__PURE__ */ (() =>
  z
    .union([z.number(), z.string(), z.date()])
    .check(
      z.refine(isTime, { message: 'Expected an ISO 8601 time with Z or an offset, epoch milliseconds, or a Date' }),
    ))();

/** zod schema of a {@link LeadEvent}; its issues carry the sentences of `LEAD_MESSAGES`. */
export const leadEventSchema = /* @__PURE__ */ (() =>
  z.object(
    {
      type: z.string({ error: LEAD_MESSAGES.type }).check(z.minLength(1, { error: LEAD_MESSAGES.type })),
      at: z
        .union([z.number(), z.string(), z.date()], { error: LEAD_MESSAGES.at })
        .check(z.refine(isTime, { error: LEAD_MESSAGES.at })),
      value: z.optional(
        z.number({ error: LEAD_MESSAGES.value }).check(z.refine(Number.isFinite, { error: LEAD_MESSAGES.value })),
      ),
      data: z.optional(z.record(z.string(), z.unknown(), { error: LEAD_MESSAGES.data })),
    },
    { error: LEAD_MESSAGES.event },
  ))();

/**
 * zod schema of a {@link Lead}: an `id`, optional `events`, any other fields. Its issues carry
 * the sentences of `LEAD_MESSAGES`, the same as the lead check's.
 */
export const leadSchema = /* @__PURE__ */ (() =>
  z.looseObject(
    {
      id: z.string({ error: LEAD_MESSAGES.id }).check(z.minLength(1, { error: LEAD_MESSAGES.id })),
      events: z.optional(z.array(leadEventSchema, { error: LEAD_MESSAGES.events })),
    },
    { error: LEAD_MESSAGES.lead },
  ))();
