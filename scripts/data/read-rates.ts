/**
 * Reads scripts/data/curated/rates.csv: the published CNY/USD rate per year that USD-only figures
 * are converted with. A rate must cite a known source; an `implied` rate must be what the national
 * totals of its own source give (亿元 ÷ 亿美元, to 4 decimals), so a typo cannot slip in.
 */
import path from 'node:path';
import type { FigureRow } from '../../core/data';
import { type ExchangeRate, type RateKind, NATIONAL_CODE, asSourceId } from '../../core/model';
import { readCsv } from './csv';

const KINDS: readonly RateKind[] = ['annual_average', 'implied'];

function fail(file: string, line: number, message: string): never {
  throw new Error(`${path.basename(file)} line ${line}: ${message}`);
}

/** The national full-year total a source prints in a currency, if any. */
function nationalTotal(
  rows: readonly FigureRow[],
  year: number,
  usd: boolean,
  sourceIds: string[],
) {
  return rows.find(
    (r) =>
      r.code === NATIONAL_CODE &&
      r.year === year &&
      r.period === 'full_year' &&
      (r.currency === 'USD') === usd &&
      sourceIds.includes(r.sourceId) &&
      r.values.total !== undefined,
  )?.values.total;
}

export function readRates(
  file: string,
  sourceIds: ReadonlySet<string>,
  figureRows: readonly FigureRow[],
): ExchangeRate[] {
  const rates: ExchangeRate[] = [];
  for (const { line, fields: f } of readCsv(file)) {
    const year = Number(f.year);
    if (!Number.isInteger(year) || year < 1949) fail(file, line, `bad year "${f.year}"`);
    const rate = Number(f.cny_per_usd);
    if (!/^\d+(\.\d+)?$/.test(f.cny_per_usd ?? '') || !(rate > 1 && rate < 20)) {
      fail(file, line, `cny_per_usd is not a plausible rate: "${f.cny_per_usd}"`);
    }
    const kind = f.kind as RateKind;
    if (!KINDS.includes(kind)) fail(file, line, `unknown kind "${f.kind}"`);
    const sourceId = f.source_id ?? '';
    if (!sourceIds.has(sourceId)) fail(file, line, `unknown source_id "${sourceId}"`);
    // One rate per year: every USD figure of a year is converted alike.
    if (rates.some((r) => r.year === year)) fail(file, line, `a second rate for ${year}`);
    if (kind === 'implied') {
      // The release's own two totals; the 亿元 one may be filed under a source of the same release
      // named in the note (e.g. S589's USD figures beside S005's 亿元 figures).
      const named = [sourceId, ...((f.note ?? '').match(/S\d{3}/g) ?? [])];
      const cny = nationalTotal(figureRows, year, false, named);
      const usd = nationalTotal(figureRows, year, true, named);
      if (cny === undefined || usd === undefined) {
        fail(file, line, `no national 亿元 and 亿美元 totals of ${named.join('/')} for ${year}`);
      }
      if (Math.abs(cny / usd - rate) > 0.00005) {
        fail(file, line, `implied rate ${rate} is not ${cny} ÷ ${usd} = ${(cny / usd).toFixed(4)}`);
      }
    }
    rates.push({ year, cnyPerUsd: rate, sourceId: asSourceId(sourceId), kind, note: f.note ?? '' });
  }
  return rates.sort((a, b) => a.year - b.year);
}
