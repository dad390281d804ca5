import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const TEXT = '地区,进出口\r\n深圳市,"45,000.5"\r\n';
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8(TEXT), 'a.csv')).toMatchObject({
      text: TEXT,
      encoding: 'utf-8',
      problems: [],
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    expect(decodeBytes(withBom, 'a.csv')).toMatchObject({ text: TEXT, encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes without a BOM', () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
    expect(decodeBytes(gbk, 'a.csv')).toMatchObject({
      text: TEXT,
      encoding: 'gb18030',
      problems: [],
    });
  });

  it('reads UTF-16 LE and BE by BOM, and LE without one', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(TEXT, 'utf16le').swap16();
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...le]), 'a.csv')).toMatchObject({
      text: TEXT,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...be]), 'a.csv')).toMatchObject({
      text: TEXT,
      encoding: 'utf-16be',
    });
    expect(decodeBytes(new Uint8Array(le), 'a.csv')).toMatchObject({
      text: TEXT,
      encoding: 'utf-16le',
    });
  });

  it('honours an override and warns when bytes do not fit it', () => {
    const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
    const forced = decodeBytes(gbk, 'a.csv', 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    expect(forced.problems[0]).toMatchObject({ code: 'encoding_replaced', severity: 'warning' });
    expect(forced.problems[0]!.message).toMatch(/^a\.csv: \d+ byte sequence/);
  });

  it('accepts UTF-8 cut inside a character and says it may be truncated', () => {
    const bytes = utf8('地区,深圳');
    const cut = decodeBytes(bytes.subarray(0, bytes.length - 1), 'a.csv');
    expect(cut.encoding).toBe('utf-8');
    expect(cut.text).toBe('地区,深');
    expect(cut.problems[0]!.message).toContain('truncated');
  });

  it('refuses binary data and empty files', () => {
    const binary = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect(decodeBytes(binary, 'x.csv').problems.map((p) => p.code)).toContain('binary_file');
    expect(decodeBytes(new Uint8Array(0), 'x.csv').problems[0]).toMatchObject({
      code: 'empty_file',
      message: 'x.csv: the file is empty (0 bytes).',
    });
  });
});
