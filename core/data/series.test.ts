import { describe, expect, it } from 'vitest';
import { asSourceId } from '../model';
import { synthCell } from './synth';
import { isSeriesBreak, seriesKey } from './series';

const index = {
  families: new Map([
    ['YB', 'yearbook' as const],
    ['BU', 'release' as const],
  ]),
};

describe('breaks in series', () => {
  it('keys a cell by its source family, and by currency when converted from dollars', () => {
    expect(seriesKey(index, synthCell(1, 'YB'))).toBe('yearbook');
    expect(seriesKey(index, synthCell(1, 'unknown'))).toBe('release');
    const converted = synthCell(7, 'BU', {
      derivation: {
        kind: 'usd',
        usdValue: 1,
        rate: 7,
        rateSourceId: asSourceId('R'),
        rateKind: 'annual_average',
        usdSum: false,
      },
    });
    expect(seriesKey(index, converted)).toBe('release:usd');
  });

  it('is a break only when both cells exist and their series differ', () => {
    expect(isSeriesBreak(index, synthCell(1, 'YB'), synthCell(2, 'BU'))).toBe(true);
    expect(isSeriesBreak(index, synthCell(1, 'YB'), synthCell(2, 'YB'))).toBe(false);
    expect(isSeriesBreak(index, null, synthCell(2, 'BU'))).toBe(false);
  });
});
