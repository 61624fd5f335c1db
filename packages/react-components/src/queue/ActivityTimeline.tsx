import type { LeadEvent, Time } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';
import { defaultStrings, type HotleadsStrings } from '../theme/strings';
import { formatInstant, formatValue } from '../util/format';

/** Props of {@link ActivityTimeline}. */
export type ActivityTimelineProps = {
  /** The lead's events (as stored on the lead); shown newest first. */
  events: readonly LeadEvent[];
  /** The moment "2 hours ago" is measured from; events after it are not shown. */
  now: Time;
  /** How to say an event in words; default {@link describeEvent} with the theme's labels. */
  describe?: (event: LeadEvent) => string;
  /** Show at most this many events (default 8). */
  limit?: number;
  /** IANA zone for the exact times (default UTC). */
  timeZone?: string;
  /** Heading text (default `strings.recentActivity`, "Recent activity"). */
  title?: string;
};

/**
 * The default wording of an event: its type in words (`strings.eventNames`, else the type
 * in words: "email_bounce" → "email bounce"), with its amount if any.
 */
export function describeEvent(
  event: LeadEvent,
  strings: Pick<HotleadsStrings, 'eventNames' | 'eventWithAmount'> = defaultStrings,
  locale = 'en-US',
): string {
  const words = Object.hasOwn(strings.eventNames, event.type)
    ? strings.eventNames[event.type]!
    : event.type.replace(/[_-]+/g, ' ');
  return typeof event.value === 'number'
    ? strings.eventWithAmount(words, formatValue(event.value, 'currency', { locale }))
    : words;
}

function toDate(t: Time | LeadEvent['at']): Date {
  return t instanceof Date ? t : new Date(t);
}

/** The consumer's recent actions, newest first, each with how long ago it happened. */
export function ActivityTimeline({ events, now, describe, limit = 8, timeZone, title }: ActivityTimelineProps) {
  const { strings, locale } = useHotleadsLocale();
  const heading = title ?? strings.recentActivity;
  const say = describe ?? ((e: LeadEvent) => describeEvent(e, strings, locale));
  const nowDate = toDate(now);
  const shown = events
    .map((e) => ({ e, at: toDate(e.at) }))
    .filter((x) => !Number.isNaN(x.at.getTime()) && x.at.getTime() <= nowDate.getTime())
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
  return (
    <section className="hl-panel" aria-label={heading}>
      <h2 className="hl-panel-title">{heading}</h2>
      {shown.length === 0 ? (
        <p className="hl-muted">{strings.noActivity}</p>
      ) : (
        <ol className="hl-timeline">
          {shown.map(({ e, at }, i) => (
            <li key={`${at.getTime()}-${e.type}-${i}`} className="hl-timeline-item">
              <span>{say(e)}</span>
              <time
                className="hl-timeline-time"
                dateTime={at.toISOString()}
                title={formatInstant(at, { timeZone, locale })}
              >
                {strings.timeAgo(nowDate.getTime() - at.getTime())}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
