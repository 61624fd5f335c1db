import { z } from 'zod';

/** zod schema of an {@link Agent}. */
export const agentSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  available: z.boolean(),
  dailyCapacity: z.number().int().min(0).optional(),
  weight: z.number().int().min(1).max(1000).optional(),
  performance: z.number().refine(Number.isFinite, 'Expected a finite number').optional(),
});

/** zod schema of a list of agents with distinct ids. */
export const agentsSchema = z.array(agentSchema).superRefine((agents, ctx) => {
  const seen = new Set<string>();
  agents.forEach((a, i) => {
    if (seen.has(a.id)) ctx.addIssue({ code: 'custom', message: `Agent id "${a.id}" appears twice`, path: [i, 'id'] });
    seen.add(a.id);
  });
});

const count = z.number().int().min(0);

/** zod schema of a {@link DistributionState}. */
export const distributionStateSchema = z.strictObject({
  version: z.literal(1),
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  assignedToday: z.record(z.string(), count),
  lastAgentId: z.string().nullable(),
  tierCredits: z.record(z.string(), z.number().int()),
  pushReceived: z.array(z.string()),
  owners: z.record(z.string(), z.string()),
  pool: z.array(z.strictObject({ slot: z.string().min(1), leadId: z.string().min(1), addedAt: z.string() })),
  nextSlot: count,
});
