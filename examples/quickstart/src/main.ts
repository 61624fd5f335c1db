// hotleads quickstart: generate a realistic book of collection accounts, score it with the
// collections hot-lead model and print the top 10 of the work queue with the reasons a
// collector would read. Run with `npm run demo` (or `npm start` before the React package).
import { collectionsHotLeadModel, displayScore, formatMoney, rankQueue, regFPolicy } from '@hotleads/core';
import { generateCollectionsBook } from '@hotleads/core/demo';

const now = process.argv[2] ?? '2026-11-22T15:00:00Z';
const book = generateCollectionsBook({ size: 5_000, now, seed: 2026 });

const queue = rankQueue(book, collectionsHotLeadModel, { now, limit: 10, policy: regFPolicy });
const eligible = queue.filter((entry) => entry.eligible);
const byId = new Map(book.map((account) => [account.id, account]));

console.log(`hotleads — top 10 of ${book.length.toLocaleString('en-US')} accounts at ${now} (Reg F policy applied)\n`);
for (const entry of eligible) {
  const account = byId.get(entry.leadId)!;
  const head = `${String(entry.rank).padStart(2)}. ${entry.leadId}  ${account.name.padEnd(18)} ${formatMoney(account.balance).padStart(11)}  ${String(displayScore(entry.score)).padStart(3)} ${entry.band}`;
  console.log(head);
  for (const reason of entry.reasons) console.log(`      · ${reason}`);
}
const blocked = queue.filter((entry) => !entry.eligible);
console.log(`\n${blocked.length} accounts may not be contacted now, e.g.:`);
for (const entry of blocked.slice(0, 3))
  console.log(
    `  ${entry.leadId}: ${entry.blockedReasons.join('; ')}${entry.nextEligibleAt === undefined ? '' : ` (eligible again ${entry.nextEligibleAt})`}`,
  );
