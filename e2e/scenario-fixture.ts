/**
 * A synthesised bundled dataset for the scenario specs: real entity codes (so the real reference
 * tables apply) with made-up 2025 figures, so every number the specs check is worked out by hand
 * below. The exposure shares are a frozen copy of the shipped ones for these cities, their
 * provinces and the nation (e2e/scenario-exposure.json), so a data rebuild cannot move the specs:
 * the proxy chain finds, for exports to the US,
 *
 *   上海 own 2023      14.3% of total trade (S126)        range ×0.8–×1.2 = 11.44–17.16%
 *   深圳 own 2024      10.5% of total trade (S598)        range 8.4–12.6%
 *   东莞 province 广东 2023  12% of total trade (S008)      range 6–18%
 *   金华 national 2025  11.1% of exports (S631, derived)  range 5.55–16.65%
 *   铜陵 province 安徽 2024  11.2% of total trade (S024)    range 5.6–16.8%
 *
 * 深圳 publishes only a total in 2025 and borrows its own 2023 split (exports 25000 of 40000 =
 * 62.5%, range 50–75%); 铜陵 publishes only a total and no step has a split (no province or
 * national flows here), so its result under an exports shock is a range.
 */
import { synthDataset, synthRecord, synthSource } from '../core/data';
import type { ExposureFile } from '../core/scenario';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const exposureText = readFileSync(join(import.meta.dirname, 'scenario-exposure.json'), 'utf8');
export const scenarioExposure = JSON.parse(exposureText) as ExposureFile;

/**
 * A synthesised record for every source the frozen shares cite, so the sources list and a
 * briefing's appendix name them as the bundled data would (not "no such source").
 */
const exposureSources = [...new Set(exposureText.match(/"S\d+"/g) ?? [])]
  .map((quoted) => quoted.slice(1, -1))
  .sort()
  .map((id) => synthSource(id, { title: `Synthesised exposure source ${id}` }));

export const CODES = {
  shenzhen: '440300',
  shanghai: '310100',
  dongguan: '441900',
  jinhua: '330700',
  tongling: '340700',
} as const;

export const scenarioDataset = synthDataset(
  [
    synthRecord(CODES.shenzhen, 2025, { total: 45500 }),
    synthRecord(CODES.shenzhen, 2023, { total: 40000, exports: 25000, imports: 15000 }),
    synthRecord(CODES.shanghai, 2025, { total: 45100, exports: 20200, imports: 24900 }),
    synthRecord(CODES.dongguan, 2025, { total: 15800, exports: 9707.4, imports: 6092.6 }),
    synthRecord(CODES.jinhua, 2025, { total: 10500, exports: 9200, imports: 1300 }),
    synthRecord(CODES.tongling, 2025, { total: 1265 }),
  ],
  [synthSource('S001', { title: 'Synthesised yearly figures' }), ...exposureSources],
);
