import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberInput } from './number-input';

describe('readNumberInput', () => {
  it('reads a typed number, negative and decimal included', () => {
    expect(readNumberInput('-20')).toEqual({ ok: true, value: -20 });
    expect(readNumberInput(' 1.35 ')).toEqual({ ok: true, value: 1.35 });
  });

  it('never reads an empty box as 0', () => {
    expect(readNumberInput('')).toEqual({ ok: false });
    expect(readNumberInput('   ')).toEqual({ ok: false });
    expect(readNumberInput('  ', { emptyIsNull: true })).toEqual({ ok: true, value: null });
  });

  it('refuses text that is no finite number', () => {
    for (const raw of ['abc', '1e999', 'NaN', '--3', '1,5'])
      expect(readNumberInput(raw, { emptyIsNull: true }), raw).toEqual({ ok: false });
  });

  it('brings a value beyond the bounds to the nearer bound, and rounds where whole', () => {
    const rule = { min: 100, max: 100_000, integer: true };
    expect(readNumberInput('5', rule)).toEqual({ ok: true, value: 100 });
    expect(readNumberInput('2e6', rule)).toEqual({ ok: true, value: 100_000 });
    expect(readNumberInput('1234.6', rule)).toEqual({ ok: true, value: 1235 });
  });

  it('refuses a value beyond the bounds where asked to, and keeps the bounds themselves', () => {
    const share = { min: 0, max: 100, refuseOutside: true, emptyIsNull: true };
    expect(readNumberInput('150', share)).toEqual({ ok: false });
    expect(readNumberInput('-0.1', share)).toEqual({ ok: false });
    expect(readNumberInput('100', share)).toEqual({ ok: true, value: 100 });
    expect(readNumberInput('0', share)).toEqual({ ok: true, value: 0 });
  });

  it('gives a value within the bounds for any finite number typed', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -1e6, max: 0, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (x, min, max) => {
          const read = readNumberInput(String(x), { min, max });
          expect(read.ok).toBe(true);
          const value = read.ok ? read.value! : NaN;
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
          // What was typed is the text of x (−0 prints as "0").
          if (x >= min && x <= max) expect(value).toBe(Number(String(x)));
        },
      ),
    );
  });
});
