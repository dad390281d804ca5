import { describe, expect, it } from 'vitest';
import { asAdcode, asSourceId, emptyUserLayer } from '../model';
import {
  addImportToLayer,
  commitBlocker,
  mergeAliases,
  prepareImport,
  toUserLayerAdditions,
  bytesSource,
  blockerText,
  type ImportProblem,
  type ScaleFix,
  type ValueFix,
} from './index';
import {
  rowsToDelimited,
  SYNTH_CITIES,
  synthCustomsTable,
  synthDataset,
  synthEntities,
} from './synth';

const context = { entities: synthEntities(), dataset: synthDataset() };
const slipped = SYNTH_CITIES.map((c) =>
  c.zh === '西安' ? { ...c, exports: 300.0, imports: 198.79 } : c,
);
// Without a stored 2025, the only evidence is the rank neighbours: 西安 ÷10 also makes 台州
// look ×10 too large next to it.
const bytes = new TextEncoder().encode(rowsToDelimited(synthCustomsTable({ cities: slipped })));
const settings = { overrides: {}, fixes: [] as ValueFix[], recipe: null };
const prepare = (fixes: ValueFix[]) =>
  prepareImport(bytesSource(bytes), '2025.csv', { ...settings, fixes }, context);
const scaleFix = (p: ImportProblem | undefined): ScaleFix => {
  if (p?.fix?.kind !== 'scale') throw new Error('expected a scale fix');
  return p.fix;
};
const slipsOf = (problems: ImportProblem[]) =>
  problems
    .filter((p) => p.code === 'unit_slip')
    .map((p) => `${scaleFix(p).code}:${scaleFix(p).metric}`);

describe('prepareImport with accepted fixes', () => {
  it('re-checks slips after a fix, so a neighbour flagged only because of it is cleared', async () => {
    const first = await prepare([]);
    expect(slipsOf(first.report!.problems)).toContain('331000:total');
    const fix = scaleFix(
      first.report!.problems.find(
        (p) => p.fix?.kind === 'scale' && p.fix.code === '610100' && p.fix.metric === 'total',
      ),
    );
    const fixed = await prepare([fix]);
    expect(fixed.staleFixes).toEqual([]);
    // 台州's total is cleared; its exports still sit next to 西安's slipped exports.
    expect(slipsOf(fixed.report!.problems)).toEqual(['610100:exports', '331000:exports']);
    expect(
      fixed.report!.figures.find((f) => f.code === '610100' && f.metric === 'total')!.value,
    ).toBe(4987.9);
    expect(fixed.report!.problems.map((p) => p.code)).toContain('total_mismatch');
    // Slips left open block the commit until each is fixed or kept as printed.
    expect(commitBlocker(fixed)).toEqual({ code: 'slips_open', rows: [8, 9] });
    const exportsFix = scaleFix(
      fixed.report!.problems.find((p) => p.fix?.kind === 'scale' && p.fix.code === '610100'),
    );
    const both = await prepare([fix, exportsFix]);
    expect(slipsOf(both.report!.problems)).toEqual([]);
    expect(commitBlocker(both)).toBeNull();
  });

  it('refuses fixes the report does not offer, and says why a commit is blocked', async () => {
    const madeUp: ValueFix = {
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
    const stale = commitBlocker(prepared)!;
    expect(stale).toEqual({ code: 'stale_fixes', rows: [4] });
    expect(blockerText(stale, 'en', '2025.csv')).toMatch(/fix for row 4 no longer applies/);
    expect(blockerText(stale, 'zh-CN', '2025.csv')).toBe(
      '2025.csv：第 4 行已接受的修正不再适用；请重新预览文件。',
    );
    const pdf = await prepareImport(
      bytesSource(new TextEncoder().encode('%PDF-1.7')),
      'a.pdf',
      settings,
      context,
    );
    expect(pdf.report).toBeNull();
    expect(blockerText(commitBlocker(pdf)!, 'en', 'a.pdf')).toMatch(/^a\.pdf: this is a PDF/);
  });

  it('keeps a doubted value as printed when the user accepts it, and says so', async () => {
    const first = await prepare([]);
    const slips = first.report!.problems.filter((p) => p.code === 'unit_slip');
    const accepts: ValueFix[] = slips.map((p) => {
      const f = scaleFix(p);
      return { kind: 'accept', row: f.row, code: f.code, metric: f.metric, value: f.from };
    });
    const kept = await prepare(accepts);
    expect(kept.staleFixes).toEqual([]);
    expect(slipsOf(kept.report!.problems)).toEqual([]);
    expect(kept.accepted).toHaveLength(accepts.length);
    expect(kept.report!.problems.filter((p) => p.code === 'slip_accepted')).toHaveLength(
      accepts.length,
    );
    expect(
      kept.report!.figures.find((f) => f.code === '610100' && f.metric === 'total')!.value,
    ).toBe(498.79);
    expect(commitBlocker(kept)).toBeNull();
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
