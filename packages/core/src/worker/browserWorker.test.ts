// @hotleads/core/worker: the Web Worker protocol, tested in Node without a browser. The handler
// is called directly, and the page's client talks to `serveScoringWorker` over a real
// MessageChannel (structured clone and transfer, as between a page and its worker). A seeded
// property test checks the results equal the single-thread scorer; errors keep their code and
// path across the boundary; and the entry never reaches a `node:` module.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import fc from 'fast-check';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import type { Lead } from '../lead/types';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { regFPolicy } from '../policy/regFPolicy';
import { rankQueue } from '../queue/rankQueue';
import { bandRank } from '../scoring/bands';
import { createScorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';
import { leadArb, modelArb, NOW } from '../__tests__/arbitraries';
import {
  compareBatches,
  createBrowserScoringWorker,
  handleScoringRequest,
  scoreBatch,
  serveScoringWorker,
  type BatchScores,
  type ScoringWorkerPort,
  type ScoringWorkerScope,
} from './index';
import { encodeNdjson } from './ndjson';

const SEED = 20261217;
const now = NOW;
const ndjson = (leads: readonly unknown[]) => new TextEncoder().encode(leads.map((l) => JSON.stringify(l)).join('\n'));

/** What the single-thread call says of each lead, in order. */
function expectSingleThread(batch: BatchScores, leads: readonly Lead[], model: ScoringModel = b2bLeadModel) {
  const score = createScorer(model);
  expect(batch.size).toBe(leads.length);
  leads.forEach((lead, i) => {
    const s = score(lead, { now, explain: false });
    expect(batch.leadIds[i]).toBe(s.leadId);
    expect(Object.is(batch.scores[i], s.score)).toBe(true);
    expect(batch.bands[i]).toBe(bandRank(s.band));
    expect(batch.eligible[i]).toBe(1);
  });
}

/** A page and its worker, joined by a MessageChannel: the worker side runs serveScoringWorker. */
const opened: MessagePort[] = [];
function channel(): { page: ScoringWorkerPort; stop: () => void } {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  const stop = serveScoringWorker(port2 as unknown as ScoringWorkerScope);
  port1.start();
  port2.start();
  return {
    page: Object.assign(port1 as unknown as ScoringWorkerPort, { terminate: () => port2.close() }),
    stop,
  };
}
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

const arbLeads = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 150 }), fc.array(leadArb, { maxLength: 20 }))
  .map(([seed, size, odd]) => [
    ...generateB2bLeads({ size, seed, now }),
    ...odd.map((l, i) => ({ ...l, id: `odd-${i}` })),
  ]);

describe('handleScoringRequest (the worker, without a Worker)', () => {
  it('scores NDJSON bytes exactly as the single-thread scorer, for any model and leads', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(b2bLeadModel), modelArb), arbLeads, (model, leads) => {
        const reply = handleScoringRequest({ hotleads: 'score', id: 7, model, bytes: ndjson(leads), options: { now } });
        expect(reply?.response).toMatchObject({ hotleads: 'scored', id: 7, ok: true });
        const batch = (reply!.response as { batch: BatchScores }).batch;
        expectSingleThread(batch, leads, model);
        expect(compareBatches(batch, scoreBatch(leads, model, { now }))).toEqual({
          same: true,
          compared: leads.length,
          differences: 0,
          firstDifference: undefined,
        });
        expect(reply!.transfer).toEqual([batch.scores.buffer, batch.bands.buffer, batch.eligible.buffer]);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('skips blank lines and gives the policy eligibility of rankQueue', () => {
    const leads = generateB2bLeads({ size: 120, seed: 3, now }).map((l, i) => ({
      ...l,
      timeZone: i % 3 === 0 ? 'Asia/Tokyo' : 'America/Chicago',
      flags: i % 7 === 0 ? ['dispute'] : [],
    }));
    const touches = leads.slice(0, 30).flatMap((l) =>
      Array.from({ length: 7 }, (_, k) => ({
        leadId: l.id,
        channel: 'call' as const,
        at: now - (k + 1) * 3_600_000,
      })),
    );
    const text = leads.map((l) => JSON.stringify(l)).join('\n\n  \n') + '\n';
    const options = { now, policy: regFPolicy, touches };
    const reply = handleScoringRequest({
      hotleads: 'score',
      id: 1,
      model: b2bLeadModel,
      bytes: new TextEncoder().encode(text),
      options,
    });
    const batch = (reply!.response as { batch: BatchScores }).batch;
    const eligible = new Map(rankQueue(leads, b2bLeadModel, { ...options, explain: false }).map((e) => [e.leadId, e]));
    leads.forEach((l, i) => expect(batch.eligible[i]).toBe(eligible.get(l.id)!.eligible ? 1 : 0));
    expect(batch.eligible.includes(0) && batch.eligible.includes(1)).toBe(true);
    expect(compareBatches(batch, scoreBatch(leads, b2bLeadModel, options)).same).toBe(true);
  });

  it('leaves other messages alone and answers bad requests with the error as data', () => {
    expect(handleScoringRequest('hello')).toBeUndefined();
    expect(handleScoringRequest({ type: 'ping' })).toBeUndefined();
    expect(handleScoringRequest(null)).toBeUndefined();
    const unreadable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(handleScoringRequest(unreadable)).toBeUndefined(); // never a structured clone: not ours
    const bad = (message: unknown) => handleScoringRequest(message)!.response;
    const base = { hotleads: 'score', id: 3, model: b2bLeadModel, bytes: ndjson([{ id: 'a' }]), options: { now } };
    expect(bad({ ...base, bytes: '{"id":"a"}' })).toMatchObject({ id: 3, ok: false, code: 'INVALID_REQUEST' });
    expect(bad({ ...base, id: 'x' })).toMatchObject({ id: -1, ok: false, code: 'INVALID_REQUEST' });
    expect(bad({ ...base, model: { criteria: 'none' } })).toMatchObject({ ok: false, code: 'INVALID_MODEL' });
    expect(bad({ ...base, options: { now: 'yesterday' } })).toMatchObject({
      ok: false,
      code: 'INVALID_TIME',
      path: ['options', 'now'],
    });
    expect(bad({ ...base, bytes: new TextEncoder().encode('{"id":"a"}\n\n{"id":\n') })).toMatchObject({
      ok: false,
      code: 'INVALID_LEAD',
      path: ['line', 2],
    });
    expect(bad({ ...base, bytes: ndjson([{ id: 'a' }, { id: '' }]) })).toMatchObject({
      ok: false,
      code: 'INVALID_LEAD',
      path: ['leads', 1, 'id'],
    });
  });
});

describe('createBrowserScoringWorker over a MessageChannel', () => {
  // 20 seeded runs of up to three books each: seconds on a loaded 2-core machine, so more than the default 5 s.
  it(
    'resolves with the single-thread scores, for any leads, several requests at once',
    { timeout: 60_000 },
    async () => {
      const { page } = channel();
      const scoring = createBrowserScoringWorker(page, { model: b2bLeadModel });
      await fc.assert(
        fc.asyncProperty(fc.array(arbLeads, { minLength: 1, maxLength: 3 }), async (books) => {
          const batches = await Promise.all(books.map((leads) => scoring.score(leads, { now })));
          books.forEach((leads, k) => {
            expectSingleThread(batches[k]!, leads);
            expect(compareBatches(batches[k]!, scoreBatch(leads, b2bLeadModel, { now })).same).toBe(true);
          });
        }),
        { seed: SEED, numRuns: 20 },
      );
      scoring.terminate();
    },
  );

  it('moves NDJSON bytes to the worker (the buffer is detached) and copies a view of part of one', async () => {
    const { page } = channel();
    const scoring = createBrowserScoringWorker(page, { model: b2bLeadModel });
    const leads = generateB2bLeads({ size: 40, seed: 9, now });
    const bytes = encodeNdjson(leads);
    const batch = await scoring.scoreBytes(bytes, { now: new Date(now) });
    expect(bytes.buffer.byteLength).toBe(0);
    expectSingleThread(batch, leads);
    const padded = new TextEncoder().encode(`  ${leads.map((l) => JSON.stringify(l)).join('\n')}  `);
    const view = padded.subarray(1, padded.length - 1);
    expectSingleThread(await scoring.scoreBytes(view, { now }), leads);
    expect(padded.buffer.byteLength).toBeGreaterThan(0);
    scoring.terminate();
  });

  it('rejects with the code and path of the error, the same as scoreBatch in this thread', async () => {
    const { page } = channel();
    const scoring = createBrowserScoringWorker(page, { model: b2bLeadModel });
    const cases: Array<[Iterable<Lead>, object]> = [
      [[{ id: 'a' }, { id: '' } as Lead], { now }],
      [[{ id: 'a' }, 7 as unknown as Lead], { now }],
      [[{ id: 'a' }], { now: 'soon' }],
      [[{ id: 'a' }], { now, channel: 'pigeon' }],
      [[{ id: 'a' }], { now, touches: 5 }],
      ['leads' as unknown as Lead[], { now }],
    ];
    for (const [leads, options] of cases) {
      let inline: unknown;
      try {
        scoreBatch(leads, b2bLeadModel, options as { now: number });
      } catch (error) {
        inline = error;
      }
      expect(inline).toMatchObject({ name: 'HotleadsError' });
      const { code, path } = inline as { code: string; path: unknown };
      await expect(scoring.score(leads, options as { now: number })).rejects.toMatchObject({ code, path });
    }
    // A lead JSON cannot write (a BigInt) is refused at its index before anything is posted.
    await expect(
      scoring.score([{ id: 'a' }, { id: 'b', budget: 1n } as unknown as Lead], { now }),
    ).rejects.toMatchObject({
      code: 'INVALID_LEAD',
      path: ['leads', 1],
    });
    await expect(scoring.scoreBytes(new TextEncoder().encode('{"id":"a"}\nnope\n'), { now })).rejects.toMatchObject({
      code: 'INVALID_LEAD',
      path: ['line', 1],
    });
    await expect(scoring.scoreBytes('{"id":"a"}' as unknown as Uint8Array, { now })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['bytes'],
    });
    scoring.terminate();
  });

  it('refuses what is not a worker or a model, and everything after terminate', async () => {
    expect(() => createBrowserScoringWorker({} as ScoringWorkerPort, { model: b2bLeadModel })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['worker'] }),
    );
    const noop = () => undefined;
    const badTerminate = { postMessage: noop, addEventListener: noop, removeEventListener: noop, terminate: 1 };
    expect(() =>
      createBrowserScoringWorker(badTerminate as unknown as ScoringWorkerPort, { model: b2bLeadModel }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['worker'] }));
    const { page } = channel();
    expect(() => createBrowserScoringWorker(page, { model: { criteria: 3 } as unknown as ScoringModel })).toThrow(
      expect.objectContaining({ code: 'INVALID_MODEL' }),
    );
    // A worker that never answers: terminate rejects what is pending.
    const silent: ScoringWorkerPort = { postMessage() {}, addEventListener() {}, removeEventListener() {} };
    const scoring = createBrowserScoringWorker(silent, { model: b2bLeadModel });
    const pending = scoring.score([{ id: 'a' }], { now });
    scoring.terminate();
    await expect(pending).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(scoring.score([{ id: 'a' }], { now })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('rejects what is pending when the worker reports an error', async () => {
    const listeners = new Map<string, (event: { data?: unknown }) => void>();
    const failing: ScoringWorkerPort = {
      postMessage() {},
      addEventListener: (type, listener) => listeners.set(type, listener),
      removeEventListener: (type) => listeners.delete(type),
    };
    const scoring = createBrowserScoringWorker(failing, { model: b2bLeadModel });
    const pending = scoring.score([{ id: 'a' }], { now });
    listeners.get('message')!({ data: { hotleads: 'scored', id: 99, ok: true } }); // not ours: ignored
    listeners.get('error')!({});
    await expect(pending).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});

describe('serveScoringWorker', () => {
  it('refuses a scope that is not a worker, and stops serving when asked', async () => {
    expect(() => serveScoringWorker({} as ScoringWorkerScope)).toThrow(expect.objectContaining({ path: ['scope'] }));
    const posted: unknown[] = [];
    let listener: ((event: { data: unknown }) => void) | undefined;
    const scope: ScoringWorkerScope = {
      addEventListener: (_type, l) => (listener = l),
      removeEventListener: () => (listener = undefined),
      postMessage: (message) => posted.push(message),
    };
    const stop = serveScoringWorker(scope);
    listener!({ data: { type: 'other' } });
    listener!({
      data: { hotleads: 'score', id: 1, model: b2bLeadModel, bytes: ndjson([{ id: 'a' }]), options: { now } },
    });
    expect(posted).toMatchObject([{ hotleads: 'scored', id: 1, ok: true }]);
    stop();
    expect(listener).toBeUndefined();
  });
});

describe('compareBatches', () => {
  it('finds the first position whose id, score, band or eligibility differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.nat(), fc.integer({ min: 0, max: 3 }), (size, at, field) => {
        const leads = generateB2bLeads({ size, seed: size, now });
        const a = scoreBatch(leads, b2bLeadModel, { now });
        const b = scoreBatch(leads, b2bLeadModel, { now });
        const i = at % size;
        if (field === 0) b.leadIds[i] = 'other';
        if (field === 1) b.scores[i] = b.scores[i]! + 1e-9;
        if (field === 2) b.bands[i] = (b.bands[i]! + 1) % 4;
        if (field === 3) b.eligible[i] = 0;
        expect(compareBatches(a, b)).toEqual({ same: false, compared: size, differences: 1, firstDifference: i });
      }),
      { seed: SEED, numRuns: 50 },
    );
    const a = scoreBatch(generateB2bLeads({ size: 5, seed: 1, now }), b2bLeadModel, { now });
    const shorter = scoreBatch(generateB2bLeads({ size: 3, seed: 1, now }), b2bLeadModel, { now });
    expect(compareBatches(a, shorter)).toEqual({ same: false, compared: 3, differences: 2, firstDifference: 3 });
    expect(() => compareBatches(a, { ...a, size: 4 })).toThrow(expect.objectContaining({ path: [1] }));
  });
});

describe('the worker entry', () => {
  it('imports nothing from node: and no piscina, so it runs in a Web Worker', () => {
    const seen = new Set<string>();
    const builtins: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        if (fileName.startsWith('node:') || fileName === 'piscina') builtins.push(`${file}: ${fileName}`);
        if (!fileName.startsWith('.')) continue;
        const base = resolve(dirname(file), fileName);
        for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
          try {
            readFileSync(candidate);
            visit(candidate);
            break;
          } catch {
            // not this candidate
          }
        }
      }
    };
    visit(resolve(__dirname, 'index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect(builtins).toEqual([]);
  });
});
