import type { DistributionResult, PullQueueItem } from '@hotleads/core';
import { useId } from 'react';
import { useHotleadsLocale } from '../theme/context';
import { formatCell, formatInstant, formatValue } from '../util/format';
import { VirtualList } from './VirtualList';

/** Props of {@link PullQueue}. */
export type PullQueueProps = {
  /** What the agent may see of the queue: `viewPullQueue(state, leads, view)` of `@hotleads/core`, oldest first. */
  items: readonly PullQueueItem[];
  /** The view the items were made with: hidden (no lead data) or preview (the chosen fields). */
  mode: 'hidden' | 'preview';
  /** The agent takes the lead in a slot; the host calls `pullLead` and passes its result back as `result`. */
  onTake: (slot: string) => void;
  /** The last `pullLead` result: the lead taken and why, or why it was not. */
  result?: DistributionResult;
  /** A preview field's label (default the field path). */
  fieldLabel?: (field: string) => string;
  /** Zone of the "waiting since" times (default UTC). */
  timeZone?: string;
  /** Height of the list in pixels (default 420). */
  height?: number;
  /** Heading (default `strings.leads.pullQueue`). */
  title?: string;
};

/**
 * The pull-based distribution of docs/distribution.md: the queue an agent picks leads from, in hidden mode (each
 * row shows only its position and since when it waits: nothing of the lead, not even its id,
 * before the agent takes it) or preview mode (the fields the host chose, as `viewPullQueue`
 * gives them, and nothing else). Virtualized: 100,000 waiting leads render a few dozen rows;
 * ArrowUp / ArrowDown / PageUp / PageDown / Home / End move between rows, Tab reaches a row's
 * Take button. The result of the last take (core's assignment reason, or why it was refused) is
 * announced.
 */
export function PullQueue({
  items,
  mode,
  onTake,
  result,
  fieldLabel = (f) => f,
  timeZone = 'UTC',
  height = 420,
  title,
}: PullQueueProps) {
  const { strings, locale } = useHotleadsLocale();
  const s = strings.leads;
  const headingId = useId();
  const count = formatValue(items.length, 'integer', { locale });
  const taken = result?.assignments[0];
  const refused = result?.unassigned[0];

  return (
    <section className="hl-panel hl-pullq" aria-labelledby={headingId} data-mode={mode}>
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={headingId}>
          {title ?? s.pullQueue}
        </h2>
        <span className="hl-badge" title={s.modeHints[mode]}>
          {s.modeNames[mode]}
        </span>
      </div>
      <p className="hl-muted">
        {s.waiting(count)} · {s.modeHints[mode]}
      </p>
      <p className="hl-pullq-result" role="status">
        {taken ? s.taken(taken.leadId, taken.reason) : refused ? s.notTaken(refused.reason) : ''}
      </p>
      {items.length === 0 ? (
        <p className="hl-muted">{s.emptyPullQueue}</p>
      ) : (
        <VirtualList
          label={s.pullQueue}
          count={items.length}
          rowKey={(i) => items[i]!.slot}
          height={height}
          rowHeight={56}
          renderRow={(i) => {
            const item = items[i]!;
            const fields =
              mode === 'preview'
                ? Object.entries(item.preview ?? {})
                    .map(([field, value]) => `${fieldLabel(field)}: ${formatCell(value, {})}`)
                    .join(' · ')
                : '';
            const since = s.waitingSince(formatInstant(item.waitingSince, { timeZone, locale }));
            return (
              <div className="hl-pullq-row">
                <span className="hl-pullq-pos">{s.position(formatValue(item.position, 'integer', { locale }))}</span>
                <div className="hl-pullq-body">
                  {mode === 'hidden' ? (
                    <span className="hl-muted hl-clip" title={s.hiddenLead}>
                      {s.hiddenLead}
                    </span>
                  ) : (
                    <span className="hl-clip" title={fields}>
                      {fields}
                    </span>
                  )}
                  <span className="hl-muted hl-clip" title={since}>
                    {since}
                  </span>
                </div>
                <button
                  type="button"
                  className="hl-button"
                  aria-label={s.takeLabel(formatValue(item.position, 'integer', { locale }), count)}
                  onClick={() => onTake(item.slot)}
                >
                  {s.take}
                </button>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
