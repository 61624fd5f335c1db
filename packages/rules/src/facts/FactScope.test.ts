import { tryEpochMs } from '@hotleads/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fastEpochMs } from './FactScope';

describe('fastEpochMs', () => {
  it('gives exactly what core tryEpochMs gives', () => {
    const iso = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
    const mangled = fc.tuple(iso, fc.nat(23), fc.constantFrom('0', '9', '3', 'x', ' ', 'Z', '-', ':', '.')).map(([s, i, ch]) => s.slice(0, i) + ch + s.slice(i + 1));
    const variants = fc.oneof(iso, iso.map((s) => s.replace('.000Z', 'Z').replace(/\.\d{3}Z$/, 'Z')), mangled, fc.constantFrom('2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:00:00', '2026-01-01T10:00:00+02:00'), fc.double(), fc.integer());
    fc.assert(fc.property(variants, (t) => Object.is(fastEpochMs(t), tryEpochMs(t))), { numRuns: 5000 });
  });
});
