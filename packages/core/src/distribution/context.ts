import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { HotleadsError } from '../errors/HotleadsError';
import { isIanaTimeZone } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { parseWithSchema } from '../validation/parseWithSchema';
import { agentsSchema, distributionStateSchema } from './schema';
import type { Agent, DistributionState } from './types';

/** Options every distribution function takes. */
export type DistributionClock = {
  now: Time;
  /** IANA zone of the "day" in daily capacity. */
  timeZone: string;
};

/** @internal Parsed inputs and a private copy of the state, rolled over to today. */
export type Context = { state: DistributionState; agents: Agent[]; byId: Map<string, Agent>; at: string };

/** @internal Validates the inputs once and returns a working copy; the caller's state is never mutated. */
export function prepare(state: DistributionState, agents: readonly Agent[], clock: DistributionClock): Context {
  const parsedAgents = parseWithSchema(agentsSchema, agents, 'INVALID_ARGUMENT', 'agents') as Agent[];
  const parsed = parseWithSchema(
    distributionStateSchema,
    state,
    'INVALID_STATE',
    'distribution state',
  ) as DistributionState;
  const copy = structuredClone(parsed);
  if (!isIanaTimeZone(clock.timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
      path: ['timeZone'],
    });
  const ms = toEpochMs(clock.now, ['now']);
  const today = format(new TZDate(ms, clock.timeZone), 'yyyy-MM-dd');
  if (copy.day !== today) {
    copy.day = today;
    copy.assignedToday = {};
  }
  return {
    state: copy,
    agents: parsedAgents,
    byId: new Map(parsedAgents.map((a) => [a.id, a])),
    at: new Date(ms).toISOString(),
  };
}

/** @internal Whether `agent` can take one more lead today. */
export function canTake(ctx: Context, agent: Agent): boolean {
  return (
    agent.available &&
    (agent.dailyCapacity === undefined || (ctx.state.assignedToday[agent.id] ?? 0) < agent.dailyCapacity)
  );
}

/** @internal Records that `agentId` now owns `leadId`. */
export function give(ctx: Context, leadId: string, agentId: string): void {
  ctx.state.owners[leadId] = agentId;
  ctx.state.assignedToday[agentId] = (ctx.state.assignedToday[agentId] ?? 0) + 1;
}

/** @internal Why nobody could take a lead, in words for a manager. */
export function nobodyReason(ctx: Context): string {
  if (ctx.agents.length === 0) return 'No agents to assign to';
  const away = ctx.agents.filter((a) => !a.available).length;
  const full = ctx.agents.filter((a) => a.available && !canTake(ctx, a)).length;
  const parts: string[] = [];
  if (away > 0) parts.push(`${away} unavailable`);
  if (full > 0) parts.push(`${full} at daily capacity`);
  return `No agent can take it (${parts.join(', ')})`;
}

/** @internal An agent's display name. */
export function nameOf(agent: Agent | undefined, id: string): string {
  return agent?.name ?? id;
}
