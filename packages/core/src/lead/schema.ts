import { z } from 'zod';
import { tryEpochMs } from '../time/toEpochMs';

/** zod schema of a {@link Time}: epoch ms, a Date, or an ISO 8601 string with a zone. */
export const timeSchema = z.union([z.number(), z.string(), z.date()]).refine((t) => !Number.isNaN(tryEpochMs(t)), {
  message: 'Expected an ISO 8601 time with Z or an offset, epoch milliseconds, or a Date',
});

/** zod schema of a {@link LeadEvent}. */
export const leadEventSchema = z.object({
  type: z.string().min(1),
  at: timeSchema,
  value: z.number().refine(Number.isFinite, 'Expected a finite number').optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/** zod schema of a {@link Lead}: an `id`, optional `events`, any other fields. */
export const leadSchema = z.looseObject({
  id: z.string().min(1),
  events: z.array(leadEventSchema).optional(),
});
