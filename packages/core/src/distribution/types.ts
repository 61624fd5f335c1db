/** A person (or seller) leads can be assigned to. */
export type Agent = {
  id: string;
  name?: string;
  /** Present and taking leads now. An unavailable agent gets nothing. */
  available: boolean;
  /** At most this many leads per local day (in the options' time zone); unlimited when absent. */
  dailyCapacity?: number;
  /** Priority tier: leads per cycle (a top performer may get 3 for everyone else's 1); default 1. */
  weight?: number;
  /** Push distribution: higher performers are offered first in each cycle; default 0. */
  performance?: number;
};

/** How new leads are handed out (docs/distribution.md). Manual assignment uses {@link assignLead}. */
export type DistributionStrategy = 'round-robin' | 'priority-tier' | 'push' | 'pull';

/** One lead waiting in the pull queue under an opaque slot id (so a hidden queue leaks nothing). */
export type PullSlot = { slot: string; leadId: string; addedAt: string };

/**
 * Everything distribution remembers between calls: plain JSON the host stores and passes back.
 * Start from {@link createDistributionState}.
 */
export type DistributionState = {
  version: 1;
  /** Local date the daily counts are for, `YYYY-MM-DD`; null before the first assignment. */
  day: string | null;
  /** Leads assigned per agent on `day` (capacity). */
  assignedToday: Record<string, number>;
  /** Round robin: the agent who got the last lead. */
  lastAgentId: string | null;
  /** Priority tier: each agent's running credit (smooth weighted round robin). */
  tierCredits: Record<string, number>;
  /** Push: agents who already received a lead in the current cycle. */
  pushReceived: string[];
  /** Current owner of every assigned lead. */
  owners: Record<string, string>;
  /** Pull queue, oldest first. */
  pool: PullSlot[];
  /** Counter for slot ids. */
  nextSlot: number;
};

/** A lead handed to an agent, with why. */
export type Assignment = {
  leadId: string;
  agentId: string;
  how: DistributionStrategy | 'manual' | 'reassign' | 'shared';
  at: string;
  /** For people: "Round robin — next in turn", "Reassigned from Ann". */
  reason: string;
};

/** A lead nobody could take, with why; it is never dropped silently. */
export type Unassigned = { leadId: string; reason: string };

/** What a distribution call returns: the new state plus what happened to every lead. */
export type DistributionResult = { state: DistributionState; assignments: Assignment[]; unassigned: Unassigned[] };
