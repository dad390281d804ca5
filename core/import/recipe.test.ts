import { describe, expect, it } from 'vitest';
import { makeRecipe, parseRecipe, problemText, runImport, runImportWithRecipe } from './index';
import { synthCustomsTable, synthEntities } from './synth';

const context = { entities: synthEntities(), dataset: null };
// A bureau table whose headers the detector cannot read: the user maps them once.
const table = (year: number, unit: string | null) => [
  [`${year}年各市外经贸简表${unit ? `（${unit}）` : ''}`, '', ''],
  ['城市', `${year}年甲栏`, `${year}年乙栏`],
  ['深圳', '45000.5', '27000.3'],
  ['广州', '10900.5', '6500.4'],
];

describe('recipes', () => {
  it("saves a mapping and re-applies it to next year's file, re-detecting the year", async () => {
    const first = await runImport(
      {
        fileName: 'a.csv',
        rows: table(2024, '亿元'),
        sheetName: '2024年',
        overrides: { map: { B: 'total', C: 'exports' } },
      },
      context,
    );
    expect(first.figures).toHaveLength(4);
    const recipe = makeRecipe(first);
    expect(recipe).toMatchObject({
      schemaVersion: 1,
      layout: 'wide',
      unit: '亿元',
      sheetPattern: '{year}年',
    });
    expect(recipe.columns.map((c) => c.headerPattern)).toEqual([
      '城市',
      '{year}年甲栏',
      '{year}年乙栏',
    ]);
    const json = JSON.parse(JSON.stringify(recipe));
    const parsed = parseRecipe(json);
    expect(parsed.ok).toBe(true);
    const next = await runImportWithRecipe(
      { fileName: 'b.csv', rows: table(2025, null) },
      context,
      parsed.ok ? parsed.value : recipe,
    );
    expect(next.year).toBe(2025);
    expect(next.unit).toBe('亿元');
    expect(next.figures.map((f) => [f.code, f.metric, f.year])).toContainEqual([
      '440300',
      'exports',
      2025,
    ]);
  });

  it('warns when the new file states another unit or lacks a recipe column', async () => {
    const recipe = makeRecipe(
      await runImport({ fileName: 'a.csv', rows: synthCustomsTable({ year: 2024 }) }, context),
    );
    const next = await runImportWithRecipe(
      {
        fileName: 'b.csv',
        rows: synthCustomsTable({ year: 2025, unit: '万元', twoRowHeader: false }),
      },
      context,
      recipe,
    );
    expect(next.unit).toBe('万元');
    const notes = next.problems
      .filter((p) => p.code === 'recipe_mismatch')
      .map((p) => problemText(p, 'en'));
    expect(notes.some((m) => m.includes('states its unit as 万元'))).toBe(true);
    expect(notes.some((m) => m.includes('进出口同比%') || m.includes('is not in this file'))).toBe(
      true,
    );
  });

  it('rejects malformed recipe JSON with the path of the problem', () => {
    expect(parseRecipe({ schemaVersion: 2 })).toMatchObject({ ok: false });
    const bad = parseRecipe({
      schemaVersion: 1,
      layout: 'wide',
      unit: null,
      sheetPattern: null,
      columns: [{ headerPattern: 'x', letter: 'A', field: 'banana' }],
    });
    expect(bad.ok === false && bad.error).toContain('columns.0.field');
  });
});
