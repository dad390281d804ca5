import { describe, expect, it } from 'vitest';
import { DelimitedParser, detectDelimiter, parseDelimited } from './delimited';

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
    expect(result.unclosed).toEqual([{ row: 2, column: 0 }]);
  });

  it('is lenient with text after a closing quote and with lone CR line ends', () => {
    expect(parseDelimited('"ab"c,d\re,f', 'f.csv').rows).toEqual([
      ['abc', 'd'],
      ['e', 'f'],
    ]);
  });
});

describe('DelimitedParser fed in pieces', () => {
  const chunked = (text: string, size: number): string[][] => {
    const rows: string[][] = [];
    const parser = new DelimitedParser(
      { row: (cells) => rows.push(cells) > 0, unclosedQuote: () => undefined },
      ',',
    );
    for (let i = 0; i < text.length; i += size) parser.feed(text.slice(i, i + size));
    parser.end();
    return rows;
  };

  it('gives the same rows whatever the chunk size, quotes and CRLF split across chunks', () => {
    const text = 'a,"b ""q"", c","line1\r\nline2"\r\n1,2,3\r\n"x",y,""\r\n';
    const whole = parseDelimited(text).rows;
    for (const size of [1, 2, 3, 5, 7, 64]) expect(chunked(text, size)).toEqual(whole);
  });

  it('stops reading when told to, without parsing the rest', () => {
    const seen: number[] = [];
    const parser = new DelimitedParser(
      { row: (_, row) => seen.push(row) < 3, unclosedQuote: () => undefined },
      ',',
    );
    parser.feed('a\nb\nc\nd\ne\n');
    parser.end();
    expect(seen).toEqual([1, 2, 3]);
    expect(parser.done).toBe(true);
  });
});
