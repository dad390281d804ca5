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
  type MeasureRow,
  type PreparedRun,
  type ProxyRangeRule,
  type ScenarioRow,
  type ScenarioSpec,
  type SplitShare,
  type UsedShare,
} from '../../core/scenario';
import type { Format } from '../args';
import type { CliData } from '../data-source';
import { groupDigits, signedNumber } from '../../core/format';
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
  proxyRange: ProxyRangeRule;
}

const CSV_FIELDS = [
  'code',
  'name_zh',
  'name_en',
  'result',
  'baseline',
  'scenario',
  'delta',
  'delta_pct',
  'scenario_low',
  'scenario_high',
  'rank',
  'new_rank',
  'rank_change',
  'uses_proxy',
  'basis',
  'baseline_source_id',
  'missing_shares',
];

const RESULT: Readonly<Record<MeasureRow['status'], string>> = {
  point: 'point',
  range_only: 'range',
  not_computable: 'not_computable',
  no_baseline: 'no_baseline',
};

const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e4) / 1e4);
// Computed values: rounded by the shared number rules (no "-0.0"), ungrouped for scripts.
const show1 = (x: number | null): string =>
  x === null ? '—' : groupDigits(x, 1).replace(/,/g, '');
const signed = (x: number | null, digits = 1): string =>
  x === null ? '—' : signedNumber(x, digits, false);

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

type NameOf = (code: string | null) => string;

/** The step of the chain as the issue and the help text spell it: 'own 2023', 'national proxy 2025'. */
export function basisLabel(
  u: Pick<UsedShare, 'step' | 'year' | 'fromCode'>,
  nameOf: NameOf,
): string {
  const year = u.year ?? '';
  switch (u.step) {
    case 'user':
      return 'user';
    case 'own':
      return 'own';
    case 'own_earlier':
      return u.year === null ? 'own (mixed releases)' : `own ${year}`;
    case 'province':
      return `province proxy ${nameOf(u.fromCode)} ${year}`.trim();
    case 'national':
      return `national proxy ${year}`.trim();
    default:
      return 'not computable';
  }
}

function splitLabel(split: SplitShare, nameOf: NameOf): string {
  if (split.step === 'own') return 'own split';
  return `${basisLabel({ step: split.step, year: split.year, fromCode: split.fromCode }, nameOf)} split`;
}

function missingReason(row: ScenarioRow, nameOf: NameOf): string | null {
  const missing = row.usedShares.filter((u) => u.step === null);
  if (!missing.length) return null;
  return missing
    .map((u) => {
      const what = `${u.flow}:${u.dimension}:${u.category}`;
      if (u.reason === 'ask_user') return `${what}: no source gives it; enter it as a user share`;
      return `${what}: no share for ${u.tried.map(nameOf).join(', ')}; enter it as a user share`;
    })
    .join('; ');
}

function jsonRow(row: ScenarioRow, entity: Entity | undefined, report: ScenarioReport) {
  const m = row.total;
  const base = report.prepared.baseline.entities.find((e) => e.code === row.code);
  const nameOf = nameLookup(report);
  const computable = m.status === 'point' || m.status === 'range_only';
  return {
    code: row.code,
    name_zh: entity?.shortZh ?? row.code,
    name_en: entity?.nameEn ?? row.code,
    result: RESULT[m.status],
    baseline: round4(m.baseline),
    scenario: round4(m.scenario),
    delta: round4(m.delta),
    delta_pct: round4(m.deltaPct),
    scenario_low: computable ? round4(m.low) : null,
    scenario_high: computable ? round4(m.high) : null,
    rank: m.rank,
    new_rank: m.newRank,
    rank_change: m.deltaRank,
    uses_proxy: row.usesProxy,
    baseline_source_id: base?.sources.total ?? null,
    shares: row.usedShares
      .filter((u) => u.step !== null)
      .map((u) => ({
        flow: u.flow,
        dimension: u.dimension,
        category: u.category,
        pct: u.pct,
        low: round4(u.low),
        high: round4(u.high),
        share_of: u.shareOf,
        basis: basisLabel(u, nameOf),
        step: u.step,
        year: u.year,
        period: u.period,
        from_code: u.fromCode,
        from_name: nameOf(u.fromCode),
        source_id: u.sourceId,
      })),
    split: row.split
      ? {
          export_share: round4(row.split.exportShare),
          low: round4(row.split.low),
          high: round4(row.split.high),
          basis: splitLabel(row.split, nameOf),
          year: row.split.year,
          from_code: row.split.fromCode,
          exports_source_id: row.split.exportsSourceId,
          imports_source_id: row.split.importsSourceId,
        }
      : null,
    missing_shares: row.usedShares
      .filter((u) => u.step === null)
      .map((u) => `${u.flow}:${u.dimension}:${u.category}`),
    not_computable_reason: m.status === 'not_computable' ? missingReason(row, nameOf) : null,
  };
}

function nameLookup(report: ScenarioReport): NameOf {
  const byCode = new Map(report.data.reference.entities.map((e) => [e.code as string, e]));
  return (code) => (code === null ? '' : (byCode.get(code)?.shortZh ?? code));
}

/** Distinct bases a row rests on, for the table and CSV: 'national proxy 2025; own 2023 split'. */
function basisSummary(row: ScenarioRow, nameOf: NameOf): string {
  const labels = row.usedShares.filter((u) => u.step !== null).map((u) => basisLabel(u, nameOf));
  if (row.split) labels.push(splitLabel(row.split, nameOf));
  return [...new Set(labels)].join('; ');
}

function notes(row: ScenarioRow): string {
  const out: string[] = [];
  if (row.total.status === 'range_only') out.push('range: no split');
  if (row.total.status === 'not_computable') out.push('not computable');
  if (row.usedShares.some((u) => u.shareOf === 'total' && u.step !== null))
    out.push('share of total');
  return out.join('; ');
}

function assumptionLines(r: ScenarioReport): string[] {
  const e = r.spec.elasticities;
  const plural = r.level === 'city' ? 'cities' : 'provinces';
  const totalOnly = r.prepared.baseline.entities.filter((x) => x.kind === 'total_only');
  const nameOf = nameLookup(r);
  const proxied = r.computed.rows.filter((row) => row.usesProxy);
  const rule = r.proxyRange;
  const factor = (f: { low: number; high: number }) => `×${f.low}–×${f.high}`;
  return [
    `Scenario: ${r.name} · base year ${r.year} · ${plural}`,
    `Shocks: ${r.spec.shocks.map((s) => `${shockKey(s)} ${s.pct > 0 ? '+' : ''}${s.pct}%`).join(', ') || 'none'}`,
    `Elasticities: ε_Y ${e.incomeElasticity} (sourced ${ELASTICITY_INFO.incomeElasticity.low}–${ELASTICITY_INFO.incomeElasticity.high}), ` +
      `ε_P ${e.priceElasticity} (sourced ${ELASTICITY_INFO.priceElasticity.low} to ${ELASTICITY_INFO.priceElasticity.high}), ` +
      `import content of processing exports ${e.processingImportContent ?? 'not applied (no sourced value)'}`,
    `Coverage: ${r.prepared.baseline.entities.length} ${plural} have a ${r.year} full-year figure; ` +
      `${totalOnly.length} publish a total without exports and imports and borrow a split along the ` +
      `chain. ${r.computed.notComputable.length} are not computable (a share no step has). ` +
      `User-entered shares applied: ${r.userShares}.`,
    `Stand-in shares (proxy rule: own earlier year ${factor(rule.own_earlier)}, province ` +
      `${factor(rule.province)}, national ${factor(rule.national)}): ` +
      (proxied.length
        ? proxied.map((row) => `${nameOf(row.code)} (${basisSummary(row, nameOf)})`).join(', ')
        : 'none'),
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
    const nameOf = nameLookup(report);
    const objects = rows.map((row) => ({
      ...jsonRow(row, entities.get(row.code), report),
      basis: basisSummary(row, nameOf),
    }));
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
      { header: 'Basis' },
      { header: 'Notes' },
    ],
    rows.map((row) => {
      const m = row.total;
      const entity = entities.get(row.code);
      const range = m.status === 'range_only';
      const spread = m.status === 'point' && m.low !== m.high;
      const nc = m.status === 'not_computable';
      return [
        m.rank === null ? '' : String(m.rank),
        m.newRank === null ? '' : String(m.newRank),
        entity?.shortZh ?? row.code,
        entity?.nameEn ?? '',
        show1(m.baseline),
        nc
          ? 'not computable'
          : range
            ? `${show1(m.low)}–${show1(m.high)}`
            : `${show1(m.scenario)}${spread ? ` (${show1(m.low)}–${show1(m.high)})` : ''}`,
        range || nc
          ? range
            ? `${signed(m.low! - m.baseline!)}…${signed(m.high! - m.baseline!)}`
            : '—'
          : signed(m.delta),
        range || nc ? '' : signed(m.deltaPct, 2),
        basisSummary(row, nameLookup(report)),
        notes(row),
      ];
    }),
  );
  for (const line of table) out.line(line);
  out.line();
  out.line(
    "Rank: the Rankings view's rank. New: among those ranked entities with a point result " +
      '(ties share a rank). Scenario (low–high): stand-in shares at the ends of their ranges.',
  );
  out.line(`Data: ${report.data.origin}.`);
}
