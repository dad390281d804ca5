import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { synthEntity, synthReference } from '../core/data';
import type { ReferenceTables } from '../core/model';
import type { ExposureProfile } from '../core/scenario';
import { buildExposureFile } from './build-exposure';

const HEADER =
  'level,name_zh,name_en,year,period,flow,dimension,category,value_yi,share_pct,yoy_pct,source_id,flag,note';
const SOURCES = [
  'source_id,title,publisher,url,published_date,kind',
  'S001,t,p,https://x.test/1,2025-01-01,news_agency',
  'S002,t,p,https://x.test/2,,news_repost',
].join('\n');

const reference = synthReference([
  synthEntity('100000', 'national', '中国', 'China'),
  synthEntity('310000', 'province', '上海', 'Shanghai'),
  synthEntity('310100', 'city', '上海', 'Shanghai'),
  synthEntity('340000', 'province', '安徽', 'Anhui'),
  synthEntity('340100', 'city', '合肥', 'Hefei'),
  synthEntity('340200', 'city', '芜湖', 'Wuhu'),
  synthEntity('340700', 'city', '铜陵', 'Tongling'),
  synthEntity('320000', 'province', '江苏', 'Jiangsu'),
  synthEntity('320100', 'city', '南京', 'Nanjing'),
  synthEntity('320200', 'city', '无锡', 'Wuxi'),
  synthEntity('330782', 'county_city', '义乌', 'Yiwu'),
]);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildFrom(rows: string[], more: Record<string, string[]> = {}, ref = reference) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exposure-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'breakdowns.csv'), [HEADER, ...rows].join('\n') + '\n');
  writeFileSync(path.join(dir, 'sources.csv'), SOURCES + '\n');
  for (const [name, lines] of Object.entries(more)) {
    writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  }
  // Only the synthesised files: none of the project's curated rows or corrections.
  const none = path.join(dir, 'none.csv');
  return buildExposureFile(dir, ref as ReferenceTables, {
    breakdowns: more['breakdowns_project.csv'] ? path.join(dir, 'breakdowns_project.csv') : none,
    corrections: more['corrections.csv'] ? path.join(dir, 'corrections.csv') : none,
    sources: none,
  });
}

const share = (profiles: ExposureProfile[], code: string, dimension: string, category: string) =>
  profiles
    .find((p) => p.code === code)
    ?.dimensions.find((d) => d.dimension === dimension)
    ?.shares.find((s) => s.category === category);

describe('build-exposure', () => {
  const { file } = buildFrom([
    'city,上海,Shanghai,2024,Jan-Aug,total,trade_mode,general,16800,59.8,,S001,,label: 一般贸易',
    'city,上海,Shanghai,2024,Jan-Aug,total,trade_mode,processing,3759.7,13.4,,S001,derived,label: 加工贸易',
    'province,安徽,Anhui,2024,full_year,total,partner,us,967.1,11.2,,S002,derived,label: 美国',
    'province,安徽,Anhui,2023,Jan-Sep,import,import_commodity,copper_ore,463.8,41.5,,S002,not_comparable,label: 铜矿砂',
    'province,江苏,Jiangsu,2025,full_year,total,partner,asean,,,,S001,,label: 东盟',
    'city,上海,Shanghai,2024,Jan-Jul,total,enterprise,private,,50,,S001,,label: 民营企业',
  ]);

  it('keeps shares as published and labels derived ones', () => {
    expect(share(file.profiles, '310100', 'trade_mode', 'general')).toMatchObject({
      pct: 59.8,
      provenance: 'published',
    });
    expect(share(file.profiles, '310100', 'trade_mode', 'processing')?.provenance).toBe('derived');
  });

  it('gives a municipality city row to its province-level code too', () => {
    expect(share(file.profiles, '310000', 'trade_mode', 'general')?.pct).toBe(59.8);
  });

  it("keeps province rows as the province's own (the app's chain may borrow them, labelled)", () => {
    expect(share(file.profiles, '340000', 'partner', 'us')).toMatchObject({
      pct: 11.2,
      provenance: 'derived',
    });
    expect(share(file.profiles, '340700', 'partner', 'us')).toBeUndefined();
    expect(file.profiles.some((p) => p.code === '320100')).toBe(false);
  });

  it('leaves Tongling copper ore missing and asks for it', () => {
    expect(share(file.profiles, '340700', 'import_commodity', 'copper_ore')).toMatchObject({
      pct: null,
      provenance: 'missing',
    });
    expect(file.askUser.map((a) => `${a.code}:${a.category}`)).toEqual(['340700:copper_ore']);
  });

  it('records what it left out', () => {
    expect(file.notes).toContain('1 rows have a value but no share_pct: not converted into shares');
    expect(file.notes).toContain('1 enterprise-type rows: not a dimension of the scenario model');
    expect(file.notes).toContain('no national share rows: the proxy chain has no national step');
  });

  it('reads breakdowns_national.csv, breakdowns_more.csv and sources_more.csv too', () => {
    const { file: more } = buildFrom([], {
      'breakdowns_national.csv': [
        HEADER,
        'national,中国,China,2025,full_year,export,partner,us,30100,9.6,-19.5,S590,low_reliability,label: 对美出口',
      ],
      'breakdowns_more.csv': [
        HEADER,
        'county_city,义乌,Yiwu,2024,full_year,export,partner,us,,15,,S606,low_reliability,label: US',
      ],
      'sources_more.csv': [
        'source_id,title,publisher,url,published_date,kind',
        'S590,t,p,https://x.test/590,,blog_or_qa',
        'S606,t,p,https://x.test/606,,news_repost',
      ],
    });
    expect(share(more.profiles, '100000', 'partner', 'us')).toMatchObject({ pct: 9.6 });
    expect(share(more.profiles, '330782', 'partner', 'us')).toMatchObject({ pct: 15 });
    expect(more.builtFrom).toContain('breakdowns_more.csv sha256:');
    expect(more.builtFrom).toContain('sources_more.csv sha256:');
  });

  it('leaves out a share the project review withheld, and reads the project’s own rows', () => {
    const { file, problems } = buildFrom([], {
      'breakdowns_national.csv': [
        HEADER,
        'national,中国,China,2025,full_year,export,partner,us,30100,9.6,-19.5,S590,low_reliability,label: 对美出口',
      ],
      'breakdowns_project.csv': [
        HEADER,
        'national,中国,China,2025,full_year,export,partner,us,,11.1,-20,S001,derived,label: 对美出口',
      ],
      'corrections.csv': [
        'file,line,name_zh,year,source_id,action,flag,measures,reason',
        'breakdowns_national.csv,2,中国,2025,S590,withhold,,share_pct,9.6% is not the US share',
      ],
      'sources_more.csv': [
        'source_id,title,publisher,url,published_date,kind',
        'S590,t,p,https://x.test/590,,blog_or_qa',
      ],
    });
    expect(share(file.profiles, '100000', 'partner', 'us')).toMatchObject({ pct: 11.1 });
    expect(problems).toContain('breakdowns_national.csv:2: withheld — 9.6% is not the US share');
  });

  it('fails on a name the reference tables do not know', () => {
    expect(() =>
      buildFrom(['city,火星,Mars,2024,full_year,total,partner,us,,10,,S001,,label: x']),
    ).toThrow(/火星/);
  });
});

describe('the bundled exposure.json', () => {
  it('has no copper-ore share for Tongling, and a national US export share', () => {
    const bundled = JSON.parse(
      readFileSync(
        path.resolve(
          path.dirname(fileURLToPath(import.meta.url)),
          '../resources/data/exposure.json',
        ),
        'utf8',
      ),
    ) as { profiles: ExposureProfile[] };
    const s = share(bundled.profiles, '340700', 'import_commodity', 'copper_ore');
    expect(s?.pct).toBeNull();
    expect(share(bundled.profiles, '100000', 'partner', 'us')?.pct).toBeGreaterThan(0);
  });
});
