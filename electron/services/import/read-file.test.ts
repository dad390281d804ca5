import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  problemMessage,
  runImport,
  rowsToDelimited,
  synthCustomsTable,
  synthDataset,
  synthEntities,
} from '../../../core/import';
import { readImportFile } from './read-file';
import {
  inputOf,
  synthCustomsCsv,
  synthXlsx,
  tempFolder,
  writeFixture,
  type FixtureEncoding,
} from './synth-files';

const context = { entities: synthEntities(), dataset: synthDataset() };
let dir: string;
beforeAll(async () => {
  dir = await tempFolder();
});

describe('readImportFile', () => {
  it('reads the sheets of an xlsx and notes formulas saved without results', async () => {
    const bytes = await synthXlsx({
      merged: true,
      sheetName: 'A&B 2025',
      formulaAt: { row: 5, column: 2, formula: 'D5+F5' },
      extraSheets: [{ name: '说明', rows: [['注：测试']] }],
    });
    const result = await readImportFile(await writeFixture(dir, 'book.xlsx', bytes));
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.kind !== 'xlsx') return;
    expect(result.value.workbook.sheets).toEqual(['A&B 2025', '说明']);
    const report = await runImport(inputOf(result.value), context);
    expect(report.sheet).toBe('A&B 2025');
    expect(report.problems.find((p) => p.code === 'formula_without_value')).toMatchObject({
      row: 5,
      column: '进出口 金额',
    });
  });

  it.each<FixtureEncoding>(['gb18030', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'])(
    'reads a %s CSV end to end',
    async (encoding) => {
      const result = await readImportFile(
        await writeFixture(
          dir,
          `t-${encoding}.csv`,
          synthCustomsCsv({ encoding, titleRows: 2, footnotes: true }),
        ),
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const report = await runImport(inputOf(result.value), context);
      expect(report.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
      expect(report.figures.filter((f) => f.metric === 'total')).toHaveLength(7);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    },
  );

  it('reads a TSV and a semicolon file', async () => {
    for (const [name, delimiter] of [
      ['t.tsv', '\t'],
      ['s.csv', ';'],
    ] as const) {
      const result = await readImportFile(
        await writeFixture(dir, name, synthCustomsCsv({ delimiter, encoding: 'utf-8' })),
      );
      if (!result.ok) throw new Error(problemMessage(result.error, 'en', name));
      expect((await runImport(inputOf(result.value), context)).figures.length).toBeGreaterThan(0);
    }
  });

  it('trusts content over extension and says so', async () => {
    const asXlsx = await readImportFile(
      await writeFixture(dir, 'really-csv.xlsx', rowsToDelimited(synthCustomsTable())),
    );
    expect(asXlsx).toMatchObject({
      ok: true,
      value: { kind: 'csv' },
      notes: [{ code: 'extension_mismatch', params: { extension: '.xlsx', readAs: 'csv' } }],
    });
    if (!asXlsx.ok) return;
    expect(problemMessage(asXlsx.notes[0]!, 'en', 'really-csv.xlsx')).toBe(
      'really-csv.xlsx: the name ends in ".xlsx" but the file is plain text; read as CSV.',
    );
    const asCsv = await readImportFile(
      await writeFixture(dir, 'really-xlsx.csv', await synthXlsx()),
    );
    expect(asCsv).toMatchObject({
      ok: true,
      value: { kind: 'xlsx' },
      notes: [{ code: 'extension_mismatch', params: { readAs: 'xlsx' } }],
    });
  });
});

describe('mutated xlsx files', () => {
  it('never make the reader or the pipeline throw', async () => {
    const valid = await synthXlsx({ merged: true });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(),
        async (flips, cut) => {
          const bytes = valid.slice(0, valid.length - (cut % 3 === 0 ? cut % valid.length : 0));
          for (const f of flips) bytes[f.at % bytes.length] = f.byte;
          const result = await readImportFile(await writeFixture(dir, 'mutant.xlsx', bytes));
          if (!result.ok) {
            expect(problemMessage(result.error, 'en', 'mutant.xlsx')).toMatch(/^mutant\.xlsx: /);
            return;
          }
          const report = await runImport(inputOf(result.value), context);
          expect(Array.isArray(report.problems)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
