import { describe, expect, it } from 'vitest';
import { synthCell, synthDataset, synthEntity, synthRecord, synthReference } from '../data';
import { baselineFromDataset } from './baseline';

const reference = synthReference([
  synthEntity('310100', 'city', '上海', 'Shanghai'),
  synthEntity('440300', 'city', '深圳', 'Shenzhen'),
  synthEntity('330700', 'city', '金华', 'Jinhua'),
  synthEntity('440100', 'city', '广州', 'Guangzhou'),
  synthEntity('420100', 'city', '武汉', 'Wuhan'),
  synthEntity('440000', 'province', '广东', 'Guangdong'),
]);

const dataset = synthDataset([
  synthRecord('310100', 2025, { total: 45100, exports: 20200, imports: 24900 }),
  synthRecord('440300', 2025, { total: 45500 }),
  // Exports without imports: imports are never back-computed as total − exports.
  synthRecord('330700', 2025, { total: 10508.6, exports: 9213 }),
  synthRecord('440100', 2025, { total_yoy: 3.1 }),
  synthRecord('440100', 2025, { total: 5000 }, { period: 'Jan-Jun' }),
  synthRecord('420100', 2025, { total: synthCell(100900, 'S001', { flag: 'not_comparable' }) }),
  synthRecord('440000', 2025, { total: 94900, exports: 60300, imports: 34600 }),
]);

describe('baselineFromDataset', () => {
  const b = baselineFromDataset(dataset, reference, 2025, 'city');

  it('uses real full-year cells of the level only', () => {
    expect(b.entities.map((e) => [e.code, e.kind])).toEqual([
      ['310100', 'split'],
      ['330700', 'total_only'],
      ['440300', 'total_only'],
    ]);
    const jinhua = b.entities[1]!;
    expect([jinhua.total, jinhua.exports, jinhua.imports]).toEqual([10508.6, 9213, null]);
  });

  it("records the others of the Rankings view's entities as no baseline, with the reason", () => {
    expect(b.noBaseline).toEqual([
      { code: '420100', reason: 'no_money_figure' },
      { code: '440100', reason: 'no_money_figure' },
    ]);
  });

  it('sums the flows only when no total is published, and says so', () => {
    const d = synthDataset([synthRecord('310100', 2021, { exports: 15700, imports: 24900 })]);
    const [e] = baselineFromDataset(d, reference, 2021, 'city').entities;
    expect([e!.total, e!.totalFromFlows]).toEqual([40600, true]);
    expect(baselineFromDataset(d, reference, 2020, 'city').entities).toHaveLength(0);
  });
});
