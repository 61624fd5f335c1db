import { useId } from 'react';
import { useHotleadsLocale } from '../theme/context';
import type { ChannelStatus, ContactChannel, ContactHandlers } from '../types';
import { formatInstant } from '../util/format';

/** Props of {@link QuickActions}. */
export type QuickActionsProps = ContactHandlers & {
  /** The lead the actions act on; passed to the callbacks. */
  leadId: string;
  /** Who is contacted, for the buttons' accessible names ("Call Dana Reyes"). */
  name: string;
  /**
   * The queue entry's verdict from the contact policy (`QueueEntry.eligible`, `blockedReasons`,
   * `nextEligibleAt`). It applies to every channel that has no status of its own in `channels`.
   */
  eligible: boolean;
  blockedReasons?: readonly string[];
  nextEligibleAt?: string;
  /** Per-channel verdicts, e.g. core's `checkAllChannels(lead, touches, policy, { now })`. */
  channels?: Partial<Record<ContactChannel, ChannelStatus>>;
  /** IANA zone to show `nextEligibleAt` in (the consumer's; default UTC). */
  timeZone?: string;
  /** Smaller buttons for cards. */
  compact?: boolean;
};

const CHANNELS: readonly ContactChannel[] = ['call', 'text', 'email'];

/** Blocked channels that share the same reasons and the same end, said once. */
type BlockedGroup = { channels: ContactChannel[]; reasons: readonly string[]; until: string | undefined };

/**
 * Call / text / email buttons that hand the lead id to the host's callbacks. A channel the
 * contact policy does not allow now is disabled, and the policy's reasons (and when the account
 * becomes contactable) are shown beside it and tied to the button as its description. Channels
 * blocked for the same reasons share one line, so a do-not-contact flag is said once.
 * Only channels with a callback are shown.
 */
export function QuickActions(props: QuickActionsProps) {
  const { leadId, name, eligible, blockedReasons = [], nextEligibleAt, channels, timeZone, compact } = props;
  const { strings, locale } = useHotleadsLocale();
  const reasonId = useId();
  const handlers: Record<ContactChannel, ((id: string) => void) | undefined> = {
    call: props.onCall,
    text: props.onText,
    email: props.onEmail,
  };
  const shown = CHANNELS.filter((c) => handlers[c]);
  const status = (c: ContactChannel): ChannelStatus =>
    channels?.[c] ?? { eligible, reasons: [...blockedReasons], nextEligibleAt };

  const groups: BlockedGroup[] = [];
  for (const c of shown) {
    const s = status(c);
    if (s.eligible) continue;
    const same = groups.find(
      (g) =>
        g.until === s.nextEligibleAt &&
        g.reasons.length === s.reasons.length &&
        g.reasons.every((r, i) => r === s.reasons[i]),
    );
    if (same) same.channels.push(c);
    else groups.push({ channels: [c], reasons: s.reasons, until: s.nextEligibleAt });
  }
  const everyChannel = shown.length > 1 && groups.length === 1 && groups[0]!.channels.length === shown.length;
  const lines = groups.map((g) => {
    const why = g.reasons.length > 0 ? g.reasons.join('; ') : strings.blockedWithoutReason;
    const until = g.until ? formatInstant(g.until, { timeZone, locale }) : undefined;
    return everyChannel
      ? strings.doNotContact(why, until)
      : strings.channelsBlocked(strings.list(g.channels.map((c) => strings.channelNames[c])), why, until);
  });
  const lineOf = (c: ContactChannel) => groups.findIndex((g) => g.channels.includes(c));

  return (
    <div
      className="hl-actions"
      role="group"
      aria-label={strings.contactGroup(name)}
      data-compact={compact || undefined}
    >
      <div className="hl-actions-buttons">
        {shown.map((c) => {
          const allowed = status(c).eligible;
          return (
            <button
              key={c}
              type="button"
              className="hl-button"
              data-variant={c === 'call' && allowed ? 'primary' : undefined}
              data-channel={c}
              disabled={!allowed}
              aria-label={strings.contactAction(strings.channelNames[c], name)}
              aria-describedby={allowed ? undefined : `${reasonId}-${lineOf(c)}`}
              onClick={() => handlers[c]?.(leadId)}
            >
              {strings.channelNames[c]}
            </button>
          );
        })}
      </div>
      {lines.map((line, i) => (
        <p key={i} className="hl-blocked" id={`${reasonId}-${i}`}>
          {line}
        </p>
      ))}
    </div>
  );
}
