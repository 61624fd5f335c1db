import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { canTake, give, nameOf, prepare, published, type DistributionClock } from './context';
import type { Agent, DistributionResult, DistributionState } from './types';

/**
 * An agent takes the lead in a pull-queue slot (seen through {@link viewPullQueue}). Refused,
 * with the reason in `unassigned` and the slot kept, when the agent is unavailable or full.
 *
 * @throws HotleadsError `NOT_FOUND` for an unknown agent or a slot no longer in the queue.
 */
export function pullLead(
  slot: string,
  agentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: DistributionClock,
): DistributionResult {
  try {
    return pullLeadChecked(slot, agentId, agents, state, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function pullLeadChecked(
  slot: string,
  agentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: DistributionClock,
): DistributionResult {
  const ctx = prepare(state, agents, options);
  const agent = ctx.byId.get(agentId);
  if (agent === undefined)
    throw new HotleadsError('NOT_FOUND', `No agent "${safeString(agentId, 60)}"`, { path: ['agentId'] });
  const index = ctx.state.pool.findIndex((s) => s.slot === slot);
  if (index < 0)
    throw new HotleadsError('NOT_FOUND', `Slot "${safeString(slot, 60)}" is no longer in the pull queue`, {
      path: ['slot'],
    });
  const { leadId } = ctx.state.pool[index]!;
  if (!canTake(ctx, agent)) {
    const why = agent.available
      ? `${nameOf(agent, agentId)} is at daily capacity (${agent.dailyCapacity})`
      : `${nameOf(agent, agentId)} is unavailable`;
    return { state: published(ctx), assignments: [], unassigned: [{ leadId, reason: why }] };
  }
  ctx.state.pool.splice(index, 1);
  give(ctx, leadId, agentId);
  return {
    state: published(ctx),
    assignments: [{ leadId, agentId, how: 'pull', at: ctx.at, reason: 'Taken from the pull queue' }],
    unassigned: [],
  };
}
