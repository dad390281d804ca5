/**
 * Hostile import files, made by code from a seed: customs tables as CSV, TSV and XLSX, then
 * mutated the ways files go wrong in the wild (cut short, bytes flipped, cells swapped for absurd
 * numbers, endless columns) and the ways an attacker would make them (far cell coordinates,
 * forged dimensions, entity expansion, zip bombs). Input `i` is always the same file, so a failure
 * names an input that can be rebuilt and replayed.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rowsToDelimited, synthCustomsTable } from '../../core/import';
import {
  encodeText,
  synthXlsx,
  synthZipBomb,
  type FixtureEncoding,
} from '../../electron/services/import/synth-files';
import { mulberry32 } from '../../core/scenario';

export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
  /** What was done to it, for the failure report. */
  mutation: string;
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: Rand, max: number) => Math.floor(rand() * max);

const ABSURD = [
  '1e308',
  '-1e308',
  '9007199254740993',
  '1e22',
  'NaN',
  'Infinity',
  '-0',
  '0x1F',
  '1,2,3',
  '１２３４５',
  "=cmd|' /C calc'!A0",
  '1e-400',
  '99999999999999999999999',
  '-45000.5',
  '4.5e4',
  '  ',
  '—',
  '\u0000',
  '"',
  '\uFFFD\uFFFD',
  '💥',
];
const ENCODINGS: FixtureEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'];
const MALFORMED_REFS = ['A0', '1A', 'Q-5', 'B2:C3', 'a1', '', 'A1A1'];
const FAR_REFS = [
  'XFD1048576',
  'ZZZZZZ7',
  'A99999999999',
  'AAAAAAAAAAAAAAAAAAAA1',
  'A0',
  '1A',
  'XFE1',
  'A1048577',
  'Q-5',
  'B2:C3',
];

/** Change the table's cells before encoding: absurd numbers, long cells, many columns, junk rows. */
function mutateRows(rows: string[][], rand: Rand): { rows: string[][]; what: string } {
  const out = rows.map((r) => [...r]);
  const kind = int(rand, 7);
  const r = int(rand, out.length);
  const c = int(rand, out[r]?.length ?? 1);
  switch (kind) {
    case 0: {
      const value = pick(rand, ABSURD);
      if (out[r]) out[r]![c] = value;
      return { rows: out, what: `cell ${r},${c} = ${JSON.stringify(value)}` };
    }
    case 1:
      // Mostly short; now and then one near the size a real cell never reaches.
      if (out[r]) out[r]![c] = 'x'.repeat(1 + int(rand, rand() < 0.1 ? 200_000 : 2_000));
      return { rows: out, what: `long cell at ${r},${c}` };
    case 2: {
      const width = 1 + int(rand, rand() < 0.1 ? 16_000 : 300);
      out.splice(
        r,
        0,
        Array.from({ length: width }, (_, i) => String(i)),
      );
      return { rows: out, what: `row of ${width} columns` };
    }
    case 3: {
      const copies = 1 + int(rand, rand() < 0.1 ? 5_000 : 200);
      const row = out[Math.min(3, out.length - 1)] ?? ['深圳市', '1'];
      for (let i = 0; i < copies; i++) out.push([...row]);
      return { rows: out, what: `${copies} duplicate data rows` };
    }
    case 4:
      return { rows: out.slice(0, int(rand, out.length)), what: 'rows cut' };
    case 5:
      for (const row of out) row.reverse();
      return { rows: out, what: 'columns reversed' };
    default:
      for (const row of out)
        for (let i = 0; i < row.length; i++) if (rand() < 0.3) row[i] = pick(rand, ABSURD);
      return { rows: out, what: 'absurd values scattered' };
  }
}

/** Change the bytes after encoding: cut, flipped, spliced, nulled. */
function mutateBytes(bytes: Uint8Array, rand: Rand): { bytes: Uint8Array; what: string } {
  const out = new Uint8Array(bytes);
  switch (int(rand, 5)) {
    case 0:
      return { bytes: out.subarray(0, int(rand, out.length + 1)), what: 'truncated' };
    case 1: {
      const flips = 1 + int(rand, 20);
      for (let i = 0; i < flips; i++) out[int(rand, out.length)] = int(rand, 256);
      return { bytes: out, what: `${flips} bytes flipped` };
    }
    case 2: {
      const at = int(rand, out.length);
      const junk = Uint8Array.from({ length: 1 + int(rand, 64) }, () => int(rand, 256));
      return {
        bytes: new Uint8Array([...out.subarray(0, at), ...junk, ...out.subarray(at)]),
        what: 'junk spliced in',
      };
    }
    case 3:
      return {
        bytes: out.map((b) => (b === 0x2c || b === 0x09 ? int(rand, 256) : b)),
        what: 'delimiters replaced',
      };
    default:
      return { bytes: out, what: 'unchanged bytes' };
  }
}

function delimitedInput(i: number, rand: Rand, tab: boolean): FuzzInput {
  const table = synthCustomsTable({ year: pick(rand, [2024, 2025]) });
  const rows = rand() < 0.8 ? mutateRows(table, rand) : { rows: table, what: 'clean table' };
  const encoding = pick(rand, ENCODINGS);
  const text = rowsToDelimited(rows.rows, tab ? '\t' : ',');
  const encoded = encodeText(
    rand() < 0.3 ? text.replace(/\n/g, pick(rand, ['\r\n', '\r', '\n\n'])) : text,
    encoding,
  );
  const bytes = rand() < 0.5 ? mutateBytes(encoded, rand) : { bytes: encoded, what: 'clean bytes' };
  return {
    name: `fuzz-${i}.${tab ? 'tsv' : 'csv'}`,
    bytes: bytes.bytes,
    mutation: `${tab ? 'TSV' : 'CSV'} ${encoding}: ${rows.what}; ${bytes.what}`,
  };
}

/** Rewrite the worksheet XML inside a real workbook: coordinates, dimension, entities, cut. */
function mutateSheetXml(xml: string, rand: Rand): { xml: string; what: string } {
  switch (int(rand, 6)) {
    case 0: {
      // Far coordinates are the fixed cases' subject; the mix mostly sends malformed ones.
      const ref = pick(rand, rand() < 0.1 ? FAR_REFS : MALFORMED_REFS);
      let done = false;
      const out = xml.replace(/ r="([A-Z]+\d+)"/g, (m) => {
        if (done || rand() > 0.2) return m;
        done = true;
        return ` r="${ref}"`;
      });
      return { xml: out, what: `a cell moved to ${ref}` };
    }
    case 1: {
      const ref = pick(rand, FAR_REFS);
      return {
        xml: xml
          .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${ref}"/>`)
          .replace('<sheetData>', `<dimension ref="A1:${ref}"/><sheetData>`),
        what: `dimension A1:${ref}`,
      };
    }
    case 2:
      return {
        xml: xml
          .replace(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e SYSTEM "file:///etc/passwd">]>',
          )
          .replace(/<v>[^<]*<\/v>/, '<v>&c;&e;</v>'),
        what: 'entity expansion and an external entity',
      };
    case 3:
      return { xml: xml.slice(0, int(rand, xml.length)), what: 'sheet XML cut short' };
    case 4:
      return {
        xml: xml.replace(/<v>[^<]*<\/v>/g, (m) =>
          rand() < 0.3 ? `<v>${pick(rand, ABSURD)}</v>` : m,
        ),
        what: 'absurd cell values',
      };
    default:
      return {
        xml: xml.replace(
          /<c r="([A-Z]+)(\d+)"/g,
          (_m, col: string, row: string) => `<c r="${col}${Number(row) * (1 + int(rand, 1000))}"`,
        ),
        what: 'rows spread far apart',
      };
  }
}

async function xlsxInput(i: number, rand: Rand, base: Uint8Array[]): Promise<FuzzInput> {
  const workbook = pick(rand, base);
  const r = rand();
  if (r < 0.15)
    return { name: `fuzz-${i}.xlsx`, ...renamed(mutateBytes(workbook, rand), 'XLSX bytes') };
  const parts = unzipSync(workbook);
  const sheetName = Object.keys(parts).find((n) => n.startsWith('xl/worksheets/sheet'))!;
  const sheet = mutateSheetXml(strFromU8(parts[sheetName]!), rand);
  parts[sheetName] = strToU8(sheet.xml);
  return { name: `fuzz-${i}.xlsx`, bytes: zipSync(parts), mutation: `XLSX: ${sheet.what}` };
}

const renamed = (m: { bytes: Uint8Array; what: string }, prefix: string) => ({
  bytes: m.bytes,
  mutation: `${prefix}: ${m.what}`,
});

/** Source workbooks, built once per worker. */
export async function baseWorkbooks(): Promise<Uint8Array[]> {
  return Promise.all([
    synthXlsx({ merged: true, titleRows: 2 }),
    synthXlsx({ year: 2024 }),
    synthXlsx({ unit: '万元', scale: 10000 }),
  ]);
}

/** The `i`th hostile import file; the same i always gives the same file. */
export async function importInput(i: number, workbooks: Uint8Array[]): Promise<FuzzInput> {
  const rand = mulberry32(0x13 * 1_000_003 + i);
  // The known hard cases first (issue 13's repros), then the random mix.
  const fixed = await fixedCase(i, workbooks);
  if (fixed) return fixed;
  const kind = i % 3;
  if (kind === 0) return xlsxInput(i, rand, workbooks);
  return delimitedInput(i, rand, kind === 2);
}

/** A workbook with one extra cell at `ref` (the far-coordinate attack: a 1.7 KB file, a huge grid). */
function withCellAt(workbook: Uint8Array, ref: string): Uint8Array {
  const parts = unzipSync(workbook);
  const name = Object.keys(parts).find((n) => n.startsWith('xl/worksheets/sheet'))!;
  const xml = strFromU8(parts[name]!);
  parts[name] = strToU8(
    xml.replace(
      '</sheetData>',
      `<row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}"><v>1</v></c></row></sheetData>`,
    ),
  );
  return zipSync(parts);
}

async function fixedCase(i: number, workbooks: Uint8Array[]): Promise<FuzzInput | null> {
  const csv = (edit: (rows: string[][]) => string[][], what: string): FuzzInput => ({
    name: `fixed-${i}.csv`,
    bytes: encodeText(rowsToDelimited(edit(synthCustomsTable({})), ','), 'utf-8'),
    mutation: what,
  });
  const setShenzhen = (value: string) => (rows: string[][]) =>
    rows.map((r) => (r[0] === '深圳市' ? [r[0], value, ...r.slice(2)] : r));
  switch (i) {
    case 0:
      return {
        name: 'bomb.xlsx',
        bytes: synthZipBomb(64 * 1024 * 1024),
        mutation: 'zip bomb (64 MB of zeros)',
      };
    case 1:
      return { name: 'empty.csv', bytes: new Uint8Array(), mutation: 'empty file' };
    case 2:
    case 3:
    case 4: {
      const ref = ['XFD1048576', 'ZZZZZZ7', 'A99999999999'][i - 2]!;
      return {
        name: `far-${ref}.xlsx`,
        bytes: withCellAt(workbooks[0]!, ref),
        mutation: `XLSX: one cell at ${ref}`,
      };
    }
    case 5:
      return csv(setShenzhen('1e308'), 'CSV: 深圳 total 1e308');
    case 6:
      return csv(setShenzhen('9007199254740993'), 'CSV: 深圳 total 9007199254740993');
    case 7:
      return csv(setShenzhen('1e22'), 'CSV: 深圳 total 1e22');
    default:
      return null;
  }
}
