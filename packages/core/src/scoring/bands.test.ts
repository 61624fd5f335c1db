import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS, bandFor, bandRank, DEFAULT_BANDS } from './bands';

describe('bands', () => {
  it('lists every band coldest first, each at the index of its rank', () => {
    expect(BANDS).toEqual(['COLD', 'WARM', 'HIGH', 'HOT']);
    BANDS.forEach((band, i) => expect(bandRank(band)).toBe(i));
    expect(Object.isFrozen(BANDS)).toBe(true);
  });

  it('a higher score never gets a lower band rank', () => {
    const score = fc.double({ min: -10, max: 110, noNaN: true });
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(bandRank(bandFor(lo, DEFAULT_BANDS))).toBeLessThanOrEqual(bandRank(bandFor(hi, DEFAULT_BANDS)));
      }),
    );
  });
});
