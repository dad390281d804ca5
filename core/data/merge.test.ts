import { describe, expect, it } from 'vitest';
import { emptyUserLayer, type UserLayer } from '../model';
import { applyUserLayer, isReplacedByImport, REPLACED_BY_IMPORT_NOTE } from './merge';
import { synthCell, synthDataset, synthEntity, synthRank, synthRecord, synthSource } from './synth';

const base = () =>
  synthDataset(
    [
      synthRecord(
        '440300',
        2025,
        {
          total: synthCell(45500, 'S001', {
            note: 'Conflict: S002 gives 45400',
            confirmedBy: ['S003' as never],
            alternates: [
              {
                value: 45500,
                sourceId: 'S003' as never,
                period: 'full_year',
                flag: null,
                note: '',
                status: 'agrees',
              },
              {
                value: 100900,
                sourceId: 'S004' as never,
                period: 'full_year',
                flag: 'not_comparable',
                note: 'port',
                status: 'excluded',
              },
            ],
          }),
          total_yoy: 1.4,
        },
        { ranks: [synthRank(1)] },
      ),
      synthRecord('310100', 2025, { total: 45100 }),
    ],
    [synthSource('S001'), synthSource('S002')],
  );

const layerWith = (patch: Partial<UserLayer>): UserLayer => ({ ...emptyUserLayer(), ...patch });

describe('applyUserLayer', () => {
  it('returns the base figures unchanged for an empty layer', () => {
    const b = base();
    const merged = applyUserLayer(b, emptyUserLayer(), []);
    expect(merged.figures).toEqual(b.figures);
    expect(merged.sources).toEqual(b.sources);
  });

  it('replaces the bundled cell and keeps it visible as a lost alternate', () => {
    const layer = layerWith({
      figures: [synthRecord('440300', 2025, { total: synthCell(45600, 'U001') })],
      sources: [synthSource('U001', { kind: 'user_import' })],
    });
    const merged = applyUserLayer(base(), layer, []);
    const sz = merged.figures.find((r) => r.code === '440300')!;
    expect(sz.cells.total!.value).toBe(45600);
    expect(sz.cells.total!.sourceId).toBe('U001');
    const replaced = sz.cells.total!.alternates[0]!;
    expect(replaced).toMatchObject({
      value: 45500,
      sourceId: 'S001',
      status: 'lost',
      period: 'full_year',
    });
    expect(replaced.note.startsWith(REPLACED_BY_IMPORT_NOTE)).toBe(true);
    expect(replaced.note).toContain('Conflict: S002 gives 45400');
    expect(isReplacedByImport(replaced)).toBe(true);
    // The bundled alternates follow: the agreeing one now lost, the excluded one still excluded.
    expect(sz.cells.total!.alternates.slice(1).map((a) => a.status)).toEqual(['lost', 'excluded']);
    // Measures the user did not import stay bundled.
    expect(sz.cells.total_yoy!.value).toBe(1.4);
    expect(merged.sources.map((s) => s.id)).toEqual(['S001', 'S002', 'U001']);
  });

  it('uses the plain note when the bundled cell had none', () => {
    const layer = layerWith({ figures: [synthRecord('310100', 2025, { total: 45200 })] });
    const sh = applyUserLayer(base(), layer, []).figures.find((r) => r.code === '310100')!;
    expect(sh.cells.total!.alternates[0]!.note).toBe(REPLACED_BY_IMPORT_NOTE);
  });

  it('adds records the bundle lacks and keeps other periods apart', () => {
    const layer = layerWith({
      figures: [
        synthRecord('330100', 2025, { total: 7000 }),
        synthRecord('440300', 2025, { total: 20000 }, { period: 'Jan-Jun' }),
      ],
    });
    const merged = applyUserLayer(base(), layer, []);
    expect(merged.figures).toHaveLength(4);
    expect(
      merged.figures.find((r) => r.code === '440300' && r.period === 'full_year')!.cells.total!
        .value,
    ).toBe(45500);
    expect(merged.figures.find((r) => r.period === 'Jan-Jun')!.cells.total!.alternates).toEqual([]);
  });

  it('replaces a published rank of the same scope and keeps others', () => {
    const layer = layerWith({
      figures: [
        synthRecord('440300', 2025, {}, { ranks: [synthRank(2, 'national_city', 'U001')] }),
      ],
    });
    const sz = applyUserLayer(base(), layer, []).figures.find((r) => r.code === '440300')!;
    expect(sz.ranks).toHaveLength(1);
    expect(sz.ranks[0]!.rank).toBe(2);
    expect(sz.ranks[0]!.alternates[0]).toMatchObject({
      value: 1,
      sourceId: 'S001',
      status: 'lost',
    });
    expect(sz.cells.total!.value).toBe(45500);
  });

  it('does not mutate its inputs', () => {
    const b = base();
    const layer = layerWith({
      figures: [synthRecord('440300', 2025, { total: 45600, exports: 1 })],
      sources: [synthSource('U001')],
    });
    const before = JSON.stringify([b, layer]);
    const merged = applyUserLayer(b, layer, []);
    merged.figures[0]!.cells.total!.alternates.push({} as never);
    expect(JSON.stringify([b, layer])).toBe(before);
  });

  it('skips a user source whose id is already bundled', () => {
    const layer = layerWith({ sources: [synthSource('S001', { title: 'clash' })] });
    const merged = applyUserLayer(base(), layer, []);
    expect(merged.sources.filter((s) => s.id === 'S001')).toHaveLength(1);
    expect(merged.sources[0]!.title).toBe('Source S001');
  });

  it('lets a later user record win when a layer holds two for one key', () => {
    const layer = layerWith({
      figures: [
        synthRecord('310100', 2025, { total: 1 }),
        synthRecord('310100', 2025, { total: 2 }),
      ],
    });
    const sh = applyUserLayer(base(), layer, []).figures.find((r) => r.code === '310100')!;
    expect(sh.cells.total!.value).toBe(2);
    expect(sh.cells.total!.alternates.map((a) => a.value)).toEqual([1, 45100]);
  });
});

describe('applyUserLayer and the municipalities', () => {
  // 上海 as a province-level unit (310000) and as a city (310100): one territory.
  const ENTITIES = [
    synthEntity('310000', 'province', '上海', 'Shanghai', { nameZh: '上海市' }),
    synthEntity('310100', 'city', '上海', 'Shanghai', { nameZh: '上海市' }),
  ];
  const twinNote =
    'Municipality: the figure filed for 上海市 (Shanghai) at province level (310000)';

  it('counts an imported province-level figure for the city twin too', () => {
    const layer = layerWith({
      figures: [synthRecord('310000', 2026, { total: synthCell(47000, 'U001') })],
    });
    const city = applyUserLayer(base(), layer, ENTITIES).figures.find(
      (r) => r.code === '310100' && r.year === 2026,
    );
    expect(city?.cells.total).toMatchObject({ value: 47000, sourceId: 'U001' });
    expect(city?.cells.total?.note).toContain(twinNote);
  });

  it('replaces a bundled city figure copied from the province, which stays as a lost alternate', () => {
    const copied = synthRecord('310100', 2024, {
      total: synthCell(42000, 'S001', { note: `${twinNote}, the same territory.` }),
    });
    const layer = layerWith({
      figures: [synthRecord('310000', 2024, { total: synthCell(42100, 'U001') })],
    });
    const b = { ...base(), figures: [...base().figures, copied] };
    const city = applyUserLayer(b, layer, ENTITIES).figures.find(
      (r) => r.code === '310100' && r.year === 2024,
    )!;
    expect(city.cells.total).toMatchObject({ value: 42100, sourceId: 'U001' });
    expect(city.cells.total!.alternates[0]).toMatchObject({ value: 42000, status: 'lost' });
  });

  it('never replaces a figure the bundled data files for the twin itself', () => {
    // The bundled 上海 city figure (45,100) is its own; the imported province figure stays with
    // the province.
    const layer = layerWith({
      figures: [synthRecord('310000', 2025, { total: synthCell(45200, 'U001') })],
    });
    const figures = applyUserLayer(base(), layer, ENTITIES).figures;
    const at = (code: string) => figures.find((r) => r.code === code && r.year === 2025)!;
    expect(at('310100').cells.total).toMatchObject({ value: 45100, alternates: [] });
    expect(at('310000').cells.total).toMatchObject({ value: 45200, sourceId: 'U001' });
  });

  it('keeps a figure the import gives each level itself', () => {
    const layer = layerWith({
      figures: [
        synthRecord('310000', 2026, { total: synthCell(47000, 'U001') }),
        synthRecord('310100', 2026, { total: synthCell(46900, 'U002') }),
      ],
    });
    const figures = applyUserLayer(base(), layer, ENTITIES).figures;
    const at = (code: string) => figures.find((r) => r.code === code && r.year === 2026)!;
    expect(at('310000').cells.total).toMatchObject({ value: 47000, sourceId: 'U001' });
    expect(at('310100').cells.total).toMatchObject({ value: 46900, sourceId: 'U002' });
    expect(at('310100').cells.total!.note).not.toContain('Municipality');
  });

  it('merges two records of one key in the layer before sharing them', () => {
    const layer = layerWith({
      figures: [
        synthRecord('310000', 2026, { total: synthCell(47000, 'U001') }),
        synthRecord('310000', 2026, { exports: synthCell(20000, 'U002') }),
      ],
    });
    const city = applyUserLayer(base(), layer, ENTITIES).figures.find(
      (r) => r.code === '310100' && r.year === 2026,
    )!;
    expect(city.cells.total!.value).toBe(47000);
    expect(city.cells.exports!.value).toBe(20000);
  });
});
