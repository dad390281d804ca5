/**
 * .xlsx sheets as a stream of rows, for the app's worker and for Node alike (one reader, so the
 * preview and the commit read the same rows). read-excel-file builds every sheet as one array and
 * parses its XML recursively, which overflows the stack near 300,000 rows; this reader inflates
 * one sheet with fflate's streaming unzip and reads it with sax, one row at a time. The archive
 * has passed the zip guard (zip-guard.ts) before it gets here, coordinates included.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import sax, { type SAXParser, type Tag } from 'sax';
import type { MergeRange } from './table-detect';
import { utf8Text } from './zip-guard';

export interface SheetFacts {
  merges: MergeRange[];
}

/** A workbook read on demand, sheet by sheet. */
export interface WorkbookSource {
  readonly sheets: readonly string[];
  facts(sheet: string): SheetFacts;
  /**
   * Rows of one sheet in order, blank rows included so row numbers hold. `onRow` returning false
   * stops the read. Formula cells saved without a result are added to `uncached` (A1 refs) before
   * their row is passed on.
   */
  readSheet(
    sheet: string,
    onRow: (cells: string[]) => boolean,
    onProgress?: (fraction: number) => void,
    uncached?: Set<string>,
  ): void;
}

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheet name → worksheet part, from workbook.xml and its relationships, in workbook order. */
export function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = utf8Text([files['xl/workbook.xml'] ?? new Uint8Array()]);
  const rels = utf8Text([files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array()]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(decodeXml(name), part);
  }
  return parts;
}

/** Parse a small XML part completely with sax. */
function parseXml(
  text: string,
  handlers: Partial<Pick<SAXParser, 'onopentag' | 'onclosetag' | 'ontext'>>,
): void {
  const parser = sax.parser(true, { trim: false, normalize: false, position: false });
  parser.onopentag = handlers.onopentag ?? null;
  parser.onclosetag = handlers.onclosetag ?? null;
  parser.ontext = handlers.ontext ?? null;
  parser.oncdata = handlers.ontext ?? null;
  parser.write(text).close();
}

/** Shared strings: rich-text runs joined, phonetic guides (rPh) left out, as Excel shows them. */
function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    onopentag: (tag) => {
      if (tag.name === 'si') current = [];
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't' && phonetic === 0) inText = true;
    },
    onclosetag: (name) => {
      if (name === 'si') {
        strings.push(current?.join('') ?? '');
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    ontext: (text) => {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, incl. CJK ids). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Style index → whether its number format shows a date. */
function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inXfs = false;
  parseXml(xml, {
    onopentag: (tag) => {
      if (tag.name === 'numFmt') {
        // Date tokens outside quoted text and [colour]/[$-locale] brackets.
        const code = (tag.attributes.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
        custom.set(Number(tag.attributes.numFmtId), /[ymdhs]/i.test(code));
      } else if (tag.name === 'cellXfs') inXfs = true;
      else if (tag.name === 'xf' && inXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        styles.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    onclosetag: (name) => {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  return styles;
}

/** Excel's serial day → YYYY-MM-DD (1900 system with its phantom 29 Feb, or 1904). */
export function excelDate(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86400 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** "AB12" → [row 12, column 27] (1-based), or null. */
export function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** Index of the parts a reader needs besides the sheets. */
function partNames(files: Record<string, Uint8Array>): {
  strings: string | null;
  styles: string | null;
} {
  const rels = utf8Text([files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array()]);
  const target = (type: string): string | null => {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (!new RegExp(`/${type}"`).test(m[0])) continue;
      const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
      if (t) return t.startsWith('/') ? t.slice(1) : `xl/${t}`;
    }
    return null;
  };
  return { strings: target('sharedStrings'), styles: target('styles') };
}

/**
 * Open a workbook (already checked by the zip guard). Shared strings and styles are read once;
 * each sheet is inflated and parsed only when read.
 */
export function openWorkbook(
  bytes: Uint8Array,
  merges: ReadonlyMap<string, MergeRange[]>,
): WorkbookSource {
  const small = unzipSync(bytes, {
    filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels',
  });
  const parts = sheetParts(small);
  const names = partNames(small);
  const extra = unzipSync(bytes, {
    filter: (f) => f.name === names.strings || f.name === names.styles,
  });
  const strings =
    names.strings && extra[names.strings]
      ? readSharedStrings(utf8Text([extra[names.strings]!]))
      : [];
  const dateStyles =
    names.styles && extra[names.styles] ? readDateStyles(utf8Text([extra[names.styles]!])) : [];
  const date1904 = /date1904="(1|true)"/.test(
    utf8Text([small['xl/workbook.xml'] ?? new Uint8Array()]),
  );
  return {
    sheets: [...parts.keys()],
    facts: (sheet) => ({ merges: merges.get(parts.get(sheet) ?? '') ?? [] }),
    readSheet(sheet, onRow, onProgress, uncached) {
      const part = parts.get(sheet);
      if (!part) return;
      streamSheet(bytes, part, { strings, dateStyles, date1904 }, onRow, onProgress, uncached);
    },
  };
}

interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Inflate one worksheet part and hand its rows to `onRow` as sax reads them. */
function streamSheet(
  bytes: Uint8Array,
  part: string,
  cells: CellContext,
  onRow: (cells: string[]) => boolean,
  onProgress: ((fraction: number) => void) | undefined,
  uncached: Set<string> | undefined,
): void {
  const rows = new SheetRows(cells, onRow, uncached);
  const parser = sax.parser(true, { trim: false, normalize: false, position: false });
  parser.onopentag = (tag) => rows.open(tag);
  parser.onclosetag = (name) => rows.close(name);
  parser.ontext = (text) => rows.text(text);
  parser.oncdata = (text) => rows.text(text);
  const decoder = new (
    globalThis as unknown as {
      TextDecoder: new (label: string) => {
        decode(b: Uint8Array, o?: { stream: boolean }): string;
      };
    }
  ).TextDecoder('utf-8');
  let done = false;
  const unzip = new Unzip((file) => {
    if (file.name !== part) return;
    file.ondata = (error, chunk, final) => {
      if (error || done) return;
      parser.write(decoder.decode(chunk, { stream: !final }));
      if (rows.stopped) {
        done = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 1 << 20;
  for (let offset = 0; offset < bytes.length && !done; offset += step) {
    unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length);
    onProgress?.(Math.min(1, (offset + step) / bytes.length));
  }
}

/** sax events of <sheetData> → rows of cell text. */
class SheetRows {
  stopped = false;
  private row: string[] = [];
  private rowNumber = 0;
  private emitted = 0;
  private col = 0;
  private type = '';
  private style = -1;
  private ref = '';
  private value = '';
  private inValue = false;
  private inInline = false;
  private phonetic = 0;
  private hasFormula = false;

  constructor(
    private readonly ctx: CellContext,
    private readonly onRow: (cells: string[]) => boolean,
    private readonly uncached: Set<string> | undefined,
  ) {}

  open(tag: Tag): void {
    switch (tag.name) {
      case 'row': {
        const r = Number(tag.attributes.r);
        this.rowNumber = Number.isInteger(r) && r > this.emitted ? r : this.emitted + 1;
        this.row = [];
        this.col = 0;
        return;
      }
      case 'c': {
        const ref = tag.attributes.r;
        const at = ref ? parseRef(ref) : null;
        this.col = at ? at[1] - 1 : this.col;
        this.ref = ref ?? '';
        this.type = tag.attributes.t ?? 'n';
        this.style = tag.attributes.s ? Number(tag.attributes.s) : -1;
        this.value = '';
        this.hasFormula = false;
        return;
      }
      case 'v':
        this.inValue = true;
        return;
      case 'f':
        this.hasFormula = true;
        return;
      case 'is':
        this.inInline = true;
        return;
      case 'rPh':
        this.phonetic++;
        return;
    }
  }

  text(text: string): void {
    if (this.inValue || (this.inInline && this.phonetic === 0)) this.value += text;
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        this.inValue = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'c':
        this.endCell();
        return;
      case 'row':
        this.endRow();
        return;
    }
  }

  private endCell(): void {
    if (this.col > 16383) return; // refused by the zip guard already; never allocate past XFD
    const text = this.cellText();
    if (text === '' && this.hasFormula && this.uncached && this.ref) this.uncached.add(this.ref);
    if (text !== '') {
      while (this.row.length < this.col) this.row.push('');
      this.row[this.col] = text;
    }
    this.col++;
  }

  private cellText(): string {
    const v = this.value;
    switch (this.type) {
      case 's':
        return this.ctx.strings[Number(v)] ?? '';
      case 'inlineStr':
      case 'str':
        return v;
      case 'b':
        return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
      case 'e':
        return v;
      case 'd':
        return v.slice(0, 10);
      default: {
        if (v.trim() === '') return '';
        const n = Number(v);
        if (!Number.isFinite(n)) return v;
        if (this.style >= 0 && this.ctx.dateStyles[this.style])
          return excelDate(n, this.ctx.date1904);
        return String(n);
      }
    }
  }

  private endRow(): void {
    if (this.stopped) return;
    // Rows the sheet skips (blank in Excel) are passed on as blank, so row numbers hold.
    while (this.emitted < this.rowNumber - 1) {
      this.emitted++;
      if (!this.onRow([])) {
        this.stopped = true;
        return;
      }
    }
    this.emitted = this.rowNumber;
    if (!this.onRow(this.row)) this.stopped = true;
  }
}
