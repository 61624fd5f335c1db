// `npm run demo` prints the same tour on every run, and what it prints is what the library
// computes for the tour's inputs. Each run here records into a PGlite directory of its own under
// the system temp directory (HOTLEADS_DEMO_DIR), the second run finding the first one's data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionsHotLeadModel, rankQueue, regFPolicy } from '@hotleads/core';
import { generateCollectionsBook } from '@hotleads/core/demo';
import { previewRule } from '@hotleads/rules';
import { sampleWorld, seedSample } from '@hotleads/payments/testing';
import { openDemoLedger } from './ledger';
import { applyRequest, kpiQuery, paymentRequest, paymentsSection } from './payments';
import { pastLeads, previewedRule } from './rulePreview';
import { TOUR } from './tour';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotleads-demo-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function runDemo(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'demo'], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', HOTLEADS_DEMO_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run demo', () => {
  let first = '';

  it('prints the same tour twice into one PGlite directory, which then holds one payment', async () => {
    const dir = tempDir();
    const a = await runDemo(dir);
    const b = await runDemo(dir);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(a.stdout.split('\n').length).toBeGreaterThan(60);
    expect(b.stdout).toBe(a.stdout);
    first = a.stdout;
    // The second run found the data (idempotency keys): one payment, one credit note, not two.
    const demo = await openDemoLedger({ dataDir: dir });
    try {
      expect((await demo.ledger.searchPayments({})).total).toBe(1);
      expect((await demo.ledger.searchCreditNotes({})).total).toBe(1);
    } finally {
      await demo.close();
    }
  }, 240_000);

  it('shows the top of the queue rankQueue gives, with its reasons', () => {
    const book = generateCollectionsBook({ size: TOUR.queue.size, now: TOUR.now, seed: TOUR.queue.seed });
    const queue = rankQueue(book, collectionsHotLeadModel, {
      now: TOUR.now,
      limit: TOUR.queue.top,
      policy: regFPolicy,
    });
    const top = queue.filter((e) => e.eligible);
    expect(top).toHaveLength(TOUR.queue.top);
    for (const entry of top) {
      expect(first).toMatch(new RegExp(`\\n +${entry.rank}\\. +${entry.leadId} `));
      for (const reason of entry.reasons) expect(first).toContain(`· ${reason}\n`);
    }
    expect(first).toContain(
      `${queue.filter((e) => !e.eligible).length.toLocaleString('en-US')} accounts may not be called`,
    );
  });

  it("shows previewRule's report of the template on the past leads", () => {
    const leads = pastLeads({ now: TOUR.now, size: TOUR.rules.size, seed: TOUR.rules.seed });
    const report = previewRule(previewedRule, leads, { now: TOUR.now, maxExamples: TOUR.rules.examples });
    expect(report.matched).toBeGreaterThan(0);
    expect(first).toContain(`it would act on ${report.matched} of them`);
    for (const [action, n] of Object.entries(report.actionCounts)) expect(first).toContain(`${action}: ${n} leads`);
    for (const example of report.examples) expect(first).toContain(`\n    ${example.leadId}\n`);
  });

  it("shows the sample payment's receipt and credit note, as the ledger records them", async () => {
    const { ledger } = sampleWorld();
    await seedSample(ledger);
    const { receipt, creditNote } = await ledger.recordPayment(paymentRequest);
    expect(creditNote).toBeDefined();
    const applied = await ledger.applyCreditNote(applyRequest(creditNote!.number));
    expect(first).toContain(`Receipt                 ${receipt.receiptNumber}\n`);
    expect(first).toContain(`Payment / transaction   ${receipt.paymentId} / ${receipt.transactionId}\n`);
    expect(first).toContain(`Credit note             ${creditNote!.number} for $${creditNote!.amount}\n`);
    expect(first).toContain(`Status       ${applied.status}, expires ${applied.expiresAt}\n`);
    const k = await ledger.kpis(kpiQuery(ledger));
    expect(first).toContain(`KPIs                 ${k.month}, today ${k.today}\n`);
    expect(first).toContain(`Total collected      $${k.totalCollected.amount} (payments: ${k.totalCollected.count})\n`);
    expect(first).toContain(`Received today       $${k.receivedToday.amount} (payments: ${k.receivedToday.count})\n`);
  });

  it('shows the same payment again when the ledger already holds it (a store that outlives a run)', async () => {
    const demo = await openDemoLedger({ dataDir: tempDir() });
    try {
      const once = await paymentsSection(demo.ledger);
      const again = await paymentsSection(demo.ledger);
      expect(again).toEqual(once);
      expect((await demo.ledger.searchPayments({})).total).toBe(1);
    } finally {
      await demo.close();
    }
  }, 120_000);

  it('refuses a second opener of a directory the demo holds, and opens it again once closed', async () => {
    const dir = tempDir();
    const demo = await openDemoLedger({ dataDir: dir });
    await expect(openDemoLedger({ dataDir: dir })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await demo.close();
    const again = await openDemoLedger({ dataDir: dir });
    expect((await again.ledger.getConsumer('WU-10001')).accountNumber).toBe('WU-10001');
    await again.close();
  }, 120_000);
});
