// `npm run bench -- core`: the memory a queue entry keeps, unexplained (rankQueue explains
// nothing up front) and explained. A process of its own holding only the book, so that nothing
// else is collected between the heap readings; bench.mjs runs it with --expose-gc.
import { collectionsHotLeadModel, createScorer, rankQueue } from '@hotleads/core';
import { generateCollectionsBook } from '@hotleads/core/demo';

const NOW = Date.UTC(2026, 10, 22, 15);
const SIZE = 100_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const gc = (globalThis as { gc?: () => void }).gc;

function line(name: string, value: string, note: string): void {
  console.log(`${name.padEnd(58)} ${value.padStart(18)}   ${note}`);
}

function heap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

if (gc === undefined) {
  console.log('no global.gc: run with --expose-gc (npm run bench does)');
} else {
  const book = generateCollectionsBook({ size: SIZE, now: NOW, seed: 9 });
  const collections = createScorer(collectionsHotLeadModel);
  rankQueue(book.slice(0, 1000), collections, { now: NOW }); // warm-up, compiled code in place
  const before = heap();
  const queue = rankQueue(book, collections, { now: NOW });
  const unexplained = heap();
  const lazyBytes = (unexplained - before) / queue.length;
  for (const e of queue) void e.reasons; // explain every entry
  const explainedBytes = (heap() - before) / queue.length;
  line(
    `an unexplained queue entry (rankQueue of ${fmt(queue.length)})`,
    `${fmt(lazyBytes)} bytes`,
    `heap after gc() (target <= 300 bytes: ${lazyBytes <= 300 ? 'ok' : 'ABOVE TARGET'})`,
  );
  line('  the same entries once explained', `${fmt(explainedBytes)} bytes`, '(no target)');
  if (book.length !== SIZE || queue.length !== SIZE) process.exitCode = 1;
}
