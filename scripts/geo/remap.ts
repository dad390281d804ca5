/**
 * The one table of code changes between the echarts@4 map data (c. 2013 codes) and today's
 * GB/T 2260. NOTICE and resources/geo/README.md repeat it; build-geo.test.ts checks they agree.
 *
 * Every other code in the source must already be current, or the build fails and prints it.
 */
import { currentName, type AdminCatalog } from './admin-codes';

export interface CodeRemap {
  from: string;
  to: string;
  /** Name in the source file → why the code changed. */
  note: string;
  /** True when the source polygon is dissolved into another feature with the same `to`. */
  merged?: boolean;
}

export const CODE_REMAPS: readonly CodeRemap[] = [
  { from: '110000', to: '110100', note: '北京: municipality drawn at city level' },
  { from: '120000', to: '120100', note: '天津: municipality drawn at city level' },
  { from: '310000', to: '310100', note: '上海: municipality drawn at city level' },
  { from: '500000', to: '500100', note: '重庆: municipality drawn at city level' },
  { from: '371200', to: '370100', note: '莱芜: merged into 济南 (2019)', merged: true },
  { from: '469003', to: '460400', note: '儋州: prefecture-level city since 2015' },
  { from: '542200', to: '540500', note: '山南地区 → 山南市 (2016)' },
  { from: '542400', to: '540600', note: '那曲地区 → 那曲市 (2017)' },
  { from: '542600', to: '540400', note: '林芝地区 → 林芝市 (2015)' },
  { from: '652100', to: '650400', note: '吐鲁番地区 → 吐鲁番市 (2015)' },
  { from: '652200', to: '650500', note: '哈密地区 → 哈密市 (2016)' },
];

const REMAP_BY_SOURCE = new Map(CODE_REMAPS.map((r) => [r.from, r]));

export type Resolution = { ok: true; code: string; name: string } | { ok: false; code: string };

/** The current code and official name for a source feature id, or `ok: false` if stale. */
export function resolveCode(sourceCode: string, catalog: AdminCatalog): Resolution {
  const code = REMAP_BY_SOURCE.get(sourceCode)?.to ?? sourceCode;
  const name = currentName(catalog, code);
  return name === undefined ? { ok: false, code: sourceCode } : { ok: true, code, name };
}
