import type { DistributionState } from './types';

/** An empty distribution state: no counts, no owners, an empty pull queue. */
export function createDistributionState(): DistributionState {
  return {
    version: 1,
    day: null,
    assignedToday: {},
    lastAgentId: null,
    tierCredits: {},
    pushReceived: [],
    owners: {},
    pool: [],
    nextSlot: 1,
  };
}
