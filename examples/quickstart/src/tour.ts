// The whole tour: the three parts, in order, as lines of text. Fixed times and seeded data, so
// every run prints the same thing.
import { openDemoLedger } from './ledger';
import { paymentsSection } from './payments';
import { queueSection } from './queue';
import { rulePreviewSection } from './rulePreview';

/** What the tour computes: the moment, the sizes and the seeds. */
export const TOUR = {
  /** The moment the queue and the rule preview are computed for. */
  now: '2026-11-22T15:00:00Z',
  queue: { size: 5_000, seed: 2026, top: 5 },
  rules: { size: 2_000, seed: 2026, examples: 2 },
} as const;

/** Runs the tour and returns what it prints. */
export async function tour(): Promise<string[]> {
  const demo = await openDemoLedger();
  try {
    return [
      'hotleads — a tour of the library (npm run demo)',
      ...queueSection({ now: TOUR.now, ...TOUR.queue }),
      ...rulePreviewSection({ now: TOUR.now, ...TOUR.rules }),
      ...(await paymentsSection(demo.ledger)),
    ];
  } finally {
    await demo.close();
  }
}
