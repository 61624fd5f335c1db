import { useId } from 'react';
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

const channelLabels: Record<ContactChannel, string> = { call: 'Call', text: 'Text', email: 'Email' };

/**
 * Call / text / email buttons that hand the lead id to the host's callbacks. A channel the
 * contact policy does not allow now is disabled, and the policy's reasons (and when the account
 * becomes contactable) are shown beside it and tied to the button as its description.
 * Only channels with a callback are shown.
 */
export function QuickActions(props: QuickActionsProps) {
  const { leadId, name, eligible, blockedReasons = [], nextEligibleAt, channels, timeZone, compact } = props;
  const reasonId = useId();
  const handlers: Record<ContactChannel, ((id: string) => void) | undefined> = {
    call: props.onCall,
    text: props.onText,
    email: props.onEmail,
  };
  const shown = (Object.keys(channelLabels) as ContactChannel[]).filter((c) => handlers[c]);
  const status = (c: ContactChannel): ChannelStatus =>
    channels?.[c] ?? { eligible, reasons: [...blockedReasons], nextEligibleAt };
  const blocked = shown.filter((c) => !status(c).eligible);
  const blockedText = blocked.map((c) => {
    const s = status(c);
    const why = s.reasons.length > 0 ? s.reasons.join('; ') : 'not allowed by the contact policy now';
    const when = s.nextEligibleAt ? ` Eligible ${formatInstant(s.nextEligibleAt, { timeZone })}.` : '';
    return { channel: c, text: `${channelLabels[c]} blocked: ${why}.${when}` };
  });
  // One line when every shown channel is blocked for the same reasons (the usual case).
  const lines =
    blockedText.length > 1 && blocked.every((c) => !channels?.[c])
      ? [`Do not contact now: ${blockedText[0]!.text.replace(/^\w+ blocked: /, '')}`]
      : blockedText.map((b) => b.text);

  return (
    <div className="hl-actions" role="group" aria-label={`Contact ${name}`}>
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
              aria-label={`${channelLabels[c]} ${name}`}
              aria-describedby={allowed ? undefined : reasonId}
              onClick={() => handlers[c]?.(leadId)}
              style={compact ? { minHeight: 28, padding: '2px 10px' } : undefined}
            >
              {channelLabels[c]}
            </button>
          );
        })}
      </div>
      {lines.length > 0 ? (
        <p className="hl-blocked" id={reasonId}>
          {lines.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
