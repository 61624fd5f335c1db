// The collector's page (docs/react.md, "Persona pages": "Which account should I work next?"),
// composed from the package's components on a generated book. Story-only: not exported.
import { useMemo, useState } from 'react';
import { getAgency } from '../fixtures/agency';
import { getBook } from '../fixtures/book';
import { collectorDay } from '../fixtures/dashboards';
import { createLiveFixture } from '../fixtures/live';
import { KpiCard } from '../dashboard/KpiCard';
import { DailyGoalProgress } from '../dashboard/DailyGoalProgress';
import { ActivityTimeline } from '../queue/ActivityTimeline';
import { AlertFeed } from '../queue/AlertFeed';
import { WhyHotPanel } from '../queue/WhyHotPanel';
import { WorkQueue } from '../queue/WorkQueue';
import { formatInstant } from '../util/format';

/** Props of the collector page story. */
export type CollectorQueuePageProps = { size?: number };

export function CollectorQueuePage({ size = 500 }: CollectorQueuePageProps) {
  const book = getBook(size);
  const day = useMemo(() => collectorDay(getAgency(), 'c01', 1200), []);
  const live = useMemo(() => createLiveFixture(12), []);
  const [selected, setSelected] = useState(book.entries[0]!.leadId);
  const [status, setStatus] = useState('');
  const entry = book.entries.find((e) => e.leadId === selected) ?? book.entries[0]!;
  const lead = book.lead(entry.leadId);
  const act = (verb: string) => (id: string) => setStatus(`${verb} ${book.lead(id).name}…`);
  return (
    <div className="hl-page">
      <header className="hl-page-header">
        <div>
          <h1>Ava Thompson — work queue</h1>
          <p className="hl-muted" style={{ margin: 0 }}>
            {formatInstant(book.now, { timeZone: 'America/Chicago' })} · ranked by the collections hot lead score, Reg F
            contact limits applied
          </p>
        </div>
        <p role="status" aria-live="polite" style={{ margin: 0, minHeight: '1.4em' }}>
          {status}
        </p>
      </header>
      <main
        className="hl-grid"
        style={{ gridTemplateColumns: 'minmax(0, 1.35fr) minmax(0, 1fr)', alignItems: 'start' }}
      >
        <div className="hl-grid">
          <div className="hl-grid" style={{ gridTemplateColumns: '2fr 1fr 1fr' }}>
            <DailyGoalProgress progress={day.goal} />
            <KpiCard label="Revenue per hour today" value={day.revenuePerHour.display} />
            <KpiCard
              label="Right-party contacts today"
              value={day.rpcRate.percent}
              hint={`${day.rpcRate.rightPartyContacts} of ${day.rpcRate.attempts} attempts`}
            />
          </div>
          <WorkQueue
            entries={book.entries}
            getAccount={(e) => book.account(e.leadId)}
            getChannels={(e) => book.channels(e.leadId)}
            selectedId={selected}
            onOpen={setSelected}
            onCall={act('Calling')}
            onText={act('Texting')}
            onEmail={act('Emailing')}
            height={640}
          />
        </div>
        <aside className="hl-grid" aria-label="Selected account">
          <WhyHotPanel
            score={entry}
            title={`Why ${lead.name} is ${entry.band === 'HOT' ? 'hot' : 'ranked here'}`}
            hideZero
          />
          <ActivityTimeline events={lead.events} now={book.now} timeZone={lead.timeZone} limit={6} />
          <AlertFeed
            alerts={live.alerts}
            now={book.now}
            getName={(id) => live.book.lead(id).name}
            onOpen={setSelected}
            maxItems={5}
          />
        </aside>
      </main>
    </div>
  );
}
