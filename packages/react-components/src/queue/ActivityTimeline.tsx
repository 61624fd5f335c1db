import { formatAgo, type LeadEvent, type Time } from '@hotleads/core';
import { formatInstant, formatValue } from '../util/format';

/** Props of {@link ActivityTimeline}. */
export type ActivityTimelineProps = {
  /** The lead's events (as stored on the lead); shown newest first. */
  events: readonly LeadEvent[];
  /** The moment "2 hours ago" is measured from; events after it are not shown. */
  now: Time;
  /** How to say an event in words; defaults cover the collections intent signals. */
  describe?: (event: LeadEvent) => string;
  /** Show at most this many events (default 8). */
  limit?: number;
  /** IANA zone for the exact times (default UTC). */
  timeZone?: string;
  /** Heading text (default "Recent activity"). */
  title?: string;
};

const eventWords: Record<string, string> = {
  portal_visit: 'Visited the payment portal',
  abandoned_payment: 'Started a payment and abandoned it',
  partial_payment: 'Made a partial payment',
  payment: 'Made a payment',
  promise_to_pay: 'Promised to pay',
  email_open: 'Opened an email',
  email_click: 'Clicked a link in an email',
  sms_reply: 'Replied to a text',
  inbound_call: 'Called in',
  call: 'Was called',
  call_attempt: 'Call attempt',
  conversation: 'Spoke with a collector',
};

/** The default wording of an event: a known intent signal in words, with its amount if any. */
export function describeEvent(event: LeadEvent): string {
  const words = eventWords[event.type] ?? event.type.replace(/[_-]+/g, ' ');
  return typeof event.value === 'number' ? `${words} (${formatValue(event.value, 'currency')})` : words;
}

function toDate(t: Time | LeadEvent['at']): Date {
  return t instanceof Date ? t : new Date(t);
}

/** The consumer's recent actions, newest first, each with how long ago it happened. */
export function ActivityTimeline({
  events,
  now,
  describe = describeEvent,
  limit = 8,
  timeZone,
  title = 'Recent activity',
}: ActivityTimelineProps) {
  const nowDate = toDate(now);
  const shown = events
    .map((e) => ({ e, at: toDate(e.at) }))
    .filter((x) => !Number.isNaN(x.at.getTime()) && x.at.getTime() <= nowDate.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
  return (
    <section className="hl-panel" aria-label={title}>
      <h2 className="hl-panel-title">{title}</h2>
      {shown.length === 0 ? (
        <p className="hl-muted">No activity yet.</p>
      ) : (
        <ol className="hl-timeline">
          {shown.map(({ e, at }, i) => (
            <li key={`${at.getTime()}-${e.type}-${i}`} className="hl-timeline-item">
              <span>{describe(e)}</span>
              <time className="hl-timeline-time" dateTime={at.toISOString()} title={formatInstant(at, { timeZone })}>
                {formatAgo(nowDate.getTime() - at.getTime())}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
