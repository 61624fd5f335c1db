import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { canTake, give, nameOf, prepare, published, requireKeyId, type DistributionClock } from './context';
import type { Agent, DistributionResult, DistributionState } from './types';

/** Options for {@link assignLead} and {@link reassignLead}. */
export type ManualAssignOptions = DistributionClock & {
  /** Assign even to an unavailable or full agent (a manager's override); default false. */
  force?: boolean;
};

function manual(
  leadId: string,
  agentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: ManualAssignOptions,
  reassign: boolean,
): DistributionResult {
  const ctx = prepare(state, agents, options);
  requireKeyId(leadId, ['leadId']);
  const agent = ctx.byId.get(agentId);
  if (agent === undefined)
    throw new HotleadsError('NOT_FOUND', `No agent "${safeString(agentId, 60)}"`, { path: ['agentId'] });
  const owner = ctx.state.owners[leadId];
  if (reassign && owner === undefined)
    return {
      state: published(ctx),
      assignments: [],
      unassigned: [{ leadId, reason: 'Not assigned to anyone yet — assign it instead' }],
    };
  if (!reassign && owner !== undefined)
    return {
      state: published(ctx),
      assignments: [],
      unassigned: [
        { leadId, reason: `Already assigned to ${nameOf(ctx.byId.get(owner), owner)} — reassign it instead` },
      ],
    };
  if (owner === agentId)
    return {
      state: published(ctx),
      assignments: [],
      unassigned: [{ leadId, reason: `Already assigned to ${nameOf(agent, agentId)}` }],
    };
  if (options.force !== true && !canTake(ctx, agent)) {
    const why = agent.available
      ? `${nameOf(agent, agentId)} is at daily capacity (${agent.dailyCapacity})`
      : `${nameOf(agent, agentId)} is unavailable`;
    return { state: published(ctx), assignments: [], unassigned: [{ leadId, reason: why }] };
  }
  ctx.state.pool = ctx.state.pool.filter((s) => s.leadId !== leadId);
  give(ctx, leadId, agentId);
  const reason = reassign ? `Reassigned from ${nameOf(ctx.byId.get(owner!), owner!)}` : 'Assigned manually';
  return {
    state: published(ctx),
    assignments: [{ leadId, agentId, how: reassign ? 'reassign' : 'manual', at: ctx.at, reason }],
    unassigned: [],
  };
}

/**
 * Manual distribution (the default way of working; docs/distribution.md): assigns a lead to a chosen agent. Refused (reported
 * in `unassigned`, state unchanged) when the lead already has an owner or the agent is
 * unavailable or full, unless `force`. A lead waiting in the pull queue leaves it.
 *
 * @throws HotleadsError `NOT_FOUND` for an unknown agent.
 */
export function assignLead(
  leadId: string,
  agentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: ManualAssignOptions,
): DistributionResult {
  try {
    return assignLeadChecked(leadId, agentId, agents, state, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function assignLeadChecked(
  leadId: string,
  agentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: ManualAssignOptions,
): DistributionResult {
  return manual(leadId, agentId, agents, state, options, false);
}

/**
 * Moves an assigned lead to another agent ("the employee can then re-distribute the lead or
 * keep it"). The new agent's daily count goes up; the old agent's does not come back.
 */
export function reassignLead(
  leadId: string,
  toAgentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: ManualAssignOptions,
): DistributionResult {
  try {
    return reassignLeadChecked(leadId, toAgentId, agents, state, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function reassignLeadChecked(
  leadId: string,
  toAgentId: string,
  agents: readonly Agent[],
  state: DistributionState,
  options: ManualAssignOptions,
): DistributionResult {
  return manual(leadId, toAgentId, agents, state, options, true);
}
