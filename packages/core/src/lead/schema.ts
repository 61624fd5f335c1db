import { z } from 'zod';
import { tryEpochMs } from '../time/toEpochMs';
import { LEAD_MESSAGES } from './checkLead';

const isTime = (t: unknown) => !Number.isNaN(tryEpochMs(t));

/** zod schema of a {@link Time}: epoch ms, a Date, or an ISO 8601 string with a zone. */
export const timeSchema = z.union([z.number(), z.string(), z.date()]).refine(isTime, {
  message: 'Expected an ISO 8601 time with Z or an offset, epoch milliseconds, or a Date',
});

/** zod schema of a {@link LeadEvent}; its issues carry the sentences of `LEAD_MESSAGES`. */
export const leadEventSchema = z.object(
  {
    type: z.string({ error: LEAD_MESSAGES.type }).min(1, { error: LEAD_MESSAGES.type }),
    at: z.union([z.number(), z.string(), z.date()], { error: LEAD_MESSAGES.at }).refine(isTime, {
      error: LEAD_MESSAGES.at,
    }),
    value: z.number({ error: LEAD_MESSAGES.value }).refine(Number.isFinite, { error: LEAD_MESSAGES.value }).optional(),
    data: z.record(z.string(), z.unknown(), { error: LEAD_MESSAGES.data }).optional(),
  },
  { error: LEAD_MESSAGES.event },
);

/**
 * zod schema of a {@link Lead}: an `id`, optional `events`, any other fields. Its issues carry
 * the sentences of `LEAD_MESSAGES`, the same as the lead check's.
 */
export const leadSchema = z.looseObject(
  {
    id: z.string({ error: LEAD_MESSAGES.id }).min(1, { error: LEAD_MESSAGES.id }),
    events: z.array(leadEventSchema, { error: LEAD_MESSAGES.events }).optional(),
  },
  { error: LEAD_MESSAGES.lead },
);
