// Vitest globalSetup: a throw-away PostgreSQL 15 cluster for the SQL store's tests
// (docs/payments.md, "PostgreSQL in tests and CI"). Uses HOTLEADS_PG_URL when it is set; else, when
// Debian's binaries exist, runs initdb and pg_ctl (through `runuser -u postgres` as root) on a free
// local port and stops the cluster at the end. Without either, tests say they skipped, unless
// HOTLEADS_REQUIRE_PG=1 (.ci/run), when they fail.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// Types what this setup provides (erased at run time).
import type {} from '../../packages/payments/src/sql/vitest-provided';

const BIN = '/usr/lib/postgresql/15/bin';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.HOTLEADS_PG_URL ?? '';
  if (given !== '') {
    project.provide('pgUrl', given);
    project.provide('pgSkipReason', '');
    return undefined;
  }
  if (!existsSync(join(BIN, 'initdb'))) {
    project.provide('pgUrl', '');
    project.provide('pgSkipReason', `PostgreSQL 15 is not installed (${BIN}) and HOTLEADS_PG_URL is not set`);
    return undefined;
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'hotleads-pg-'));
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(BIN, cmd), args, { stdio: 'pipe' });
  if (root)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
    as('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=50`,
      'start',
    ]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const detail = e instanceof Error ? e.message : String(e);
    project.provide('pgUrl', '');
    project.provide('pgSkipReason', `PostgreSQL could not start: ${detail}`);
    return undefined;
  }
  project.provide('pgUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  project.provide('pgSkipReason', '');
  return () => {
    try {
      as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
