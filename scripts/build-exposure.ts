/**
 * Builds resources/data/exposure.json, the default exposure profiles of the scenario model, from
 * shared/data/breakdowns*.csv (breakdowns.csv, breakdowns_national.csv, breakdowns_more.csv) and
 * sources*.csv and the reference tables.
 *
 *   npx tsx scripts/build-exposure.ts    # ATLAS_SHARED_DIR=/path/to/data overrides the input folder
 *
 * Only rows with a share_pct become shares (a value without a share is never divided by a total
 * here). Selection and residuals are core/scenario's rules (see its README); profiles hold each
 * entity's own shares, and the app's proxy chain (own → own earlier year → province → nation)
 * fills the rest at run time. This script resolves names to codes, writes the file and prints
 * coverage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  NATIONAL_CODE,
  asSourceId,
  type Adcode,
  type Entity,
  type Flag,
  type ReferenceTables,
} from '../core/model';
import {
  categoryRole,
  buildExposureProfiles,
  EXPOSURE_SCHEMA_VERSION,
  type ExposureFile,
  type ShareCandidate,
  type AskUser,
  type ExposureDimension,
  type ExposureProfile,
  type ShareBasis,
  EXPOSURE_DIMENSIONS,
} from '../core/scenario';
import { readCorrections } from './data/read-corrections';
import { readCsv, readSources, sha256Of } from './data/read-shared';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_PATH = path.join(REPO_ROOT, 'resources/data/exposure.json');
const REFERENCE_PATH = path.join(REPO_ROOT, 'resources/reference/entities.json');
const DEFAULT_BASE_YEAR = 2025;

/** The curated files, in the order their rows are read. */
const BREAKDOWN_FILES = ['breakdowns.csv', 'breakdowns_national.csv', 'breakdowns_more.csv'];
const SOURCE_FILES = ['sources.csv', 'sources_more.csv'];
/** The project's own curated rows and corrections (scripts/data/curated, see its README). */
const CURATED_DIR = path.join(REPO_ROOT, 'scripts/data/curated');
const CURATED_BREAKDOWNS = path.join(CURATED_DIR, 'breakdowns_project.csv');
const CORRECTIONS = path.join(CURATED_DIR, 'corrections.csv');

const BASIS: Readonly<Record<string, ShareBasis>> = {
  total: 'total',
  export: 'export',
  import: 'import',
};

export interface BuildReport {
  file: ExposureFile;
  problems: string[];
}

function uniqueEntity(matches: Entity[], what: string, nameEn?: string): Entity {
  const narrowed =
    matches.length > 1 && nameEn ? matches.filter((m) => m.nameEn === nameEn) : matches;
  if (narrowed.length !== 1)
    throw new Error(`${what}: ${narrowed.length} matches in the reference tables`);
  return narrowed[0] as Entity;
}

/** Reads the breakdown files into share candidates; returns rows left out as notes. */
export function buildExposureFile(
  sharedDir: string,
  reference: ReferenceTables,
  curated: { breakdowns: string; corrections: string; sources: string } = {
    breakdowns: CURATED_BREAKDOWNS,
    corrections: CORRECTIONS,
    sources: path.join(CURATED_DIR, 'sources.csv'),
  },
): BuildReport {
  const present = (names: string[]) =>
    names.map((n) => path.join(sharedDir, n)).filter((f) => existsSync(f));
  const breakdownFiles = [...present(BREAKDOWN_FILES), curated.breakdowns].filter(existsSync);
  const sourceFiles = [...present(SOURCE_FILES), curated.sources].filter(existsSync);
  const sources = new Map(
    sourceFiles.flatMap((f) => readSources(f)).map((s) => [s.id as string, s] as const),
  );
  // Shares the project's review found wrong are left out, each checked against its row.
  const withheld = new Map(
    (existsSync(curated.corrections) ? readCorrections(curated.corrections) : [])
      .filter((c) => c.file.startsWith('breakdowns') && c.action === 'withhold')
      .map((c) => [`${c.file}:${c.line}`, c]),
  );
  const byLevelName = (level: string, name: string) =>
    reference.entities.filter(
      (e) => e.level === level && (e.shortZh === name || e.aliases.includes(name)),
    );
  // A municipality's breakdown rows are city rows; they describe the province-level unit too.
  const provinceTwin = (city: Entity): Entity | undefined =>
    reference.entities.find(
      (e) => e.level === 'province' && e.code === city.provinceCode && e.shortZh === city.shortZh,
    );

  const problems: string[] = [];
  const counts = { noShare: 0, enterprise: 0, unknownCategory: 0 };
  const candidates: ShareCandidate[] = [];
  const rows = breakdownFiles.flatMap((file) =>
    readCsv(file).map((r) => ({ ...r, where: `${path.basename(file)}:${r.line}` })),
  );
  for (const { where, fields: f } of rows) {
    const correction = withheld.get(where);
    if (correction) {
      if (
        f.name_zh !== correction.nameZh ||
        Number(f.year) !== correction.year ||
        f.source_id !== correction.sourceId
      ) {
        throw new Error(
          `${correction.at}: ${where} is not ${correction.nameZh} ${correction.year} ${correction.sourceId}`,
        );
      }
      withheld.delete(where);
      problems.push(`${where}: withheld — ${correction.reason}`);
      continue;
    }
    const dimension = f.dimension as ExposureDimension;
    if (f.dimension === 'enterprise') {
      counts.enterprise++;
      continue;
    }
    if (!EXPOSURE_DIMENSIONS.includes(dimension))
      throw new Error(`${where}: unknown dimension ${f.dimension}`);
    if (!categoryRole(dimension, f.category ?? '')) {
      counts.unknownCategory++;
      problems.push(`${where}: category ${f.category} of ${dimension} is not in the category map`);
      continue;
    }
    if (!f.share_pct) {
      counts.noShare++;
      continue;
    }
    const source = sources.get(f.source_id ?? '');
    if (!source) throw new Error(`${where}: unknown source ${f.source_id}`);
    const entity =
      f.level === 'national'
        ? reference.entities.find((e) => e.code === NATIONAL_CODE)
        : uniqueEntity(
            byLevelName(f.level ?? '', f.name_zh ?? ''),
            `${where} ${f.level} ${f.name_zh}`,
            f.name_en,
          );
    if (!entity) throw new Error(`${where}: no national entity`);
    const note = f.note ?? '';
    const flag = (f.flag || null) as Flag | null;
    const candidate: ShareCandidate = {
      code: entity.code,
      dimension,
      basis:
        BASIS[f.flow ?? ''] ??
        (() => {
          throw new Error(`${where}: unknown flow ${f.flow}`);
        })(),
      category: f.category as string,
      pct: Number(f.share_pct),
      year: Number(f.year),
      period: f.period as string,
      sourceId: asSourceId(source.id),
      sourceKind: source.kind,
      publishedDate: source.publishedDate,
      flag,
      derived: flag === 'derived' || /Also:[^|]*\bderived\b/.test(note),
      label:
        note
          .split('|')[0]
          ?.replace(/^label:\s*/, '')
          .trim() ?? '',
    };
    if (!Number.isFinite(candidate.pct)) throw new Error(`${where}: bad share_pct ${f.share_pct}`);
    candidates.push(candidate);
    const twin = entity.level === 'city' ? provinceTwin(entity) : undefined;
    if (twin) candidates.push({ ...candidate, code: twin.code });
  }

  for (const c of withheld.values()) throw new Error(`${c.at}: no row ${c.file}:${c.line}`);

  const tongling = uniqueEntity(byLevelName('city', '铜陵'), 'Tongling');
  const askUser: AskUser[] = [
    {
      code: tongling.code,
      dimension: 'import_commodity',
      basis: 'import',
      category: 'copper_ore',
      note:
        'No copper-ore share exists for Tongling (shared/data README: the "imports ≥ ~77% of trade" ' +
        'row was a lower bound, not a breakdown). Enter one to model a copper-price shock.',
    },
  ];
  const codes = [
    ...new Set<Adcode>([...candidates.map((c) => c.code), ...askUser.map((a) => a.code)]),
  ].sort();
  const profiles = buildExposureProfiles({ candidates, codes, askUser }, DEFAULT_BASE_YEAR);
  const notes = [
    `${counts.noShare} rows have a value but no share_pct: not converted into shares`,
    `${counts.enterprise} enterprise-type rows: not a dimension of the scenario model`,
    `${candidates.filter((c) => c.code.endsWith('0000')).length} candidates on province-level codes (incl. municipality twins)`,
  ];
  if (!candidates.some((c) => c.code === NATIONAL_CODE)) {
    notes.push('no national share rows: the proxy chain has no national step');
  }
  const builtFrom = [...breakdownFiles, ...sourceFiles]
    .map((f) => `${path.basename(f)} sha256:${sha256Of(f)}`)
    .join('; ');
  const file: ExposureFile = {
    schemaVersion: EXPOSURE_SCHEMA_VERSION,
    builtFrom,
    defaultBaseYear: DEFAULT_BASE_YEAR,
    nationalCode: NATIONAL_CODE,
    codes,
    askUser,
    candidates,
    profiles,
    notes,
  };
  return { file, problems };
}

/** Per dimension and basis: how many entities of each level have a share of their own. */
export function coverageLines(
  profiles: readonly ExposureProfile[],
  reference: ReferenceTables,
): string[] {
  const level = new Map(reference.entities.map((e) => [e.code as string, e.level]));
  const tally = new Map<string, Record<string, number>>();
  for (const p of profiles) {
    for (const d of p.dimensions) {
      const named = d.shares.filter(
        (s) => s.pct !== null && !['rest_of_world', 'other'].includes(s.category),
      );
      if (named.length === 0) continue;
      const key = `${d.dimension}/${d.basis}`;
      const row = tally.get(key) ?? {};
      const bucket = `${level.get(p.code)}`;
      row[bucket] = (row[bucket] ?? 0) + 1;
      tally.set(key, row);
    }
  }
  return [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, row]) =>
        `${key.padEnd(28)} ${Object.entries(row)
          .sort()
          .map(([k, n]) => `${k}=${n}`)
          .join('  ')}`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sharedDir = process.env.ATLAS_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared/data');
  const reference = JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as ReferenceTables;
  const { file, problems } = buildExposureFile(sharedDir, reference);
  for (const p of problems) console.warn(`warning: ${p}`);
  mkdirSync(path.dirname(OUT_PATH), { recursive: true });
  writeFileSync(OUT_PATH, `${JSON.stringify(file, null, 1)}\n`);
  console.log(
    `Wrote ${path.relative(REPO_ROOT, OUT_PATH)}: ${file.candidates.length} share rows, ` +
      `${file.profiles.length} profiles (base year ${file.defaultBaseYear})`,
  );
  for (const n of file.notes) console.log(`  note: ${n}`);
  console.log('Coverage (entities with at least one named share of their own, by level):');
  for (const line of coverageLines(file.profiles, reference)) console.log(`  ${line}`);
}
