/**
 * Zip-bomb guard for .xlsx files, run before the workbook parser sees them. Pure (fflate and
 * Uint8Array only), so the renderer's import worker and the Node reader share it. Two passes: the
 * central directory (declared sizes, via fflate's unzipSync with a filter that extracts nothing),
 * then a streaming inflate that counts real output, since a crafted archive can understate sizes.
 * The streaming pass also counts rows and cells and notes formula cells without saved results.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export interface ZipLimits {
  maxDecompressedBytes: number;
  /** Uncompressed ÷ compressed size above which a large entry is treated as a bomb. */
  maxCompressionRatio: number;
  /** Entries smaller than this are exempt from the ratio check (tiny XML compresses extremely). */
  ratioExemptBytes: number;
  maxCells: number;
  maxRows: number;
}

export interface ZipInspection {
  entries: { name: string; compressed: number; uncompressed: number }[];
  /** Worksheet path (xl/worksheets/sheet1.xml) → formula cells saved without a result. */
  uncachedFormulas: Map<string, string[]>;
  /** Worksheet path → rows and cells counted in its XML. */
  counts: Map<string, { rows: number; cells: number }>;
}

export type ZipVerdict =
  | { ok: true; value: ZipInspection }
  | {
      ok: false;
      code: 'truncated' | 'zip_bomb' | 'too_many_cells' | 'too_many_rows';
      detail: string;
    };

const mb = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// Sheets up to this size are also decoded as text to find formula cells; larger ones are counted only.
const FORMULA_SCAN_LIMIT = 64 * 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
// As in decode.ts: TextDecoder exists in every runtime we target, but core has no DOM/Node types.
const utf8Decoder = new (
  globalThis as unknown as { TextDecoder: new (label: string) => Utf8Decoder }
).TextDecoder('utf-8');

/** Chunks → one string, decoded once (a chunk boundary can split a multi-byte character). */
export function utf8Text(chunks: readonly Uint8Array[]): string {
  let length = 0;
  for (const c of chunks) length += c.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    joined.set(c, offset);
    offset += c.length;
  }
  return utf8Decoder.decode(joined);
}

/** Count `<tag ` / `<tag>` occurrences across chunk boundaries without decoding the bytes. */
function makeTagCounter(tag: string): { feed(chunk: Uint8Array): void; count(): number } {
  const pattern = Array.from(`<${tag}`, (ch) => ch.charCodeAt(0));
  let matched = 0;
  let total = 0;
  return {
    feed(chunk) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]!;
        if (matched === pattern.length) {
          if (byte === 0x20 || byte === 0x3e || byte === 0x2f) total++;
          matched = 0;
        }
        matched = byte === pattern[matched] ? matched + 1 : byte === pattern[0] ? 1 : 0;
      }
    },
    count: () => total,
  };
}

/** Formula cells whose `<v>` (cached result) is missing: they read as empty cells. */
export function findUncachedFormulas(xml: string): string[] {
  const refs: string[] = [];
  const cell = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = cell.exec(xml); m; m = cell.exec(xml)) {
    const body = m[2] ?? '';
    if (!/<f[\s>/]/.test(body) || /<v>[^<]+<\/v>/.test(body)) continue;
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1] ?? '');
    if (ref) refs.push(ref[1]!);
  }
  return refs;
}

/** Inspect an .xlsx archive without trusting it; returns a verdict with a reason on failure. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipVerdict {
  const entries: ZipInspection['entries'] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ name: info.name, compressed: info.size, uncompressed: info.originalSize });
        return false;
      },
    });
  } catch (error) {
    return {
      ok: false,
      code: 'truncated',
      detail: `its zip directory is damaged or missing (${(error as Error).message})`,
    };
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.uncompressed;
    const ratio = e.uncompressed / Math.max(e.compressed, 1);
    if (e.uncompressed > limits.ratioExemptBytes && ratio > limits.maxCompressionRatio) {
      return {
        ok: false,
        code: 'zip_bomb',
        detail: `part "${e.name}" would expand ${Math.round(ratio)}-fold (${mb(e.compressed)} → ${mb(e.uncompressed)}); the limit is ${limits.maxCompressionRatio}-fold`,
      };
    }
  }
  if (declared > limits.maxDecompressedBytes) {
    return {
      ok: false,
      code: 'zip_bomb',
      detail: `it would expand to ${mb(declared)}; the limit is ${mb(limits.maxDecompressedBytes)}`,
    };
  }
  return streamCheck(bytes, entries, limits);
}

function streamCheck(
  bytes: Uint8Array,
  entries: ZipInspection['entries'],
  limits: ZipLimits,
): ZipVerdict {
  const declaredByName = new Map(entries.map((e) => [e.name, e.uncompressed]));
  const inspection: ZipInspection = { entries, uncachedFormulas: new Map(), counts: new Map() };
  let produced = 0;
  let failure: ZipVerdict | null = null;
  const unzip = new Unzip((file) => {
    const sheet = WORKSHEET.test(file.name);
    const rows = makeTagCounter('row');
    const cells = makeTagCounter('c');
    const keep: Uint8Array[] = [];
    let entryBytes = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = {
          ok: false,
          code: 'truncated',
          detail: `part "${file.name}" cannot be decompressed (${error.message})`,
        };
        return;
      }
      entryBytes += chunk.length;
      produced += chunk.length;
      const declared = declaredByName.get(file.name) ?? 0;
      if (produced > limits.maxDecompressedBytes || entryBytes > declared + 1024 * 1024) {
        failure = {
          ok: false,
          code: 'zip_bomb',
          detail: `part "${file.name}" expands beyond its declared size or the ${mb(limits.maxDecompressedBytes)} limit`,
        };
        file.terminate();
        return;
      }
      if (!sheet) return;
      rows.feed(chunk);
      cells.feed(chunk);
      if (declared <= FORMULA_SCAN_LIMIT) keep.push(chunk);
      if (final) {
        inspection.counts.set(file.name, { rows: rows.count(), cells: cells.count() });
        if (keep.length > 0)
          inspection.uncachedFormulas.set(file.name, findUncachedFormulas(utf8Text(keep)));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 1024 * 1024;
    for (let offset = 0; offset < bytes.length && !failure; offset += step) {
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length);
    }
  } catch (error) {
    failure ??= {
      ok: false,
      code: 'truncated',
      detail: `it cannot be decompressed (${(error as Error).message})`,
    };
  }
  if (failure) return failure;
  let totalCells = 0;
  for (const [name, count] of inspection.counts) {
    totalCells += count.cells;
    if (count.rows > limits.maxRows)
      return {
        ok: false,
        code: 'too_many_rows',
        detail: `sheet part "${name}" has ${count.rows.toLocaleString('en-US')} rows; the limit is ${limits.maxRows.toLocaleString('en-US')}`,
      };
  }
  if (totalCells > limits.maxCells)
    return {
      ok: false,
      code: 'too_many_cells',
      detail: `it has ${totalCells.toLocaleString('en-US')} cells; the limit is ${limits.maxCells.toLocaleString('en-US')}`,
    };
  return { ok: true, value: inspection };
}
