/**
 * What `atlas scenario` prints: the table with its assumptions above it, CSV, or JSON (whose
 * fields SCENARIO_HELP documents). Rows come biggest loss first, as in the app.
 */
import type { Entity, Level } from '../../core/model';
import {
  ELASTICITY_INFO,
  LOSS_FIRST,
  PRESETS,
  shockKey,
  sortResultRows,
  type ComputedRun,
  type PreparedRun,
  type ScenarioRow,
  type ScenarioSpec,
} from '../../core/scenario';
import type { Format } from '../args';
import type { CliData } from '../data-source';
import { csvLine, json, renderTable } from '../format';
import type { Output } from '../io';

export interface ScenarioReport {
  data: CliData;
  year: number;
  level: Level;
  spec: ScenarioSpec;
  name: string;
  prepared: PreparedRun;
  computed: ComputedRun;
  /** How many user-entered shares were applied. */
  userShares: number;
}

const CSV_FIELDS = [
  'code',
  'name_zh',
  'name_en',
  'baseline',
  'scenario',
  'delta',
  'delta_pct',
  'rank',
  'new_rank',
  'result',
  'scenario_low',
  'scenario_high',
  'depends_on_missing_share',
  'uses_proxy',
  'baseline_source_id',
  'missing_shares',
];

const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e4) / 1e4);
const show1 = (x: number | null): string => (x === null ? '—' : x.toFixed(1));
const signed = (x: number | null, digits = 1): string =>
  x === null ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(digits)}`;

export function printPresets(out: Output, format: Format): void {
  const shocks = (p: (typeof PRESETS)[number]) =>
    p.shocks.map((s) => `${shockKey(s)}:${s.pct > 0 ? '+' : ''}${s.pct}`);
  if (format === 'json') {
    out.line(
      json(
        PRESETS.map((p) => ({
          id: p.id,
          name_zh: p.name.zh,
          name_en: p.name.en,
          shocks: shocks(p),
          assumptions_zh: p.assumptions.zh,
          assumptions_en: p.assumptions.en,
        })),
      ),
    );
    return;
  }
  for (const p of PRESETS) {
    out.line(`${p.id}  ${p.name.en} / ${p.name.zh}`);
    out.line(`  shocks: ${shocks(p).join(' ')}`);
    out.line(`  ${p.assumptions.en}`);
  }
}

function jsonRow(row: ScenarioRow, entity: Entity | undefined, report: ScenarioReport) {
  const m = row.total;
  const base = report.prepared.baseline.entities.find((e) => e.code === row.code);
  return {
    code: row.code,
    name_zh: entity?.shortZh ?? row.code,
    name_en: entity?.nameEn ?? row.code,
    baseline: round4(m.baseline),
    scenario: round4(m.scenario),
    delta: round4(m.delta),
    delta_pct: round4(m.deltaPct),
    rank: m.rank,
    new_rank: m.newRank,
    result: m.scenario === null ? 'range' : 'point',
    scenario_low: round4(m.low),
    scenario_high: round4(m.high),
    depends_on_missing_share: row.dependsOnMissing,
    uses_proxy: row.usesProxy,
    baseline_source_id: base?.sources.total ?? null,
    missing_shares: row.usedShares
      .filter((u) => u.pct === null)
      .map((u) => `${u.flow}:${u.dimension}:${u.category}`),
  };
}

function notes(row: ScenarioRow): string {
  const out: string[] = [];
  if (row.total.scenario === null && row.total.low !== null) out.push('range: total only');
  if (row.dependsOnMissing) out.push('missing share');
  if (row.usesProxy) out.push('proxy share');
  if (row.usedShares.some((u) => u.fromTotal && u.pct !== null)) out.push('share of total');
  return out.join('; ');
}

function assumptionLines(r: ScenarioReport): string[] {
  const e = r.spec.elasticities;
  const plural = r.level === 'city' ? 'cities' : 'provinces';
  const totalOnly = r.prepared.baseline.entities.filter((x) => x.kind === 'total_only');
  return [
    `Scenario: ${r.name} · base year ${r.year} · ${plural}`,
    `Shocks: ${r.spec.shocks.map((s) => `${shockKey(s)} ${s.pct > 0 ? '+' : ''}${s.pct}%`).join(', ') || 'none'}`,
    `Elasticities: ε_Y ${e.incomeElasticity} (sourced ${ELASTICITY_INFO.incomeElasticity.low}–${ELASTICITY_INFO.incomeElasticity.high}), ` +
      `ε_P ${e.priceElasticity} (sourced ${ELASTICITY_INFO.priceElasticity.low} to ${ELASTICITY_INFO.priceElasticity.high}), ` +
      `import content of processing exports ${e.processingImportContent ?? 'not applied (no sourced value)'}`,
    `Coverage: ${r.prepared.baseline.entities.length} ${plural} have a ${r.year} full-year figure; ` +
      `${totalOnly.length} publish a total without exports and imports, so a shock that moves the two ` +
      'differently gives them a range. ' +
      `${r.computed.missing.length} rest on a share no source gives (counted as 0). ` +
      `User-entered shares applied: ${r.userShares}.`,
    'Model: shift-share on published shares (often from partial-year releases); not a forecast.',
  ];
}

export function printScenario(out: Output, format: Format, report: ScenarioReport): void {
  const entities = new Map(report.data.reference.entities.map((e) => [e.code as string, e]));
  const rows = sortResultRows(report.computed.rows, LOSS_FIRST, {
    nameOf: (r) => entities.get(r.code)?.nameEn ?? r.code,
    compare: (a, b) => a.localeCompare(b),
  });
  if (format === 'json') {
    out.line(json(rows.map((row) => jsonRow(row, entities.get(row.code), report))));
    return;
  }
  if (format === 'csv') {
    const objects = rows.map((row) => jsonRow(row, entities.get(row.code), report));
    out.line(csvLine(CSV_FIELDS));
    for (const o of objects) {
      const cells = CSV_FIELDS.map((k) => (o as Record<string, unknown>)[k]);
      out.line(
        csvLine(
          cells.map((v) =>
            Array.isArray(v)
              ? v.join(';')
              : typeof v === 'boolean'
                ? String(v)
                : (v as string | number | null),
          ),
        ),
      );
    }
    for (const line of assumptionLines(report)) out.note(line);
    return;
  }
  for (const line of assumptionLines(report)) out.line(line);
  out.line();
  const table = renderTable(
    [
      { header: 'Rank', right: true },
      { header: 'New', right: true },
      { header: report.level === 'province' ? 'Province' : 'City' },
      { header: 'English' },
      { header: 'Baseline 亿元', right: true },
      { header: 'Scenario 亿元', right: true },
      { header: 'Δ 亿元', right: true },
      { header: 'Δ %', right: true },
      { header: 'Notes' },
    ],
    rows.map((row) => {
      const m = row.total;
      const entity = entities.get(row.code);
      const range = m.scenario === null && m.low !== null;
      return [
        m.rank === null ? '' : String(m.rank),
        m.newRank === null ? '' : String(m.newRank),
        entity?.shortZh ?? row.code,
        entity?.nameEn ?? '',
        show1(m.baseline),
        range ? `${show1(m.low)}–${show1(m.high)}` : show1(m.scenario),
        range
          ? `${signed(m.low! - m.baseline!)}…${signed(m.high! - m.baseline!)}`
          : signed(m.delta),
        range ? '' : signed(m.deltaPct, 2),
        notes(row),
      ];
    }),
  );
  for (const line of table) out.line(line);
  out.line();
  out.line('Rank/New: among entities with a point result (ties share a rank).');
  out.line(`Data: ${report.data.origin}.`);
}
