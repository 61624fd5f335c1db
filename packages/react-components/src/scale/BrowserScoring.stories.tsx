import { b2bLeadModel, BANDS, bandRank, createScorer, displayScore } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import {
  compareBatches,
  createBrowserScoringWorker,
  scoreBatch,
  type BatchComparison,
  type BatchScores,
} from '@hotleads/core/worker';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PriorityBadge } from '../queue/PriorityBadge';
import { formatValue } from '../util/format';

const NOW = Date.UTC(2026, 11, 1, 9);
const BOOK = { size: 2_000, seed: 17, now: NOW };
const SHOWN = 8;

type Loaded = { fromWorker: BatchScores; onPage: BatchScores; comparison: BatchComparison };

/** Scores the seeded book in a real Web Worker (@hotleads/core/worker) and on this thread, and compares them. */
async function scoreBothWays(): Promise<Loaded> {
  const leads = generateB2bLeads(BOOK);
  const worker = new Worker(new URL('../fixtures/scoring.worker.ts', import.meta.url), { type: 'module' });
  const scoring = createBrowserScoringWorker(worker, { model: b2bLeadModel });
  try {
    const fromWorker = await scoring.score(leads, { now: NOW });
    const onPage = scoreBatch(leads, b2bLeadModel, { now: NOW });
    return { fromWorker, onPage, comparison: compareBatches(fromWorker, onPage) };
  } finally {
    scoring.terminate();
  }
}

function BothWays({ fromWorker, onPage, comparison }: Loaded) {
  const n = (value: number) => formatValue(value, 'integer');
  return (
    <>
      <section className="hl-panel" aria-labelledby="worker-scoring-title">
        <h2 className="hl-panel-title" id="worker-scoring-title">
          Scored in a Web Worker and on the page
        </h2>
        <p data-testid="verdict">
          {comparison.same
            ? `The same ${n(comparison.compared)} scores, bands and eligibility both ways.`
            : `${n(comparison.differences)} of ${n(comparison.compared)} leads differ, the first at position ${n(
                comparison.firstDifference ?? 0,
              )}.`}
        </p>
        <div className="hl-table-scroll" tabIndex={0} role="region" aria-label="The first leads, both ways">
          <table className="hl-table">
            <caption>
              The first {n(SHOWN)} of {n(fromWorker.size)} leads, each score as the queue shows it (the verdict above
              compares the exact numbers)
            </caption>
            <thead>
              <tr>
                <th scope="col">Lead</th>
                <th scope="col">Score in the worker</th>
                <th scope="col">Score on the page</th>
                <th scope="col">Band</th>
              </tr>
            </thead>
            <tbody>
              {fromWorker.leadIds.slice(0, SHOWN).map((id, i) => (
                <tr key={id} data-lead={id}>
                  <th scope="row">{id}</th>
                  <td data-col="worker">{n(displayScore(fromWorker.scores[i]!))}</td>
                  <td data-col="page">{n(displayScore(onPage.scores[i]!))}</td>
                  <td>
                    <PriorityBadge band={BANDS[fromWorker.bands[i]!]!} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

const meta = {
  title: 'Scale/Scoring in a Web Worker',
  loaders: [async () => scoreBothWays()],
  render: (_args, { loaded }) => <BothWays {...(loaded as Loaded)} />,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * 2,000 seeded b2b leads scored by `createBrowserScoringWorker` in a real Web Worker and by
 * `scoreBatch` on the page. The play function scores them again here, lead by lead, with
 * `createScorer`, and checks the worker returned exactly those numbers.
 */
export const SameScores: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { fromWorker } = loaded as Loaded;
    const leads = generateB2bLeads(BOOK);
    const score = createScorer(b2bLeadModel);
    await expect(fromWorker.size).toBe(leads.length);
    let same = 0;
    leads.forEach((lead, i) => {
      const s = score(lead, { now: NOW, explain: false });
      if (
        fromWorker.leadIds[i] === s.leadId &&
        Object.is(fromWorker.scores[i], s.score) &&
        fromWorker.bands[i] === bandRank(s.band)
      )
        same++;
    });
    await expect(same).toBe(leads.length);
    const verdict = compareBatches(fromWorker, scoreBatch(leads, b2bLeadModel, { now: NOW }));
    await expect(verdict.same).toBe(true);
    const text = canvasElement.querySelector('[data-testid="verdict"]')!.textContent;
    await expect(text).toBe(
      `The same ${formatValue(leads.length, 'integer')} scores, bands and eligibility both ways.`,
    );
    const first = score(leads[0]!, { now: NOW, explain: false });
    const row = canvasElement.querySelector(`tr[data-lead="${first.leadId}"]`)!;
    const shown = formatValue(displayScore(first.score), 'integer');
    await expect(row.querySelector('[data-col="worker"]')!.textContent).toBe(shown);
    await expect(row.querySelector('[data-col="page"]')!.textContent).toBe(shown);
  },
};

/** Dark theme. */
export const Dark: Story = { ...SameScores, parameters: { theme: 'dark' } };
