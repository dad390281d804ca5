import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemMessage, runImport, type ImportReport } from './index';
import { rowsToDelimited, synthCustomsTable, synthDataset, synthEntities } from './synth';

const context = { entities: synthEntities(), dataset: synthDataset() };
const valid = new TextEncoder().encode(
  rowsToDelimited(synthCustomsTable({ titleRows: 2, totalsRow: true, footnotes: true })),
);
const validRows = synthCustomsTable({ titleRows: 1, footnotes: true });

/** A well-formed report: the pipeline's promise is "problems, never exceptions". */
function expectReport(report: ImportReport): void {
  expect(Array.isArray(report.problems)).toBe(true);
  for (const p of report.problems) {
    expect(['error', 'warning', 'info']).toContain(p.severity);
    expect(problemMessage(p, 'en', report.file).startsWith(report.file)).toBe(true);
    expect(problemMessage(p, 'zh-CN', report.file)).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const f of report.figures) {
    expect(f.value === null || Number.isFinite(f.value)).toBe(true);
    expect(f.value === null || f.value >= 0).toBe(true);
  }
}

const byteMutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutateBytes(
  bytes: Uint8Array,
  mutations: fc.Arbitrary<unknown> extends never
    ? never
    : { kind: string; at: number; byte?: number; bytes?: Uint8Array; length?: number }[],
): Uint8Array {
  let out = Array.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] = m.byte!;
    if (m.kind === 'insert') out.splice(at, 0, ...m.bytes!);
    if (m.kind === 'delete') out.splice(at, m.length!);
    if (m.kind === 'truncate') out = out.slice(0, at);
  }
  return new Uint8Array(out);
}

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '—',
    '...',
    '(24.0)',
    '１２３．４',
    '1,234',
    '#REF!',
    '注：',
    '合计',
    '全国',
    '单位：万美元',
    '"',
    '\n',
    '2024年',
    "Xi'an",
    '-0',
    '1e308',
    'NaN',
  ),
  fc.double({ noNaN: false }).map(String),
);

describe('runImport on mutated files', () => {
  it('never throws on random byte mutations of a valid CSV', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(byteMutation, { minLength: 1, maxLength: 8 }),
        async (mutations) => {
          expectReport(
            await runImport({ fileName: 'm.csv', bytes: mutateBytes(valid, mutations) }, context),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws when cells are replaced, rows dropped or duplicated, or overrides are odd', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ row: fc.nat(), column: fc.nat(), text: cellText }), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.record({
          year: fc.option(fc.integer({ min: -5, max: 3000 }), { nil: undefined }),
          unit: fc.option(fc.constantFrom('亿元', '万美元', 'bananas'), { nil: undefined }),
        }),
        async (edits, duplicates, overrides) => {
          const rows = validRows.map((r) => [...r]);
          for (const e of edits) {
            const row = rows[e.row % rows.length]!;
            row[e.column % (row.length + 2)] = e.text;
          }
          for (const d of duplicates) rows.splice(d % rows.length, 0, [...rows[d % rows.length]!]);
          expectReport(await runImport({ fileName: 'r.xlsx', rows, overrides }, context));
        },
      ),
      { numRuns: 300 },
    );
  });
});
