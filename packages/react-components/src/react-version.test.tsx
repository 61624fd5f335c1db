// Which React the component tests ran on. The react project runs them on React 19, the react18
// project on React 18.3 (vitest.config.ts sets HOTLEADS_REACT_MAJOR for each): if an alias stopped
// applying, the react18 project would quietly test React 19 again, and this file would fail.
import { createRequire } from 'node:module';
import { renderHook } from '@testing-library/react';
import { useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

const major = process.env.HOTLEADS_REACT_MAJOR;

it('imports react and react-dom of the major version the project names', () => {
  expect(major).toMatch(/^1[89]$/);
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion).toBe(version);
});

it('gives the CommonJS requires of dependencies the same React', () => {
  const required = createRequire(import.meta.url)('react') as { version: string };
  expect(required.version).toBe(version);
});

it('renders hooks through @testing-library/react with that one copy', () => {
  const { result } = renderHook(() => useState(major));
  expect(result.current[0]).toBe(major);
});
