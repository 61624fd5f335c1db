import { unreadable } from '../errors/unreadable';
import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { requireList } from '../validation/requireList';
import {
  canTake,
  give,
  nameOf,
  nobodyReason,
  prepare,
  published,
  requireKeyId,
  type Context,
  type DistributionClock,
} from './context';
import type {
  Agent,
  Assignment,
  DistributionResult,
  DistributionState,
  DistributionStrategy,
  Unassigned,
} from './types';

/** Options for {@link distributeLeads}. */
export type DistributeOptions = DistributionClock & { strategy: DistributionStrategy };

type Pick = { agent: Agent; reason: string } | undefined;

function roundRobin(ctx: Context): Pick {
  const { agents, state } = ctx;
  const last = state.lastAgentId === null ? -1 : agents.findIndex((a) => a.id === state.lastAgentId);
  for (let k = 1; k <= agents.length; k++) {
    const agent = agents[(last + k + agents.length) % agents.length]!;
    if (canTake(ctx, agent)) {
      state.lastAgentId = agent.id;
      return { agent, reason: 'Round robin — next in turn' };
    }
  }
  return undefined;
}

// Smooth weighted round robin (as nginx): every eligible agent gains its weight, the richest
// takes the lead and pays the total. Over a cycle of Σweights leads each agent gets exactly its
// weight, interleaved rather than in blocks.
function priorityTier(ctx: Context): Pick {
  const { agents, state } = ctx;
  let total = 0;
  let best: Agent | undefined;
  for (const agent of agents) {
    if (!canTake(ctx, agent)) continue;
    const w = agent.weight ?? 1;
    total += w;
    const credit = (state.tierCredits[agent.id] ?? 0) + w;
    state.tierCredits[agent.id] = credit;
    if (best === undefined || credit > state.tierCredits[best.id]!) best = agent;
  }
  if (best === undefined) return undefined;
  state.tierCredits[best.id]! -= total;
  return {
    agent: best,
    reason: `Priority tier — ${best.weight ?? 1} lead${(best.weight ?? 1) === 1 ? '' : 's'} per cycle`,
  };
}

function push(ctx: Context): Pick {
  const { state } = ctx;
  const ordered = ctx.agents
    .map((agent, index) => ({ agent, index }))
    .sort((a, b) => (b.agent.performance ?? 0) - (a.agent.performance ?? 0) || a.index - b.index)
    .map((x) => x.agent);
  const received = new Set(state.pushReceived);
  let agent = ordered.find((a) => !received.has(a.id) && canTake(ctx, a));
  if (agent === undefined) {
    agent = ordered.find((a) => canTake(ctx, a));
    if (agent === undefined) return undefined;
    state.pushReceived = [];
  }
  state.pushReceived.push(agent.id);
  return { agent, reason: 'Push — next agent who has not had a lead this cycle' };
}

const PICKERS: Record<Exclude<DistributionStrategy, 'pull'>, (ctx: Context) => Pick> = {
  'round-robin': roundRobin,
  'priority-tier': priorityTier,
  push,
};

/**
 * Hands out new leads with one strategy (docs/distribution.md): `round-robin` (everyone in turn),
 * `priority-tier` (agents get `weight` leads per cycle), `push` (the next agent, best performer
 * first, who has not had one this cycle) or `pull` (leads wait in the pull queue for agents to
 * take; see {@link pullLead}). Unavailable agents and agents at their daily capacity are skipped.
 * A lead nobody can take, or that already has an owner, is reported in `unassigned`, never lost.
 * Pure: the state passed in is not changed; the same inputs give the same result.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` / `INVALID_STATE` naming the path of bad agents,
 *   lead ids or state.
 * @example
 * const { state, assignments, unassigned } = distributeLeads(['L1', 'L2'], agents, saved, { strategy: 'round-robin', now, timeZone: 'America/Chicago' });
 */
export function distributeLeads(
  leadIds: readonly string[],
  agents: readonly Agent[],
  state: DistributionState,
  options: DistributeOptions,
): DistributionResult {
  try {
    return distributeLeadsChecked(leadIds, agents, state, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function distributeLeadsChecked(
  leadIds: readonly string[],
  agents: readonly Agent[],
  state: DistributionState,
  options: DistributeOptions,
): DistributionResult {
  const ctx = prepare(state, agents, options);
  const ids = requireList<string>(leadIds, ['leadIds']);
  const strategy = options.strategy;
  if (!Object.prototype.hasOwnProperty.call(PICKERS, strategy) && strategy !== 'pull')
    throw new HotleadsError('INVALID_ARGUMENT', `Unknown strategy "${safeString(strategy, 60)}"`, {
      path: ['strategy'],
    });
  const assignments: Assignment[] = [];
  const unassigned: Unassigned[] = [];
  const seen = new Set<string>();
  const waiting = new Set(ctx.state.pool.map((s) => s.leadId));
  ids.forEach((leadId, i) => {
    requireKeyId(leadId, ['leadIds', i]);
    const owner = ctx.state.owners[leadId];
    if (owner !== undefined) {
      unassigned.push({ leadId, reason: `Already assigned to ${nameOf(ctx.byId.get(owner), owner)}` });
      return;
    }
    if (waiting.has(leadId)) {
      unassigned.push({ leadId, reason: 'Already waiting in the pull queue' });
      return;
    }
    if (seen.has(leadId)) {
      unassigned.push({ leadId, reason: 'Listed twice in this batch' });
      return;
    }
    seen.add(leadId);
    if (strategy === 'pull') {
      ctx.state.pool.push({ slot: `slot-${String(ctx.state.nextSlot++).padStart(6, '0')}`, leadId, addedAt: ctx.at });
      waiting.add(leadId);
      return;
    }
    const pick = PICKERS[strategy](ctx);
    if (pick === undefined) {
      unassigned.push({ leadId, reason: nobodyReason(ctx) });
      return;
    }
    give(ctx, leadId, pick.agent.id);
    assignments.push({ leadId, agentId: pick.agent.id, how: strategy, at: ctx.at, reason: pick.reason });
  });
  return { state: published(ctx), assignments, unassigned };
}
