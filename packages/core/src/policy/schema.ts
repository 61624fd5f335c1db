import { z } from 'zod';
import { isIanaTimeZone } from '../time/timeZone';
import { parseClock } from './localTime';

const channelSchema = z.enum(['call', 'text', 'email']);
const clockSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected a local time as HH:mm (00:00–24:00)');

/** zod schema of an IANA time-zone name (fixed offsets such as `-05:00` are refused). */
export const ianaTimeZoneSchema = z.string().refine(isIanaTimeZone, {
  message: 'Expected an IANA time zone such as America/Chicago (fixed offsets ignore daylight saving)',
});

/** zod schema of a {@link ChannelRule}. */
export const channelRuleSchema = z.strictObject({
  maxAttempts: z.strictObject({ count: z.number().int().min(1), days: z.number().int().min(1).max(366) }).optional(),
  quietAfterConversation: z
    .strictObject({ days: z.number().int().min(1).max(366), channels: z.array(channelSchema).min(1).optional() })
    .optional(),
  window: z
    .strictObject({ start: clockSchema, end: clockSchema })
    .refine((w) => parseClock(w.start) < parseClock(w.end), {
      message: 'The window must start before it ends',
      path: ['end'],
    })
    .optional(),
});

const channelRulesSchema = z.strictObject({
  call: channelRuleSchema.optional(),
  text: channelRuleSchema.optional(),
  email: channelRuleSchema.optional(),
});

/** zod schema of a {@link ContactPolicy}. */
export const contactPolicySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  channels: channelRulesSchema,
  states: z
    .record(z.string().regex(/^[A-Z]{2}$/, 'Expected a two-letter state code in capitals'), channelRulesSchema)
    .optional(),
  stateField: z.string().min(1).optional(),
  blockingFlags: z
    .array(
      z.strictObject({
        flag: z.string().min(1),
        reason: z.string().min(1),
        channels: z.array(channelSchema).min(1).optional(),
      }),
    )
    .optional(),
  knownFlags: z.array(z.string().min(1)).optional(),
  fallbackTimeZones: z.array(ianaTimeZoneSchema).min(1).optional(),
  attemptCounting: z.enum(['per-account', 'per-debt']).optional(),
  optOutInstructions: z
    .strictObject({ text: z.string().trim().min(1).optional(), email: z.string().trim().min(1).optional() })
    .optional(),
});

/** zod schema of a {@link ContactAttempt}. */
export const contactAttemptSchema = z.strictObject({
  leadId: z.string().min(1),
  channel: channelSchema,
  at: z.union([z.number(), z.string(), z.date()]),
  outcome: z.enum(['conversation', 'voicemail', 'no-answer', 'other']).optional(),
  debtIds: z.array(z.string().min(1)).optional(),
});
