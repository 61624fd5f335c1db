// A throw-away Redis for the BullMQ example's integration test (docs/scaling.md, "Running the
// example and its test"): Debian's redis-server on a free local port, no persistence, daemonized
// with a pid file; `stop` kills that pid and removes the directory. Without the binary the test
// says it skipped, unless HOTLEADS_REQUIRE_REDIS=1 (.ci/run), when it fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running server, or why there is none. */
export type RedisService = { port: number; stop(): Promise<void> } | { port: 0; reason: string };

/** The redis-server binary on the PATH, or undefined. */
export function redisBinary(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, 'redis-server');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

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

/** Resolves once a TCP connection to the port succeeds (up to `ms`). */
async function reachable(port: number, ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Whether a process with this pid still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts redis-server (`--save '' --appendonly no --daemonize yes`) on a free port. */
export async function startRedis(): Promise<RedisService> {
  const binary = redisBinary();
  if (binary === undefined) return { port: 0, reason: 'redis-server is not installed (not on the PATH)' };
  const dir = mkdtempSync(join(tmpdir(), 'hotleads-redis-'));
  const pidfile = join(dir, 'redis.pid');
  const port = await freePort();
  try {
    execFileSync(binary, [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--pidfile',
      pidfile,
      '--dir',
      dir,
      '--logfile',
      join(dir, 'redis.log'),
    ]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { port: 0, reason: `redis-server could not start: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!(await reachable(port, 10_000))) {
    const log = existsSync(join(dir, 'redis.log')) ? readFileSync(join(dir, 'redis.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    return { port: 0, reason: `redis-server did not answer on port ${port}: ${log.slice(-500)}` };
  }
  return {
    port,
    async stop() {
      try {
        const pid = Number(readFileSync(pidfile, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0) {
          process.kill(pid, 'SIGTERM');
          // Wait for it to exit (up to 10 s) before removing its directory.
          for (let i = 0; i < 200 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
