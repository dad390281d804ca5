import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from './delimited';

describe('detectDelimiter', () => {
  it('prefers the delimiter that splits lines consistently, despite title rows', () => {
    expect(detectDelimiter('标题,,,\n地区,进出口,出口\n深圳,1,2\n')).toBe(',');
    expect(detectDelimiter('标题\n地区\t进出口\t出口\n深圳\t"1,000"\t2\n')).toBe('\t');
    expect(detectDelimiter("City;Total;Exports\nXi'an;1,5;2\n")).toBe(';');
  });
});

describe('parseDelimited', () => {
  it('handles RFC 4180 quotes, doubled quotes, embedded newlines and CRLF', () => {
    const text = 'a,"b ""q"", c","line1\r\nline2"\r\n1,2,3\r\n';
    expect(parseDelimited(text, 'f.csv').rows).toEqual([
      ['a', 'b "q", c', 'line1\r\nline2'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps empty trailing fields and drops trailing blank lines', () => {
    expect(parseDelimited('a,b,\n,,\n\n', 'f.csv').rows).toEqual([['a', 'b', '']]);
  });

  it('reads a never-closed quote literally and reports where it opened', () => {
    const result = parseDelimited('a,b\n"oops,2\n3,4\n', 'f.csv');
    expect(result.rows).toEqual([
      ['a', 'b'],
      ['"oops', '2'],
      ['3', '4'],
    ]);
    expect(result.problems[0]).toMatchObject({ code: 'unclosed_quote', row: 2 });
    expect(result.problems[0]!.message).toMatch(/^f\.csv, row 2, column A:/);
  });

  it('is lenient with text after a closing quote and with lone CR line ends', () => {
    expect(parseDelimited('"ab"c,d\re,f', 'f.csv').rows).toEqual([
      ['abc', 'd'],
      ['e', 'f'],
    ]);
  });
});
