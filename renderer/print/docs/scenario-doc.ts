/**
 * A scenario on paper: its assumptions in words (what every result rests on), the results of
 * every entity with a baseline (ranges where stand-in shares are used, Monte Carlo p5–p95 when
 * the pin showed a run), the basis of each share, and the tornado of the focused city. Computed
 * from the pinned scenario file on the current data, with the scenario panel's own engine.
 */
import { computed, onMounted, reactive, watchEffect, type ComputedRef } from 'vue';
import { scenarioOfPin } from '../../../core/briefing/briefing-file';
import type { PinOf } from '../../../core/briefing/pin-state';
import { coverage, yearsWithData, recordAt } from '../../../core/data';
import {
  computeRun,
  ELASTICITY_NAMES,
  exposureOf,
  PRESETS,
  PROXY_STEPS,
  LOSS_FIRST,
  sortResultRows,
  tornado,
  type ScenarioRow,
  specOfFile,
} from '../../../core/scenario';
import type { Adcode, SourceId } from '../../../core/model';
import type { SourceBearer } from '../../../core/print';
import { useScenarioLabels } from '../../components/scenario/use-scenario-labels';
import { useScenario } from '../../stores/scenario';
import type { PrintBlock, PrintDoc } from '../doc';
import { useDocContext } from './doc-context';
import { monteCarloKey, monteCarloState, startMonteCarlo } from './scenario-montecarlo';

export function useScenarioDoc(state: () => PinOf<'scenarios'>): ComputedRef<PrintDoc> {
  const ctx = useDocContext();
  const { t } = ctx;
  const scenario = useScenario();
  onMounted(() => void scenario.ensureExposure());

  const file = computed(() => scenarioOfPin(state()));
  const spec = computed(() => specOfFile(file.value));
  const level = computed(() => state().level);
  const year = computed(() => {
    const d = ctx.data.data;
    const ys = d ? yearsWithData(d.dataset, d.reference, level.value) : [];
    return ys.includes(file.value.year) ? file.value.year : (ys.at(-1) ?? file.value.year);
  });
  const prepared = computed(() =>
    scenario.prepareWith({
      overrides: file.value.shareOverrides,
      year: year.value,
      level: level.value,
      proxyRange: file.value.proxyRange,
    }),
  );
  const run = computed(() => (prepared.value ? computeRun(prepared.value, spec.value) : null));
  const focusCode = computed<Adcode | null>(() => {
    const codes = prepared.value?.prepared.codes ?? [];
    const f = state().focus as Adcode | null;
    if (f && codes.includes(f)) return f;
    const loss = run.value
      ? sortResultRows(run.value.rows, LOSS_FIRST, { nameOf: (r) => r.code, compare: () => 0 })
      : [];
    return loss.find((r) => r.total.scenario !== null)?.code ?? codes[0] ?? null;
  });
  const labels = useScenarioLabels(
    reactive({
      nameOf: scenario.nameOf,
      year,
      focusCode,
      run,
      exposureFor: (code: string) =>
        prepared.value ? exposureOf(prepared.value, code as Adcode) : null,
    }),
  );
  const mcKey = computed(() =>
    monteCarloKey(ctx.data.data?.revision.id ?? 0, level.value, file.value),
  );
  watchEffect(() => {
    if (state().monteCarlo && prepared.value)
      startMonteCarlo(mcKey.value, prepared.value, file.value);
  });

  return computed(() => {
    const s = state();
    const f = file.value;
    const { choice } = ctx;
    const unit = t(`scenario.unit.${s.level}`);
    const title = f.name ? t('print.scenario.title', { name: f.name }) : t('scenario.heading');
    const subtitle = [
      choice(t('scenario.controls.year'), year.value),
      choice(t('level.label'), t(`level.${s.level}`)),
      choice(
        t('scenario.assumptions.shocks'),
        f.shocks.length ? ctx.list(f.shocks.map(labels.shock)) : t('scenario.assumptions.noShocks'),
      ),
      ...(s.monteCarlo && f.monteCarlo
        ? [
            choice(
              t('print.scenario.mc'),
              t('print.scenario.mcRun', { draws: f.monteCarlo.draws, seed: f.monteCarlo.seed }),
            ),
          ]
        : []),
    ];
    const base = { view: 'scenarios' as const, title, subtitle, year: year.value };
    const d = ctx.data.data;
    if (scenario.exposureError)
      return {
        ...base,
        blocks: [],
        sourceIds: [],
        problem: t('scenario.loadFailed', { message: scenario.exposureError }),
      };
    if (!d || !prepared.value || !run.value)
      return { ...base, blocks: [], sourceIds: [], problem: t('app.loading') };

    const collator = new Intl.Collator(ctx.zh() ? 'zh-CN-u-co-pinyin' : 'en');
    const rows = sortResultRows(run.value.rows, s.sort, {
      nameOf: (r) => scenario.nameOf(r.code),
      compare: collator.compare,
    });
    const mc = s.monteCarlo ? monteCarloState(mcKey.value) : null;
    const mcBy = new Map(mc?.status === 'done' ? mc.result.entities.map((e) => [e.code, e]) : []);
    const cover = coverage(d.dataset, d.reference, year.value, s.level);
    const baselineCell = (code: Adcode) => {
      const cells = ctx.data.index ? recordAt(ctx.data.index, code, year.value)?.cells : undefined;
      return cells?.total ?? cells?.exports ?? cells?.imports ?? null;
    };

    const preset = PRESETS.find(
      (p) => JSON.stringify(p.shocks ?? null) === JSON.stringify(f.shocks),
    );
    const standIns = PROXY_STEPS.map((step) => {
      const n = rows.filter(
        (r) => r.usedShares.some((u) => u.step === step) || r.split?.step === step,
      ).length;
      return n ? `${t(`scenarioBasis.rule.${step}`)} (${n})` : '';
    }).filter(Boolean);
    const notComputable = rows
      .filter((r) => r.total.status === 'not_computable')
      .map((r) => scenario.nameOf(r.code));
    const assumptions: PrintBlock = {
      kind: 'facts',
      title: t('scenario.assumptions.title'),
      items: [
        {
          term: t('scenario.assumptions.base'),
          text: t('scenario.assumptions.baseText', { year: year.value, unit }),
        },
        {
          term: t('scenario.assumptions.shocks'),
          text: [
            f.shocks.length
              ? ctx.list(f.shocks.map(labels.shock))
              : t('scenario.assumptions.noShocks'),
            preset ? preset.assumptions[ctx.zh() ? 'zh' : 'en'] : '',
          ]
            .filter(Boolean)
            .join(' · '),
        },
        {
          term: t('scenario.assumptions.elasticities'),
          text: ELASTICITY_NAMES.map((n) => labels.elasticity(n, f.elasticities)).join(' · '),
        },
        {
          term: t('scenario.assumptions.userShares'),
          text: f.shareOverrides.length
            ? ctx.list(
                f.shareOverrides.map(
                  (e) =>
                    `${scenario.nameOf(e.code)} · ${labels.category(e.category)} ${e.pct}% (${labels.basis(e.basis)})`,
                ),
              )
            : t('scenario.assumptions.none'),
        },
        {
          term: t('scenarioBasis.rule.title'),
          text: PROXY_STEPS.map(
            (step) =>
              `${t(`scenarioBasis.rule.${step}`)} ×${f.proxyRange[step].low}–×${f.proxyRange[step].high}`,
          ).join(' · '),
        },
        {
          term: t('scenarioBasis.standIns', { unit }),
          text: [
            standIns.length ? standIns.join(' · ') : t('scenarioBasis.standInsNone'),
            notComputable.length
              ? `${t('scenarioBasis.notComputableList', { unit })} (${notComputable.length}): ${ctx.list(notComputable)}`
              : '',
          ]
            .filter(Boolean)
            .join(' · '),
        },
        {
          term: t('scenario.assumptions.coverage'),
          text: `${ctx.coverageText(cover)} ${t('scenario.assumptions.caveat')}`,
        },
      ],
    };

    const isRange = (r: ScenarioRow) => r.total.status === 'range_only';
    const rangeText = (r: ScenarioRow) =>
      `${labels.amount(r.total.low)} – ${labels.amount(r.total.high)}`;
    const basisText = (r: ScenarioRow) =>
      [
        ...(isRange(r) ? [t('scenario.results.flag.range')] : []),
        ...r.usedShares.map((u) => `${labels.category(u.category)} ${labels.step(u)}`),
        ...(r.split ? [t('scenarioBasis.splitShort', { basis: labels.splitStep(r.split) })] : []),
      ].join(' · ');
    const results: PrintBlock = {
      kind: 'table',
      empty: t('scenario.results.empty', { year: year.value }),
      table: {
        id: 'results',
        caption: t('scenario.results.caption', { year: year.value }),
        columns: [
          { label: t('scenario.results.col.rank'), kind: 'number' },
          { label: t('scenario.results.col.newRank'), kind: 'number' },
          { label: t('scenario.results.col.name'), kind: 'text' },
          { label: t('scenario.results.col.baseline', { unit: labels.unit() }), kind: 'number' },
          { label: t('scenario.results.col.scenario', { unit: labels.unit() }), kind: 'number' },
          { label: t('scenario.results.col.delta', { unit: labels.unit() }), kind: 'number' },
          { label: t('scenario.results.col.deltaPct'), kind: 'number' },
          ...(s.monteCarlo
            ? [
                {
                  label: t('scenario.results.col.mc', { unit: labels.unit() }),
                  kind: 'text' as const,
                },
              ]
            : []),
          { label: t('scenarioBasis.col'), kind: 'text' },
          { label: t('scenario.results.col.source'), kind: 'text' },
        ],
        rows: rows.map((r) => {
          const change = r.total.deltaRank ?? 0;
          const e = mcBy.get(r.code);
          return [
            ctx.num(r.total.rank, r.total.rank == null ? '—' : String(r.total.rank)),
            ctx.num(
              r.total.newRank,
              r.total.newRank == null
                ? '—'
                : `${r.total.newRank}${change > 0 ? ` ▲${change}` : change < 0 ? ` ▼${-change}` : ''}`,
            ),
            ctx.text(scenario.nameOf(r.code)),
            ctx.num(r.total.baseline, labels.baseAmount(r.total.baseline)),
            isRange(r)
              ? ctx.text(rangeText(r))
              : r.total.status === 'not_computable'
                ? ctx.text(t('scenarioBasis.notComputable'))
                : {
                    ...ctx.num(r.total.scenario, labels.amount(r.total.scenario)),
                    mark:
                      r.total.low !== r.total.high && r.total.low != null
                        ? rangeText(r)
                        : undefined,
                  },
            ctx.num(r.total.delta, labels.amountDelta(r.total.delta)),
            ctx.num(r.total.deltaPct, labels.deltaPct(r.total.deltaPct)),
            ...(s.monteCarlo
              ? [
                  ctx.text(
                    e?.value && e.rank
                      ? `${labels.amount(e.value.p5)} – ${labels.amount(e.value.p95)} (${t('scenario.results.mcMedian', { value: labels.amount(e.value.p50) })} · ${t('scenario.results.mcRank')} ${e.rank.p5}–${e.rank.p95})`
                      : '—',
                  ),
                ]
              : []),
            ctx.text(basisText(r)),
            ctx.sourceCell(baselineCell(r.code)),
          ];
        }),
      },
    };

    const blocks: PrintBlock[] = [assumptions];
    if (s.monteCarlo) {
      blocks.push({
        kind: 'note',
        tone: 'plain',
        text:
          mc?.status === 'done'
            ? t('print.scenario.mcDone', { draws: mc.result.draws, seed: mc.result.seed })
            : mc?.status === 'error'
              ? t('print.scenario.mcFailed', { message: mc.message })
              : t('print.scenario.mcRunning'),
      });
    }
    blocks.push(results);
    const focus = focusCode.value;
    const i = focus && prepared.value ? prepared.value.prepared.codes.indexOf(focus) : -1;
    const tor = i >= 0 && prepared.value ? tornado(prepared.value.prepared, spec.value, i) : null;
    const name = focus ? scenario.nameOf(focus) : '';
    if (tor?.ok && tor.value.bars.length) {
      blocks.push({
        kind: 'chart',
        id: 'tornado',
        caption: `${t('scenario.tornado.title', { name })} · ${t('scenario.tornado.base', { value: labels.value(tor.value.base) })}`,
        height: Math.max(160, tor.value.bars.length * 30 + 70),
        option: labels.tornadoChart(tor.value, name),
      });
      blocks.push({
        kind: 'note',
        tone: 'plain',
        text: `${t(`scenario.tornado.colours.${ctx.settings.gains}`)} ${t('scenario.tornado.hint')}`,
      });
    } else if (tor && !tor.ok) {
      blocks.push({ kind: 'note', text: labels.noPoint(tor.error, 'tornado') });
    }

    const bearers: (SourceBearer | null)[] = rows.map((r) => baselineCell(r.code));
    for (const r of rows)
      for (const u of r.usedShares)
        if (u.sourceId) bearers.push({ sourceId: u.sourceId as SourceId });
    return { ...base, blocks, sourceIds: ctx.sources(bearers) };
  });
}
