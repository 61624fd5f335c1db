import * as z from 'zod/mini';
import { isIanaTimeZone } from '../time/timeZone';
import { parseClock } from './localTime';

// Each schema is built in a `@__PURE__` IIFE, so a bundle that does not use it drops it.

const channelSchema = /* @__PURE__ */ (() => z.enum(['call', 'text', 'email']))();
const clockSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected a local time as HH:mm (00:00–24:00)')))();
const nonEmpty = () => z.string().check(z.minLength(1));
const days = () => z.number().check(z.int(), z.gte(1), z.lte(366));
const channels = () => z.optional(z.array(channelSchema).check(z.minLength(1)));

/** zod schema of an IANA time-zone name (fixed offsets such as `-05:00` are refused). */
export const ianaTimeZoneSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine(isIanaTimeZone, {
      message: 'Expected an IANA time zone such as America/Chicago (fixed offsets ignore daylight saving)',
    }),
  ))();

/** zod schema of a {@link ChannelRule}. */
export const channelRuleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    maxAttempts: z.optional(z.strictObject({ count: z.number().check(z.int(), z.gte(1)), days: days() })),
    quietAfterConversation: z.optional(z.strictObject({ days: days(), channels: channels() })),
    window: z.optional(
      z.strictObject({ start: clockSchema, end: clockSchema }).check(
        z.refine((w) => parseClock(w.start) < parseClock(w.end), {
          message: 'The window must start before it ends',
          path: ['end'],
        }),
      ),
    ),
  }))();

/** zod schema of a {@link ContactPolicy}. */
export const contactPolicySchema = /* @__PURE__ */ (() => {
  const channelRulesSchema = z.strictObject({
    call: z.optional(channelRuleSchema),
    text: z.optional(channelRuleSchema),
    email: z.optional(channelRuleSchema),
  });
  return z.strictObject({
    id: nonEmpty(),
    name: nonEmpty(),
    channels: channelRulesSchema,
    states: z.optional(
      z.record(
        z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected a two-letter state code in capitals')),
        channelRulesSchema,
      ),
    ),
    stateField: z.optional(nonEmpty()),
    blockingFlags: z.optional(z.array(z.strictObject({ flag: nonEmpty(), reason: nonEmpty(), channels: channels() }))),
    knownFlags: z.optional(z.array(nonEmpty())),
    fallbackTimeZones: z.optional(z.array(ianaTimeZoneSchema).check(z.minLength(1))),
    attemptCounting: z.optional(z.enum(['per-account', 'per-debt'])),
    optOutInstructions: z.optional(
      z.strictObject({
        text: z.optional(z.string().check(z.trim(), z.minLength(1))),
        email: z.optional(z.string().check(z.trim(), z.minLength(1))),
      }),
    ),
  });
})();

/** zod schema of a {@link ContactAttempt}. */
export const contactAttemptSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    leadId: nonEmpty(),
    channel: channelSchema,
    at: z.union([z.number(), z.string(), z.date()]),
    outcome: z.optional(z.enum(['conversation', 'voicemail', 'no-answer', 'other'])),
    debtIds: z.optional(z.array(nonEmpty())),
  }))();
