import { useId, type HTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { useHotleadsLocale } from '../theme/context';
import type { ChannelStatus, ContactChannel, ContactHandlers, QueueAccount, QueueEntryLike } from '../types';
import { formatValue } from '../util/format';
import { PriorityBadge } from './PriorityBadge';
import { QuickActions } from './QuickActions';
import { ScoreRing } from './ScoreRing';

/** Props of {@link QueueCard}. */
export type QueueCardProps = ContactHandlers & {
  /** The queue entry from `rankQueue` / the live queue (score, band, reasons, eligibility). */
  entry: QueueEntryLike;
  /** The account's own data (name, account number, balance). */
  account: QueueAccount;
  /** Marks the card as the one open in the host (`aria-current`). */
  selected?: boolean;
  /**
   * Called with the lead id when the collector selects the account: a click on its name, or
   * Enter on the focused card. With it, a card outside a `WorkQueue` is focusable.
   */
  onSelect?: (leadId: string) => void;
  /** Per-channel policy verdicts, when the host has them. */
  channels?: Partial<Record<ContactChannel, ChannelStatus>>;
  /** Position in a longer list, for the virtualized queue (`aria-posinset` / `aria-setsize`). */
  position?: { index: number; total: number };
  /** Forwarded to the article (the virtualized queue measures and focuses cards). */
  articleRef?: Ref<HTMLElement>;
  /** Extra attributes for the article element. */
  articleProps?: HTMLAttributes<HTMLElement> & { 'data-card-index'?: number };
};

/**
 * One account of the work queue: score ring, priority badge, rank, balance, the top reason it is
 * hot (in full), the best time to reach it when the entry carries core's recommendation
 * (`rankQueue`'s `recommend`: "Best: call today 18:00–19:00"), and the quick actions (disabled with the policy's reason when the account may
 * not be contacted now). Renders an `<article>` named by the account. It lays itself out by its
 * own width (a container query): side by side from about 560 px, stacked below, readable from
 * 280 px.
 */
export function QueueCard({
  entry,
  account,
  selected,
  onSelect,
  channels,
  position,
  articleRef,
  articleProps,
  ...handlers
}: QueueCardProps) {
  const { strings, locale } = useHotleadsLocale();
  const titleId = useId();
  const reason = entry.reasons[0];
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    articleProps?.onKeyDown?.(e);
    if (e.defaultPrevented || !onSelect || e.key !== 'Enter' || e.target !== e.currentTarget) return;
    e.preventDefault();
    onSelect(entry.leadId);
  };
  return (
    <article
      tabIndex={onSelect ? 0 : undefined}
      {...articleProps}
      ref={articleRef}
      className="hl-card"
      data-band={entry.band}
      data-eligible={entry.eligible}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position ? position.total : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="hl-card-body">
        <ScoreRing score={entry.score} band={entry.band} />
        <div className="hl-card-main">
          <h3 className="hl-card-title">
            {onSelect ? (
              <button type="button" className="hl-card-open" id={titleId} onClick={() => onSelect(entry.leadId)}>
                {account.name}
              </button>
            ) : (
              <span id={titleId}>{account.name}</span>
            )}
            <PriorityBadge band={entry.band} />
          </h3>
          <p className="hl-card-meta">
            <span>{strings.rank(formatValue(entry.rank, 'integer', { locale }))}</span>
            {account.accountNumber ? <span>{strings.accountNumber(account.accountNumber)}</span> : null}
            {account.balance != null ? (
              <span>
                {strings.balance}{' '}
                <span className="hl-card-balance">
                  {formatValue(account.balance, 'currency', { currency: account.currency, locale })}
                </span>
              </span>
            ) : null}
          </p>
          {reason ? <p className="hl-card-reason">{reason}</p> : null}
          {entry.recommendation ? <p className="hl-card-best">{entry.recommendation.text}</p> : null}
        </div>
        <QuickActions
          leadId={entry.leadId}
          name={account.name}
          eligible={entry.eligible}
          blockedReasons={entry.blockedReasons}
          nextEligibleAt={entry.nextEligibleAt}
          channels={channels}
          timeZone={account.timeZone}
          compact
          {...handlers}
        />
      </div>
    </article>
  );
}
