import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, serveStatic, type StaticServer } from './serve';

let outer: string;
let dir: string;
let server: StaticServer;

beforeAll(async () => {
  outer = mkdtempSync(join(tmpdir(), 'serve-'));
  dir = join(outer, 'site');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>root</title>',
    'iframe.html': '<!doctype html><title>iframe</title>',
    'pglite.wasm': '\0asm\x01\0\0\0',
    'pglite.data': 'data',
    'app.js': 'export {}',
    'app.mjs': 'export {}',
    'app.css': 'body{}',
    'index.json': '{}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'font.woff2': 'wOF2',
    'shot.png': 'png',
    'a file.txt': 'spaces',
    'no-extension': 'x',
    'sub/index.html': '<!doctype html><title>sub</title>',
  };
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(outer, 'secret.txt'), 'secret');
  server = await serveStatic(dir);
});

afterAll(async () => {
  await server?.close();
  rmSync(outer, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('serveStatic', () => {
  it.each([
    ['/pglite.wasm', 'application/wasm'],
    ['/pglite.data', 'application/octet-stream'],
    ['/iframe.html', 'text/html; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/app.mjs', 'text/javascript; charset=utf-8'],
    ['/app.css', 'text/css; charset=utf-8'],
    ['/index.json', 'application/json; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/font.woff2', 'font/woff2'],
    ['/shot.png', 'image/png'],
    ['/no-extension', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('serves the bytes of the file, with their length', async () => {
    const res = await get('/pglite.wasm');
    expect(res.headers.get('content-length')).toBe('8');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });

  it("answers a folder with its index.html, and /favicon.ico with Storybook's favicon.svg", async () => {
    expect(await (await get('/')).text()).toContain('<title>root</title>');
    expect(await (await get('/sub/')).text()).toContain('<title>sub</title>');
    expect((await get('/favicon.ico')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('decodes the path and ignores the query', async () => {
    expect(await (await get('/a%20file.txt?x=1')).text()).toBe('spaces');
    expect((await get('/iframe.html?id=a--b&viewMode=story')).status).toBe(200);
  });

  it('answers 404 for a missing file, 403 for a path outside the folder, 400 for a bad escape', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    // `fetch` resolves a literal or %2e%2e segment itself; an escaped slash reaches the server.
    expect((await get('/..%2Fsecret.txt')).status).toBe(403);
    expect((await get('/sub/..%2F..%2Fsecret.txt')).status).toBe(403);
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/app.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('/app.css', { method: 'POST' })).status).toBe(405);
  });
});

it('contentTypeOf ignores the case of the extension', () => {
  expect(contentTypeOf('/x/ENGINE.WASM')).toBe('application/wasm');
});
