/**
 * Issue 13's import defects, one regression test each: inputs within the stated limits that
 * exhausted memory or time, and absurd values that were accepted.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_LIMITS,
  readImportBytes,
  runImport,
  type ByteSource,
  rowsToDelimited,
  synthEntities,
} from '../../../core/import';
import { inputOf } from './synth-files';

const context = { entities: synthEntities(), dataset: null };

/** A big CSV made on demand, a chunk at a time, counting what the reader asked for. */
function generatedCsv(header: string, row: (i: number) => string, rows: number) {
  const lines = [header, ...Array.from({ length: 16 }, (_, i) => row(i))];
  // Every row has the same length, so any byte offset maps to a row and a column.
  const width = new TextEncoder().encode(`${row(0)}\n`).length;
  const head = new TextEncoder().encode(`${lines[0]}\n`);
  const size = head.length + rows * width;
  let requested = 0;
  const source: ByteSource = {
    size,
    read: async (offset, length) => {
      const end = Math.min(size, offset + length);
      requested = Math.max(requested, end);
      const out = new Uint8Array(end - offset);
      for (let at = offset; at < end;) {
        if (at < head.length) {
          out[at - offset] = head[at]!;
          at++;
          continue;
        }
        const i = Math.floor((at - head.length) / width);
        const line = new TextEncoder().encode(`${row(i)}\n`);
        const from = (at - head.length) % width;
        const take = Math.min(width - from, end - at);
        out.set(line.subarray(from, from + take), at - offset);
        at += take;
      }
      return out;
    },
  };
  return { source, size, requested: () => requested };
}

describe('issue 13: inputs within the stated limits', () => {
  it('a CSV past the row limit is read only to the limit, not parsed whole first', async () => {
    const csv = generatedCsv(
      '城市,年份,进出口（亿元）',
      (i) => `深圳,${1990 + (i % 100)},${String(1000 + (i % 9000)).padStart(5, '0')}`,
      IMPORT_LIMITS.maxRows + 300_000,
    );
    const report = await runImport({ fileName: 'big.csv', source: csv.source }, context);
    expect(report.problems.find((p) => p.code === 'too_many_rows')).toMatchObject({
      severity: 'error',
      params: { limit: IMPORT_LIMITS.maxRows },
    });
    expect(report.figures).toEqual([]);
    // Reading stopped within a chunk of the millionth row, far from the end of the file.
    expect(csv.requested()).toBeLessThan(csv.size * 0.85);
  }, 120_000);

  it('100,000 unknown names: suggestions only for the problems listed', async () => {
    const rows = [['2025年各市（亿元）'], ['城市', '进出口']];
    for (let i = 0; i < 100_000; i++) rows.push([`无名市${i}`, '1']);
    rows.push(['深圳', '45000.5']);
    const report = await runImport(
      { fileName: 'unknown.csv', bytes: new TextEncoder().encode(rowsToDelimited(rows)) },
      context,
    );
    const listed = report.problems.filter((p) => p.code === 'unresolved_name');
    expect(listed).toHaveLength(100);
    expect(report.problems.find((p) => p.code === 'more_problems')).toMatchObject({
      params: { of: 'unresolved_name', count: 99_900 },
    });
    expect(report.figures.map((f) => [f.code, f.value])).toEqual([['440300', 45000.5]]);
  }, 60_000);

  it('a 999,999-row xlsx is streamed: no stack overflow, every row read', async () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>城市</t></is></c><c r="B1" t="inlineStr"><is><t>进出口(亿元)</t></is></c><c r="C1" t="inlineStr"><is><t>年份</t></is></c></row>',
    ];
    for (let r = 2; r <= 999_999; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>深圳</t></is></c><c r="B${r}"><v>${r % 1000}</v></c><c r="C${r}"><v>${1990 + (r % 100)}</v></c></row>`,
      );
    const bytes = zipSync(
      {
        'xl/workbook.xml': strToU8(
          '<workbook xmlns:r="r"><sheets><sheet name="2025" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
        ),
      },
      { level: 6 },
    );
    const read = await readImportBytes(bytes, 'rows.xlsx');
    if (!read.ok) throw new Error(read.error.code);
    const report = await runImport(inputOf(read.value), context);
    expect(report.rows_read).toBe(999_998);
    // One city over 100 years, each repeated: the first of each year stays, the rest are
    // duplicates with other values, so no figure survives, and nothing threw.
    expect(report.problems.map((p) => p.code)).toContain('duplicate_entity');
  }, 120_000);
});

describe('issue 13: absurd values are errors with their row', () => {
  it.each([
    ['1e308', 1e308],
    ['9007199254740993', 9007199254740992],
    ['1e22', 1e22],
  ])('%s for 深圳 is refused, never imported', async (printed, value) => {
    const rows = [
      ['2025年各市（亿元）'],
      ['城市', '进出口'],
      ['深圳', printed],
      ['广州', '10900.5'],
    ];
    const report = await runImport({ fileName: 'absurd.csv', rows }, context);
    expect(report.problems[0]).toMatchObject({
      severity: 'error',
      code: 'value_out_of_range',
      row: 3,
      params: { value, limit: 1e7 },
    });
    expect(report.figures.map((f) => f.code)).toEqual(['440100']);
  });
});
