import { displayScore, formatAgo, type Alert, type Time } from '@hotleads/core';
import { formatInstant } from '../util/format';
import { PriorityBadge } from './PriorityBadge';

/** Props of {@link AlertFeed}. */
export type AlertFeedProps = {
  /** Alerts raised by core's live queue (`ingest`, `upsert`, `advance`) or `detectAlerts`, in the order to show. */
  alerts: readonly Alert[];
  /** The moment "5 minutes ago" is measured from; without it exact times are shown. */
  now?: Time;
  /** Looks up the account's name for the alert (default: the lead id). */
  getName?: (leadId: string) => string;
  /** Called with the lead id when the collector opens the account from an alert. */
  onOpen?: (leadId: string) => void;
  /** Show at most this many alerts (default 20). */
  maxItems?: number;
  /** Heading (default "Live alerts"). */
  title?: string;
};

const severityWords: Record<Alert['severity'], string> = { critical: 'Critical', high: 'High', medium: 'Medium' };

/**
 * Live alerts from the live queue: an abandoned payment, a portal visit, an account crossing
 * into HOT, a promise due today. The list is an ARIA live region (`role="log"`), so a screen
 * reader announces new alerts politely as the host adds them.
 */
export function AlertFeed({
  alerts,
  now,
  getName = (id) => id,
  onOpen,
  maxItems = 20,
  title = 'Live alerts',
}: AlertFeedProps) {
  const nowMs = now === undefined ? undefined : new Date(now).getTime();
  const shown = alerts.slice(0, maxItems);
  return (
    <section className="hl-panel" aria-label={title}>
      <h2 className="hl-panel-title">{title}</h2>
      <div role="log" aria-live="polite" aria-relevant="additions" aria-label={`${title} feed`}>
        {shown.length === 0 ? (
          <p className="hl-muted">No alerts yet.</p>
        ) : (
          <ul className="hl-alerts">
            {shown.map((a) => {
              const name = getName(a.leadId);
              return (
                <li key={a.id} className="hl-alert" data-severity={a.severity} data-kind={a.kind}>
                  <PriorityBadge band={a.band}>{`${displayScore(a.score)} ${a.band}`}</PriorityBadge>
                  <div>
                    <div>
                      <span className="hl-alert-kind">
                        {severityWords[a.severity]} · {a.title}
                      </span>
                    </div>
                    <div>
                      <strong>{name}</strong> — {a.reason}
                    </div>
                    <time className="hl-muted" style={{ fontSize: 12 }} dateTime={a.at}>
                      {nowMs === undefined ? formatInstant(a.at) : formatAgo(Math.max(0, nowMs - Date.parse(a.at)))}
                    </time>
                  </div>
                  {onOpen ? (
                    <button
                      type="button"
                      className="hl-button"
                      onClick={() => onOpen(a.leadId)}
                      aria-label={`Open ${name}`}
                    >
                      Open
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
