import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { isIanaTimeZone } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { parseWithSchema } from '../validation/parseWithSchema';
import { requireOptions } from '../validation/requireOptions';
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
  requireOptions(clock);
  const parsedAgents = parseWithSchema(agentsSchema, agents, 'INVALID_ARGUMENT', 'agents') as Agent[];
  parsedAgents.forEach((a, i) => requireKeyId(a.id, ['agents', i, 'id']));
  const parsed = parseWithSchema(
    distributionStateSchema,
    state,
    'INVALID_STATE',
    'distribution state',
  ) as DistributionState;
  // Records without a prototype while we work: an id such as 'constructor' or 'toString' is
  // then just a key, never an inherited member (see published()).
  const copy: DistributionState = {
    ...structuredClone(parsed),
    assignedToday: bare(parsed.assignedToday),
    tierCredits: bare(parsed.tierCredits),
    owners: bare(parsed.owners),
  };
  if (!isIanaTimeZone(clock.timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
      path: ['timeZone'],
    });
  const ms = toEpochMs(clock.now, ['now']);
  const today = format(new TZDate(ms, clock.timeZone), 'yyyy-MM-dd');
  if (copy.day !== today) {
    copy.day = today;
    copy.assignedToday = bare({});
  }
  return {
    state: copy,
    agents: parsedAgents,
    byId: new Map(parsedAgents.map((a) => [a.id, a])),
    at: new Date(ms).toISOString(),
  };
}

function bare<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

/** A plain object with the same own keys, `__proto__` included (as an own key, never the prototype). */
function plain<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record))
    Object.defineProperty(out, key, { value: record[key], enumerable: true, writable: true, configurable: true });
  return out;
}

/** @internal The working state as the plain JSON object a caller gets back. */
export function published(ctx: Context): DistributionState {
  const s = ctx.state;
  return { ...s, assignedToday: plain(s.assignedToday), tierCredits: plain(s.tierCredits), owners: plain(s.owners) };
}

/**
 * @internal An id that becomes a key of the state (a lead or agent id): a non-empty string, and
 * not `__proto__`, which JSON parsers and schema libraries drop from records, so the state would
 * not survive being stored.
 */
export function requireKeyId(id: unknown, path: IssuePath): string {
  if (typeof id !== 'string' || id.length === 0 || id === '__proto__')
    throw new HotleadsError('INVALID_ARGUMENT', 'An id must be a non-empty string other than __proto__', { path });
  return id;
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
