// docs/errors.md lists every error code the packages throw. This reads the sources of all
// packages and the table, so a new code cannot ship undocumented (nor a removed one linger).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.(test|stories)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Codes passed to `new HotleadsError(…)`, `parseWithSchema(…)` or `assert(…)`, by package. */
function thrownCodes(): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const pkg of readdirSync(join(root, 'packages'))) {
    for (const file of sources(join(root, 'packages', pkg, 'src'))) {
      if (file.endsWith(join('errors', 'HotleadsError.ts'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const call of text.matchAll(/(?:new HotleadsError|parseWithSchema|assert)\(([\s\S]{0,400}?)\)/g)) {
        const code = /'([A-Z][A-Z_]{3,})'/.exec(call[1]!)?.[1];
        if (code === undefined) continue;
        if (!codes.has(code)) codes.set(code, new Set());
        codes.get(code)!.add(pkg);
      }
    }
  }
  return codes;
}

function documentedCodes(): string[] {
  const doc = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## Codes'), doc.indexOf('## The lead check'));
  return [...table.matchAll(/^\| `([A-Z_]+)` /gm)].map((m) => m[1]!);
}

describe('error codes', () => {
  it('docs/errors.md lists exactly the codes the packages throw', () => {
    const thrown = thrownCodes();
    expect(thrown.size).toBeGreaterThan(10); // the scan finds them
    expect([...documentedCodes()].sort()).toEqual([...thrown.keys()].sort());
  });

  it('the rules package has a code of its own', () => {
    expect([...(thrownCodes().get('MODEL_REQUIRED') ?? [])]).toEqual(['rules']);
  });
});
