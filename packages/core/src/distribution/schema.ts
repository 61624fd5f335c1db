import * as z from 'zod/mini';

// Each schema is built in a `@__PURE__` IIFE, so a bundle that does not use it drops it.

/** zod schema of an {@link Agent}. */
export const agentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    available: z.boolean(),
    dailyCapacity: z.optional(z.number().check(z.int(), z.gte(0))),
    weight: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
    performance: z.optional(z.number().check(z.refine(Number.isFinite, 'Expected a finite number'))),
  }))();

/** zod schema of a list of agents with distinct ids. */
export const agentsSchema = /* @__PURE__ */ (() =>
  z.array(agentSchema).check(
    z.superRefine((agents, ctx) => {
      const seen = new Set<string>();
      agents.forEach((a, i) => {
        if (seen.has(a.id))
          ctx.addIssue({ code: 'custom', message: `Agent id "${a.id}" appears twice`, path: [i, 'id'] });
        seen.add(a.id);
      });
    }),
  ))();

/** zod schema of a {@link DistributionState}. */
export const distributionStateSchema = /* @__PURE__ */ (() => {
  const count = z.number().check(z.int(), z.gte(0));
  return z.strictObject({
    version: z.literal(1),
    day: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    assignedToday: z.record(z.string(), count),
    lastAgentId: z.nullable(z.string()),
    tierCredits: z.record(z.string(), z.number().check(z.int())),
    pushReceived: z.array(z.string()),
    owners: z.record(z.string(), z.string()),
    pool: z.array(
      z.strictObject({
        slot: z.string().check(z.minLength(1)),
        leadId: z.string().check(z.minLength(1)),
        addedAt: z.string(),
      }),
    ),
    nextSlot: count,
  });
})();
