import { displayScore, type Alert, type Time } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';
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
  /** Heading (default `strings.liveAlerts`, "Live alerts"). */
  title?: string;
};

/**
 * Live alerts from the live queue: an abandoned payment, a portal visit, an account crossing
 * into HOT, a promise due today. The list is an ARIA live region (`role="log"`), so a screen
 * reader announces new alerts politely as the host adds them.
 */
export function AlertFeed({ alerts, now, getName = (id) => id, onOpen, maxItems = 20, title }: AlertFeedProps) {
  const { strings, locale } = useHotleadsLocale();
  const heading = title ?? strings.liveAlerts;
  const nowMs = now === undefined ? undefined : new Date(now).getTime();
  const shown = alerts.slice(0, maxItems);
  return (
    <section className="hl-panel hl-alert-feed" aria-label={heading}>
      <h2 className="hl-panel-title">{heading}</h2>
      <div role="log" aria-live="polite" aria-relevant="additions" aria-label={strings.alertFeed(heading)}>
        {shown.length === 0 ? (
          <p className="hl-muted">{strings.noAlerts}</p>
        ) : (
          <ul className="hl-alerts">
            {shown.map((a) => {
              const name = getName(a.leadId);
              return (
                <li key={a.id} className="hl-alert" data-severity={a.severity} data-kind={a.kind}>
                  <PriorityBadge band={a.band}>
                    {strings.alertBadge(String(displayScore(a.score)), strings.bandNames[a.band])}
                  </PriorityBadge>
                  <div className="hl-alert-body">
                    <p className="hl-alert-kind">
                      {strings.severityNames[a.severity]} · {a.title}
                    </p>
                    <p className="hl-alert-reason">
                      <strong>{name}</strong> — {a.reason}
                    </p>
                    <time className="hl-alert-time hl-muted" dateTime={a.at}>
                      {nowMs === undefined
                        ? formatInstant(a.at, { locale })
                        : strings.timeAgo(Math.max(0, nowMs - Date.parse(a.at)))}
                    </time>
                  </div>
                  {onOpen ? (
                    <button
                      type="button"
                      className="hl-button hl-alert-open"
                      onClick={() => onOpen(a.leadId)}
                      aria-label={strings.openAccount(name)}
                    >
                      {strings.open}
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
