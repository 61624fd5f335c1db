// Part 1 of the tour: a collections book scored and ranked, with the reasons a collector reads
// (@hotleads/core, on a seeded book from @hotleads/core/demo).
import { collectionsHotLeadModel, displayScore, rankQueue, regFPolicy, USD } from '@hotleads/core';
import { generateCollectionsBook } from '@hotleads/core/demo';
import { columns, count, heading, indent, money } from './text';

/** What the queue part shows. */
export type QueueOptions = { now: string; size: number; seed: number; top: number };

/** The work queue part of the tour, as lines of text. */
export function queueSection({ now, size, seed, top }: QueueOptions): string[] {
  const book = generateCollectionsBook({ size, now, seed });
  const byId = new Map(book.map((account) => [account.id, account]));
  const queue = rankQueue(book, collectionsHotLeadModel, { now, limit: top, policy: regFPolicy });
  const eligible = queue.filter((entry) => entry.eligible);
  const blocked = queue.filter((entry) => !entry.eligible);

  const lines: string[] = [
    `${count(book.length)} collection accounts (generateCollectionsBook, seed ${seed}, as of ${now}),`,
    'scored with collectionsHotLeadModel and ranked by rankQueue under the Reg F contact policy.',
    '',
  ];
  const rows: string[][] = [['#', 'account', 'name', 'balance', 'score', 'band']];
  const reasons = new Map<number, string[]>();
  for (const entry of eligible) {
    const account = byId.get(entry.leadId)!;
    rows.push([
      `${entry.rank}.`,
      entry.leadId,
      account.name,
      money(account.balance, USD),
      String(displayScore(entry.score)),
      entry.band,
    ]);
    reasons.set(rows.length - 1, entry.reasons);
  }
  columns(rows, [0, 3, 4]).forEach((line, i) => {
    lines.push(line);
    for (const reason of reasons.get(i) ?? []) lines.push(`      · ${reason}`);
  });
  lines.push('', `${count(blocked.length)} accounts may not be called right now, for example:`);
  for (const entry of blocked.slice(0, 3)) lines.push(`  ${entry.leadId}  ${entry.blockedReasons.join('; ')}`);
  return [...heading(1, 'Which account to work next — @hotleads/core'), ...indent(lines)];
}
