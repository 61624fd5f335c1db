import { describe, expect, it } from 'vitest';
import { dependencyProblems, importsOf, packageOf } from './check-dependencies.mjs';
import { missingManifestFields, missingReleaseFiles, opensWithUseClient } from './check-release.mjs';

const pkg = (extra: Record<string, unknown>) => ({ name: '@hotleads/x', ...extra });

describe('check-dependencies', () => {
  it('names the package of a bare specifier, and nothing for relative paths and Node built-ins', () => {
    expect(packageOf('@hotleads/core/demo')).toBe('@hotleads/core');
    expect(packageOf('zod/mini')).toBe('zod');
    expect(packageOf('./chunk-A.js')).toBeUndefined();
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('fs')).toBeUndefined();
  });

  it('reads import, export-from, side-effect import, dynamic import and require, not variables named from', () => {
    const text = [
      'import { a } from "alpha";',
      "export { b } from 'beta/sub';",
      'import "gamma";',
      'const d = await import("delta");',
      'var e = require("epsilon");',
      'const to = toEpochMs(period.from, [...path, "to"]);',
    ].join('\n');
    expect([...importsOf(text)].sort()).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma']);
  });

  it('accepts a manifest that declares exactly what dist imports', () => {
    const files: Array<[string, string]> = [
      ['index.js', "import 'zod/mini';\nimport { x } from '@hotleads/core';"],
      ['reference.js', "import { Engine } from 'json-rules-engine';"],
    ];
    const manifest = pkg({
      dependencies: { zod: '^4.6.7', '@hotleads/core': '^0.1.0' },
      peerDependencies: { 'json-rules-engine': '~7.3.1' },
      peerDependenciesMeta: { 'json-rules-engine': { optional: true } },
    });
    expect(dependencyProblems(manifest, files)).toEqual([]);
  });

  it('reports an undeclared import, an unused dependency, an exact internal pin and an optional peer the main entry needs', () => {
    const files: Array<[string, string]> = [['index.js', "import 'papaparse';\nimport 'json-rules-engine';"]];
    const manifest = pkg({
      dependencies: { '@hotleads/core': '0.1.0' },
      peerDependencies: { 'json-rules-engine': '~7.3.1' },
      peerDependenciesMeta: { 'json-rules-engine': { optional: true } },
    });
    expect(dependencyProblems(manifest, files)).toEqual([
      'json-rules-engine is imported by the main entry but is an optional peer',
      'papaparse is imported by dist but not declared in dependencies or peerDependencies',
      'dependency @hotleads/core is declared but dist never imports it',
      '@hotleads/core must use a ^ range (is "0.1.0")',
    ]);
  });
});

describe('check-release', () => {
  it('lets a dependency go unimported only when the manifest names it with a reason', () => {
    const files: Array<[string, string]> = [['index.js', "import 'zod';"]];
    const manifest = { dependencies: { zod: '^4.0.0', font: '1.0.0' }, peerDependencies: { pg: '^8.0.0' } };
    expect(dependencyProblems(pkg(manifest), files)).toEqual([
      'dependency font is declared but dist never imports it',
      'peer pg is declared but dist never imports it',
    ]);
    const noted = {
      ...manifest,
      hotleads: { unimported: { font: 'a file it resolves', pg: 'the host passes a client' } },
    };
    expect(dependencyProblems(pkg(noted), files)).toEqual([]);
  });

  it('finds the release files a tarball lacks', () => {
    expect(missingReleaseFiles(['package.json', 'README.md', 'dist/index.js'])).toEqual(['LICENSE', 'CHANGELOG.md']);
    expect(missingReleaseFiles(['LICENSE', 'README.md', 'CHANGELOG.md'])).toEqual([]);
  });

  it('finds the manifest fields that are missing', () => {
    expect(missingManifestFields({ repository: { url: 'x' }, homepage: '' })).toEqual(['homepage', 'bugs']);
  });

  it('sees a "use client" directive only when it opens the file', () => {
    expect(opensWithUseClient('"use client";\n"use strict";\nvar a;')).toBe(true);
    expect(opensWithUseClient("// banner\n'use client'\nexport {};")).toBe(true);
    expect(opensWithUseClient('"use strict";\n"use client";')).toBe(false);
    expect(opensWithUseClient('import x from "y";\n"use client";')).toBe(false);
  });
});
