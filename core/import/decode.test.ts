import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { problemMessage, runImport, type ImportReport } from './index';
import { rowsToDelimited, synthCustomsTable, synthEntities } from './synth';

const TEXT = rowsToDelimited(synthCustomsTable());
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const context = { entities: synthEntities(), dataset: null };
const read = (bytes: Uint8Array, encoding?: 'utf-8' | 'gb18030') =>
  runImport({ fileName: 'a.csv', bytes, overrides: encoding ? { encoding } : {} }, context);
const shenzhen = (r: ImportReport) =>
  r.figures.find((f) => f.code === '440300' && f.metric === 'total')?.value;
/** A customs table padded with rows so that it spans several 1 MB chunks. */
const bigTable = (rows: number) => {
  const table = synthCustomsTable();
  const pad = Array.from({ length: rows }, (_, i) => [
    `注${i}：深圳市广州市东莞市西安市台州市数据说明`,
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  return rowsToDelimited([...table, ...pad]);
};

describe('decoding while streaming', () => {
  it('reads UTF-8 with and without a BOM', async () => {
    expect(shenzhen(await read(utf8(TEXT)))).toBe(45000.5);
    const withBom = await read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    expect(withBom.encoding).toBe('utf-8');
    expect(withBom.preview[0]!.cells[0]).toMatch(/^2025年/);
  });

  it('falls back to GB18030 for GBK bytes without a BOM', async () => {
    const report = await read(new Uint8Array(iconv.encode(TEXT, 'gbk')));
    expect(report.encoding).toBe('gb18030');
    expect(report.problems.filter((p) => p.code.startsWith('encoding'))).toEqual([]);
    expect(shenzhen(report)).toBe(45000.5);
  });

  it('starts again as GB18030 when the first invalid UTF-8 byte comes megabytes in', async () => {
    const text = bigTable(40_000);
    expect(text.length).toBeGreaterThan(1 << 20);
    const report = await read(new Uint8Array(iconv.encode(text, 'gbk')));
    expect(report.encoding).toBe('gb18030');
    expect(shenzhen(report)).toBe(45000.5);
    expect(report.problems.some((p) => p.code === 'encoding_fallback')).toBe(false);
  });

  it('joins characters split across 1 MB chunks', async () => {
    const bytes = utf8(bigTable(40_000));
    const report = await read(bytes);
    expect(report.encoding).toBe('utf-8');
    expect(report.problems.filter((p) => p.code.startsWith('encoding'))).toEqual([]);
    expect(report.rows_read).toBe(40_007);
  });

  it('reads UTF-16 LE and BE by BOM, and LE without one', async () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(TEXT, 'utf16le').swap16();
    expect((await read(new Uint8Array([0xff, 0xfe, ...le]))).encoding).toBe('utf-16le');
    expect((await read(new Uint8Array([0xfe, 0xff, ...be]))).encoding).toBe('utf-16be');
    const bomless = await read(new Uint8Array(le));
    expect([bomless.encoding, shenzhen(bomless)]).toEqual(['utf-16le', 45000.5]);
  });

  it('honours an override and warns when bytes do not fit it', async () => {
    const forced = await read(new Uint8Array(iconv.encode(TEXT, 'gbk')), 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    const warning = forced.problems.find((p) => p.code === 'encoding_replaced')!;
    expect(warning).toMatchObject({ severity: 'warning', params: { encoding: 'utf-8' } });
    expect(problemMessage(warning, 'en', 'a.csv')).toMatch(/^a\.csv: \d+ byte sequence/);
    expect(problemMessage(warning, 'zh-CN', 'a.csv')).toMatch(
      /^a\.csv：有 \d+ 处字节不是有效的 utf-8/,
    );
  });

  it('accepts UTF-8 cut inside a character and says it may be truncated', async () => {
    const bytes = utf8(`${TEXT}注：深圳`);
    const cut = await read(bytes.subarray(0, bytes.length - 1));
    expect(cut.encoding).toBe('utf-8');
    expect(cut.problems.find((p) => p.code === 'encoding_truncated')).toMatchObject({
      params: { bytes: 2 },
    });
  });

  it('refuses binary data and empty files', async () => {
    const binary = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect((await read(binary)).problems.map((p) => p.code)).toContain('binary_file');
    expect((await read(new Uint8Array(0))).problems[0]).toMatchObject({ code: 'empty_file' });
  });

  it('decodes a small file at once for the exposure CSV, with the same rules', () => {
    expect(decodeBytes(utf8('a,b\n'), 'x.csv')).toMatchObject({ text: 'a,b\n', encoding: 'utf-8' });
    const gbk = decodeBytes(new Uint8Array(iconv.encode('地区,进出口\n', 'gbk')), 'x.csv');
    expect(gbk).toMatchObject({ text: '地区,进出口\n', encoding: 'gb18030', problems: [] });
    expect(decodeBytes(new Uint8Array(0), 'x.csv').problems[0]!.severity).toBe('error');
  });
});
