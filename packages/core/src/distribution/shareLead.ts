import { unreadable } from '../errors/unreadable';
import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import * as z from 'zod/mini';
import { parseWithSchema } from '../validation/parseWithSchema';
import { canTake, prepare, type DistributionClock, published } from './context';
import type { DistributionResult, DistributionState } from './types';

/** A seller who may receive shared leads (docs/distribution.md, "Shared leads"). */
export type Seller = {
  id: string;
  name?: string;
  /** Subscription tier, one of `options.tiers` (best first). */
  tier: string;
  /** Seller score (rating, response rate…): higher first within a tier. */
  score: number;
  /** Subscription active; default true. */
  active?: boolean;
  /** Taking leads now; default true. */
  available?: boolean;
  /** At most this many leads per local day. */
  dailyCapacity?: number;
};

/** Options for {@link shareLead}. */
export type ShareLeadOptions = DistributionClock & {
  /** How many sellers get the lead; default 3 (typically 3, 4 or 5). */
  count?: number;
  /** Subscription tiers, best first; default `['premium', 'standard', 'basic']`. */
  tiers?: string[];
  /** Sellers who must not get it (e.g. the one the buyer contacted directly). */
  exclude?: string[];
};

function strings(value: unknown, path: IssuePath): string[] {
  const list = requireList<unknown>(value, path);
  list.forEach((s, i) => {
    if (typeof s !== 'string') throw new HotleadsError('INVALID_ARGUMENT', 'Expected a string', { path: [...path, i] });
  });
  return list as string[];
}

const sellersSchema = /* @__PURE__ */ (() =>
  z.array(
    z.strictObject({
      id: z.string().check(z.minLength(1)),
      name: z.optional(z.string()),
      tier: z.string().check(z.minLength(1)),
      score: z.number().check(z.refine(Number.isFinite, 'Expected a finite number')),
      active: z.optional(z.boolean()),
      available: z.optional(z.boolean()),
      dailyCapacity: z.optional(z.number().check(z.int(), z.gte(0))),
    }),
  ))();

/**
 * Sends one lead to several sellers (docs/distribution.md, "Shared leads"): active, available sellers
 * with capacity, ranked by subscription tier, then score, then id; the first `count` get it, no
 * seller twice. Fewer than `count` eligible sellers is reported in `unassigned` with the
 * shortfall (the lead still goes to those found). Shared sends count toward daily capacity.
 *
 * @example shareLead('L42', sellers, state, { count: 4, now, timeZone: 'Asia/Dubai', exclude: ['direct-seller'] })
 */
export function shareLead(
  leadId: string,
  sellers: readonly Seller[],
  state: DistributionState,
  options: ShareLeadOptions,
): DistributionResult {
  try {
    return shareLeadChecked(leadId, sellers, state, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function shareLeadChecked(
  leadId: string,
  sellers: readonly Seller[],
  state: DistributionState,
  options: ShareLeadOptions,
): DistributionResult {
  requireOptions(options);
  const parsed = parseWithSchema(sellersSchema, sellers, 'INVALID_ARGUMENT', 'sellers') as Seller[];
  const count = options.count ?? 3;
  if (!Number.isInteger(count) || count < 1 || count > 50)
    throw new HotleadsError('INVALID_ARGUMENT', 'count must be a whole number from 1 to 50', { path: ['count'] });
  if (typeof leadId !== 'string' || leadId.length === 0)
    throw new HotleadsError('INVALID_ARGUMENT', 'A lead id must be a non-empty string', { path: ['leadId'] });
  const tiers = strings(options.tiers ?? ['premium', 'standard', 'basic'], ['tiers']);
  const tierRank = (t: string) => {
    const i = tiers.indexOf(t);
    return i < 0 ? tiers.length : i;
  };
  // Each seller once (the first entry wins), as an agent for capacity bookkeeping.
  const unique = parsed.filter((s, i) => parsed.findIndex((x) => x.id === s.id) === i);
  const agents = unique.map((s) => {
    const a: { id: string; name?: string; available: boolean; dailyCapacity?: number } = {
      id: s.id,
      available: s.active !== false && s.available !== false,
    };
    if (s.name !== undefined) a.name = s.name;
    if (s.dailyCapacity !== undefined) a.dailyCapacity = s.dailyCapacity;
    return a;
  });
  const ctx = prepare(state, agents, options);
  const excluded = new Set(strings(options.exclude ?? [], ['exclude']));
  const ranked = unique
    .filter((s) => !excluded.has(s.id) && canTake(ctx, ctx.byId.get(s.id)!))
    .sort(
      (a, b) => tierRank(a.tier) - tierRank(b.tier) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, count);
  const assignments = ranked.map((s, i) => {
    ctx.state.assignedToday[s.id] = (ctx.state.assignedToday[s.id] ?? 0) + 1;
    return {
      leadId,
      agentId: s.id,
      how: 'shared' as const,
      at: ctx.at,
      reason: `Shared lead ${i + 1} of ${count} — ${s.tier} tier, score ${s.score}`,
    };
  });
  const unassigned =
    ranked.length < count
      ? [
          {
            leadId,
            reason: `Only ${ranked.length} of ${count} sellers could take it (the others are inactive, unavailable, at capacity or excluded)`,
          },
        ]
      : [];
  return { state: published(ctx), assignments, unassigned };
}
