/**
 * Exposure shares from a long-format CSV, one share a row:
 *
 *     entity,dimension,category,flow,share
 *     铜陵,import_commodity,copper_ore,imports,35
 *     440300,partner,us,exports,18.2
 *
 * Bytes go through the import pipeline's own first steps (`decodeBytes`: BOM, UTF-16, UTF-8 or
 * GB18030; `parseDelimited`: comma, tab or semicolon), so a CSV saved from Chinese Excel reads
 * the same here as in the import wizard. Every row becomes a user share (provenance 'user'); a
 * row that cannot be used is reported by its line number, and nothing is guessed.
 */
import type { Adcode } from '../model';
import { decodeBytes, parseDelimited } from '../import';
import {
  DIMENSION_BASES,
  DIMENSION_CATEGORIES,
  EXPOSURE_DIMENSIONS,
  RESIDUAL_CATEGORY,
  type ExposureDimension,
  type ShareBasis,
  type ShareOverride,
} from './types';

export const EXPOSURE_CSV_COLUMNS = ['entity', 'dimension', 'category', 'flow', 'share'] as const;

/** `flow` as users write it → the basis of the share. */
const FLOW_BASIS: Readonly<Record<string, ShareBasis>> = {
  exports: 'export',
  export: 'export',
  imports: 'import',
  import: 'import',
  total: 'total',
};

export interface ExposureCsvResult {
  overrides: ShareOverride[];
  /** One message per unusable row or file problem, e.g. "line 4: unknown category 'mars' …". */
  problems: string[];
}

/**
 * Parses the CSV. `resolveEntity` turns the entity cell (a 6-digit code or a name) into a code,
 * or null when it names nothing the app knows.
 */
export function parseExposureCsv(
  bytes: Uint8Array,
  fileName: string,
  resolveEntity: (text: string) => Adcode | null,
): ExposureCsvResult {
  const decoded = decodeBytes(bytes, fileName);
  const fatal = decoded.problems.find((p) => p.severity === 'error');
  if (fatal) return { overrides: [], problems: [fatal.message] };
  const table = parseDelimited(decoded.text, fileName);
  const [header, ...rows] = table.rows;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = EXPOSURE_CSV_COLUMNS.filter((c) => !names.includes(c));
  if (!header || missing.length > 0) {
    return {
      overrides: [],
      problems: [
        `the header must name the columns ${EXPOSURE_CSV_COLUMNS.join(', ')}; missing: ${missing.join(', ')}`,
      ],
    };
  }
  const col = (row: string[], name: (typeof EXPOSURE_CSV_COLUMNS)[number]) =>
    (row[names.indexOf(name)] ?? '').trim();
  const overrides: ShareOverride[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, k) => {
    const line = k + 2;
    if (row.every((c) => c.trim() === '')) return;
    const parsed = parseRow(
      {
        entity: col(row, 'entity'),
        dimension: col(row, 'dimension'),
        category: col(row, 'category'),
        flow: col(row, 'flow'),
        share: col(row, 'share'),
      },
      resolveEntity,
    );
    if (typeof parsed === 'string') return void problems.push(`line ${line}: ${parsed}`);
    const key = `${parsed.code}|${parsed.dimension}|${parsed.basis}|${parsed.category}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return void problems.push(`line ${line}: the same share is already given on line ${first}`);
    }
    seen.set(key, line);
    overrides.push(parsed);
  });
  if (rows.length === 0) problems.push('the file has a header but no rows');
  return { overrides, problems };
}

interface RawRow {
  entity: string;
  dimension: string;
  category: string;
  flow: string;
  share: string;
}

/** One row → a share, or the reason it cannot be one. */
function parseRow(raw: RawRow, resolveEntity: (text: string) => Adcode | null) {
  const code = raw.entity ? resolveEntity(raw.entity) : null;
  if (!code) return `unknown entity '${raw.entity}' (give a 6-digit code or a city name)`;
  if (!EXPOSURE_DIMENSIONS.includes(raw.dimension as ExposureDimension)) {
    return `unknown dimension '${raw.dimension}' (expected one of ${EXPOSURE_DIMENSIONS.join(', ')})`;
  }
  const dimension = raw.dimension as ExposureDimension;
  const categories = DIMENSION_CATEGORIES[dimension];
  if (raw.category === RESIDUAL_CATEGORY[dimension]) {
    return `'${raw.category}' is the residual of ${dimension}: it is computed as 100 minus the other shares`;
  }
  if (!categories.includes(raw.category)) {
    return `unknown category '${raw.category}' for ${dimension} (expected one of ${categories.filter((c) => c !== RESIDUAL_CATEGORY[dimension]).join(', ')})`;
  }
  const basis = FLOW_BASIS[raw.flow.toLowerCase()];
  if (!basis) return `unknown flow '${raw.flow}' (expected exports, imports or total)`;
  if (!DIMENSION_BASES[dimension].includes(basis)) {
    return `flow '${raw.flow}' is not used for ${dimension} (expected ${DIMENSION_BASES[dimension].map(flowWord).join(' or ')})`;
  }
  const text = raw.share.replace(/%$/, '').trim();
  const pct = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(pct) || pct > 100) {
    return `share '${raw.share}' is not a percentage from 0 to 100`;
  }
  return { code, dimension, basis, category: raw.category, pct } satisfies ShareOverride;
}

const flowWord = (b: ShareBasis): string =>
  b === 'export' ? 'exports' : b === 'import' ? 'imports' : 'total';
