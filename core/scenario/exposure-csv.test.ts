import { describe, expect, it } from 'vitest';
import { asAdcode, type Adcode } from '../model';
import { parseExposureCsv } from './exposure-csv';

const NAMES: Record<string, string> = { 铜陵: '340700', 深圳: '440300', Shenzhen: '440300' };
const resolve = (text: string): Adcode | null =>
  /^\d{6}$/.test(text) ? asAdcode(text) : NAMES[text] ? asAdcode(NAMES[text]) : null;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseExposureCsv', () => {
  it('reads shares by code or name, with flows mapped to bases', () => {
    const csv = [
      'entity,dimension,category,flow,share',
      '铜陵,import_commodity,copper_ore,imports,35',
      '440300,partner,us,exports,18.2%',
      'Shenzhen,trade_mode,processing,total,22',
    ].join('\r\n');
    const r = parseExposureCsv(bytes(csv), 'shares.csv', resolve);
    expect(r.problems).toEqual([]);
    expect(r.overrides).toEqual([
      {
        code: '340700',
        dimension: 'import_commodity',
        basis: 'import',
        category: 'copper_ore',
        pct: 35,
      },
      { code: '440300', dimension: 'partner', basis: 'export', category: 'us', pct: 18.2 },
      { code: '440300', dimension: 'trade_mode', basis: 'total', category: 'processing', pct: 22 },
    ]);
  });

  it('accepts columns in any order and a UTF-8 BOM', () => {
    const csv = '\ufeffshare,flow,category,dimension,entity\n12,exports,eu,partner,深圳\n';
    const r = parseExposureCsv(bytes(csv), 'x.csv', resolve);
    expect(r.overrides).toEqual([
      { code: '440300', dimension: 'partner', basis: 'export', category: 'eu', pct: 12 },
    ]);
  });

  it('names the line and the problem of every unusable row', () => {
    const csv = [
      'entity,dimension,category,flow,share',
      '火星,partner,us,exports,10',
      '深圳,partner,mars,exports,10',
      '深圳,product,mech_elec,imports,10',
      '深圳,partner,rest_of_world,exports,10',
      '深圳,partner,us,exports,abc',
      '深圳,partner,us,exports,120',
      '深圳,partner,eu,exports,10',
      '深圳,partner,eu,exports,11',
    ].join('\n');
    const r = parseExposureCsv(bytes(csv), 'bad.csv', resolve);
    expect(r.overrides).toHaveLength(1);
    expect(r.problems).toEqual([
      expect.stringMatching(/^line 2: unknown entity '火星'/),
      expect.stringMatching(/^line 3: unknown category 'mars' for partner/),
      expect.stringMatching(/^line 4: flow 'imports' is not used for product \(expected exports\)/),
      expect.stringMatching(/^line 5: 'rest_of_world' is the residual/),
      expect.stringMatching(/^line 6: share 'abc' is not a percentage/),
      expect.stringMatching(/^line 7: share '120'/),
      'line 9: the same share is already given on line 8',
    ]);
  });

  it('refuses a file without the required columns, or an empty one', () => {
    expect(parseExposureCsv(bytes('a,b\n1,2\n'), 'x.csv', resolve).problems[0]).toContain(
      'missing: entity, dimension, category, flow, share',
    );
    expect(parseExposureCsv(new Uint8Array(), 'x.csv', resolve).problems[0]).toContain('empty');
  });
});
