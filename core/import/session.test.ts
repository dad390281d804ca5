import { describe, expect, it } from 'vitest';
import { asAdcode, asSourceId, emptyUserLayer } from '../model';
import {
  addImportToLayer,
  commitBlocker,
  mergeAliases,
  prepareImport,
  toUserLayerAdditions,
  type FixDescriptor,
  type WorkbookParser,
} from './index';
import {
  rowsToDelimited,
  SYNTH_CITIES,
  synthCustomsTable,
  synthDataset,
  synthEntities,
} from './synth';

const context = { entities: synthEntities(), dataset: synthDataset() };
const noWorkbooks: WorkbookParser = () => Promise.reject(new Error('not used'));
const slipped = SYNTH_CITIES.map((c) =>
  c.zh === '西安' ? { ...c, exports: 300.0, imports: 198.79 } : c,
);
// Without a stored 2025, the only evidence is the rank neighbours: 西安 ÷10 also makes 台州
// look ×10 too large next to it.
const bytes = new TextEncoder().encode(rowsToDelimited(synthCustomsTable({ cities: slipped })));
const settings = { overrides: {}, fixes: [] as FixDescriptor[], recipe: null };
const prepare = (fixes: FixDescriptor[]) =>
  prepareImport(bytes, '2025.csv', { ...settings, fixes }, context, noWorkbooks);
const slipsOf = (problems: { code: string; fix?: FixDescriptor }[]) =>
  problems.filter((p) => p.code === 'unit_slip').map((p) => `${p.fix!.code}:${p.fix!.metric}`);

describe('prepareImport with accepted fixes', () => {
  it('re-checks slips after a fix, so a neighbour flagged only because of it is cleared', async () => {
    const first = await prepare([]);
    expect(slipsOf(first.report!.problems)).toContain('331000:total');
    const fix = first.report!.problems.find(
      (p) => p.fix?.code === '610100' && p.fix.metric === 'total',
    )!.fix!;
    const fixed = await prepare([fix]);
    expect(fixed.staleFixes).toEqual([]);
    // 台州's total is cleared; its exports still sit next to 西安's slipped exports.
    expect(slipsOf(fixed.report!.problems)).toEqual(['610100:exports', '331000:exports']);
    expect(
      fixed.report!.figures.find((f) => f.code === '610100' && f.metric === 'total')!.value,
    ).toBe(4987.9);
    expect(fixed.report!.problems.map((p) => p.code)).toContain('total_mismatch');
    expect(commitBlocker(fixed)).toBeNull();
    const exportsFix = fixed.report!.problems.find((p) => p.fix?.code === '610100')!.fix!;
    const both = await prepare([fix, exportsFix]);
    expect(slipsOf(both.report!.problems)).toEqual([]);
  });

  it('refuses fixes the report does not offer, and says why a commit is blocked', async () => {
    const madeUp: FixDescriptor = {
      kind: 'scale',
      row: 4,
      code: asAdcode('440300'),
      metric: 'total',
      factor: 100,
      from: 45000.5,
      to: 4500050,
    };
    const prepared = await prepare([madeUp]);
    expect(prepared.staleFixes).toEqual([madeUp]);
    expect(prepared.report!.figures.find((f) => f.code === '440300')!.value).toBe(45000.5);
    expect(commitBlocker(prepared)).toMatch(/fix for row 4 no longer applies/);
    const pdf = await prepareImport(
      new TextEncoder().encode('%PDF-1.7'),
      'a.pdf',
      settings,
      context,
      noWorkbooks,
    );
    expect(pdf.report).toBeNull();
    expect(commitBlocker(pdf)).toMatch(/^a\.pdf: this is a PDF/);
  });
});

describe('addImportToLayer', () => {
  it('replaces cells measure by measure, replaces the same source and adds aliases', async () => {
    const prepared = await prepare([]);
    const meta = { fileName: '2025.csv', checksum: 'a'.repeat(64), importedOn: '2026-02-01' };
    const additions = toUserLayerAdditions(prepared.report!.figures, meta);
    const exposure = {
      code: asAdcode('340700'),
      dimension: 'import_commodity' as const,
      basis: 'import' as const,
      category: 'copper_ore',
      pct: 40,
    };
    const start = { ...emptyUserLayer(), exposureEdits: [exposure] };
    const once = addImportToLayer(start, additions, [{ alias: '鹏城', code: asAdcode('440300') }]);
    expect(start.figures).toEqual([]);
    expect(once.exposureEdits).toEqual([exposure]);
    const exportsOnly = toUserLayerAdditions(
      prepared
        .report!.figures.filter((f) => f.code === '440300' && f.metric === 'exports')
        .map((f) => ({ ...f, value: 1 })),
      { ...meta, checksum: 'b'.repeat(64) },
    );
    const twice = addImportToLayer(once, exportsOnly);
    const shenzhen = twice.figures.find((r) => r.code === '440300')!;
    expect(shenzhen.cells.total!.value).toBe(45000.5);
    expect(shenzhen.cells.exports).toMatchObject({
      value: 1,
      sourceId: asSourceId('Ubbbbbbbbbbbb'),
    });
    expect(twice.sources.map((s) => s.id)).toEqual(['Uaaaaaaaaaaaa', 'Ubbbbbbbbbbbb']);
    expect(addImportToLayer(twice, exportsOnly).sources).toHaveLength(2);
    expect(twice.aliases).toEqual([{ alias: '鹏城', code: '440300' }]);
    expect(mergeAliases(twice.aliases, [{ alias: '鹏城', code: asAdcode('440100') }])).toEqual([
      { alias: '鹏城', code: '440100' },
    ]);
  });
});
