import type { Lead } from '../lead/types';
import { createContactChecker, type ContactChecker } from '../policy/createContactChecker';
import type { ContactAttempt, ContactChannel, ContactCheck, ContactPolicy } from '../policy/types';
import { groupTouches, recordTouch, type TouchesByLead } from './touches';

const NO_TOUCHES: readonly ContactAttempt[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * The live queue's eligibility: every contact attempt it was given or recorded, by account,
 * and the compiled policy that rechecks an account against its own attempts. Without a policy
 * every account is eligible (the attempts are still checked and kept).
 */
export class LiveEligibility {
  private readonly byLead: TouchesByLead;
  private readonly checker: ContactChecker | undefined;

  /** @throws HotleadsError `INVALID_POLICY` for a bad policy; `INVALID_ARGUMENT` or `INVALID_TIME` for a bad touch. */
  constructor(
    policy: ContactPolicy | undefined,
    private readonly channel: ContactChannel,
    touches: Iterable<ContactAttempt> | undefined,
  ) {
    this.checker = policy === undefined ? undefined : createContactChecker(policy);
    this.byLead = groupTouches(touches);
  }

  /** Whether a policy filters the queue. */
  get filters(): boolean {
    return this.checker !== undefined;
  }

  /** Records an attempt (checked; paths start at `attempt`). */
  record(attempt: ContactAttempt): void {
    recordTouch(this.byLead, attempt);
  }

  /** The account's check at `nowMs`, or undefined without a policy (eligible). */
  check(lead: Lead, nowMs: number): ContactCheck | undefined {
    if (this.checker === undefined) return undefined;
    return this.checker(lead, this.byLead.get(lead.id) ?? NO_TOUCHES, { now: nowMs, channel: this.channel });
  }

  /** The attempts recorded for one account. */
  attemptsOf(leadId: string): readonly ContactAttempt[] {
    return this.byLead.get(leadId) ?? NO_TOUCHES;
  }

  /** Every attempt recorded. */
  all(): ContactAttempt[] {
    return [...this.byLead.values()].flat();
  }
}
