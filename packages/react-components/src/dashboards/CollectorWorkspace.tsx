import type { Alert, DailyGoalProgress as DailyGoal, LeadEvent, QueueEntry, Time } from '@hotleads/core';
import type { ReactNode } from 'react';
import { DailyGoalProgress } from '../dashboard/DailyGoalProgress';
import { KpiCard, type KpiCardProps } from '../dashboard/KpiCard';
import { ActivityTimeline } from '../queue/ActivityTimeline';
import { AlertFeed } from '../queue/AlertFeed';
import { WhyHotPanel } from '../queue/WhyHotPanel';
import { WorkQueue } from '../queue/WorkQueue';
import { useHotleadsLocale } from '../theme/context';
import type { ChannelStatus, ContactChannel, ContactHandlers, QueueAccount } from '../types';
import { formatInstant } from '../util/format';

/** Props of {@link CollectorWorkspace}. */
export type CollectorWorkspaceProps = ContactHandlers & {
  /** Whose queue it is (the heading: `strings.workspaceTitle`, "Ava Thompson — work queue"). */
  collector: { name: string };
  /** When the queue was ranked, shown in `timeZone` under the heading. */
  now: Time;
  /** The collector's IANA zone. */
  timeZone: string;
  /** More of the line under the heading (how the queue was ranked, which policy applies). */
  description?: ReactNode;
  /** The queue, ranked and explained: `rankQueue(book, model, { now, policy, touches, explain: true })`. */
  entries: readonly QueueEntry[];
  /** The account a card shows for an entry. */
  getAccount: (entry: QueueEntry) => QueueAccount;
  /** Per-channel verdicts, e.g. `checkAllChannels(lead, touches, policy, { now })`. */
  getChannels?: (entry: QueueEntry) => Partial<Record<ContactChannel, ChannelStatus>> | undefined;
  /** The account open beside the queue (default the first entry). */
  selectedId?: string;
  /** The collector selects an account: its name, Enter on its card, or an alert's Open. */
  onSelect?: (leadId: string) => void;
  /** The selected account's events, for its activity timeline. */
  getEvents?: (leadId: string) => readonly LeadEvent[];
  /** Live alerts (`liveQueue.ingest` / `advance`), newest first. */
  alerts?: readonly Alert[];
  /** The name of the account an alert is about (default `getAccount`'s name for queue entries, else the id). */
  getName?: (leadId: string) => string;
  /** The day's goal: `dailyGoalProgress(payments, { goal, now, timeZone, collectorId })`. */
  goal?: Pick<DailyGoal, 'bar' | 'percent' | 'label' | 'met'>;
  /** The collector's KPIs of the day, each a `KpiCard` (labels from the host). */
  kpis?: readonly KpiCardProps[];
  /** A status line for the host's last action ("Calling Dana Reyes…"), announced politely. */
  status?: ReactNode;
  /** Height of the queue's scrolling area in pixels (default 640). */
  queueHeight?: number;
};

/**
 * The collector's screen — "Which account should I work next?": the day's goal and KPIs, the
 * ranked and policy-checked queue, and beside it why the selected account is where it is, its
 * recent activity and the live alerts. Every figure and sentence comes in as props; the
 * headings are the theme's strings. Two columns from about 900 px of its own width, one below.
 */
export function CollectorWorkspace({
  collector,
  now,
  timeZone,
  description,
  entries,
  getAccount,
  getChannels,
  selectedId,
  onSelect,
  getEvents,
  alerts,
  getName,
  goal,
  kpis = [],
  status,
  queueHeight = 640,
  ...handlers
}: CollectorWorkspaceProps) {
  const { strings, locale } = useHotleadsLocale();
  const entry = entries.find((e) => e.leadId === selectedId) ?? entries[0];
  const account = entry ? getAccount(entry) : undefined;
  const nameOf =
    getName ??
    ((id: string) => {
      const e = entries.find((x) => x.leadId === id);
      return e ? getAccount(e).name : id;
    });
  return (
    <div className="hl-page hl-workspace">
      <header className="hl-page-header">
        <div>
          <h1>{strings.workspaceTitle(collector.name)}</h1>
          <p className="hl-page-subtitle hl-muted">
            {formatInstant(now, { timeZone, locale })}
            {description ? <> · {description}</> : null}
          </p>
        </div>
        <p className="hl-page-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      <main className="hl-workspace-columns">
        <div className="hl-grid">
          {goal || kpis.length > 0 ? (
            <div className="hl-kpi-row">
              {goal ? <DailyGoalProgress progress={goal} /> : null}
              {kpis.map((k) => (
                <KpiCard key={k.label} {...k} />
              ))}
            </div>
          ) : null}
          <WorkQueue
            entries={entries}
            getAccount={getAccount}
            getChannels={getChannels}
            selectedId={entry?.leadId}
            onSelect={onSelect}
            height={queueHeight}
            {...handlers}
          />
        </div>
        <aside className="hl-grid" aria-label={strings.selectedAccount}>
          {entry && account ? (
            <>
              <WhyHotPanel score={entry} title={strings.whyAccountIsHot(account.name, entry.band)} hideZero />
              {getEvents ? (
                <ActivityTimeline
                  events={getEvents(entry.leadId)}
                  now={now}
                  timeZone={account.timeZone ?? timeZone}
                  limit={6}
                />
              ) : null}
            </>
          ) : null}
          {alerts ? <AlertFeed alerts={alerts} now={now} getName={nameOf} onOpen={onSelect} maxItems={5} /> : null}
        </aside>
      </main>
    </div>
  );
}
