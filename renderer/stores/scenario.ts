import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { yearsWithData } from '../../core/data';
import { entityName } from '../../core/format';
import type { Adcode, Entity } from '../../core/model';
import {
  checkProxyFactor,
  computeRun,
  copyProxyRange,
  DEFAULT_ELASTICITIES,
  exposureOf,
  LOSS_FIRST,
  prepareRun,
  presetSpec,
  PRESETS,
  sortResultRows,
  type ElasticityName,
  type EntityExposure,
  type ProxyFactor,
  type ProxyRangeRule,
  type ProxyStep,
  type PreparedRun,
  type ResultSort,
  type ScenarioInputs,
  type ScenarioSpec,
  type ShareOverride,
  type Shock,
} from '../../core/scenario';
import type { ExposureData } from '../../core/scenario-api';
import { api } from '../api';
import { useAtlasData } from './atlas-data';
import { useSettings } from './settings';

/**
 * The scenario being edited (A): base year, level, shocks, elasticities, the user's exposure
 * shares, the proxy rule, and everything derived from them — the prepared layout with the proxy
 * chain (rebuilt when year, level, shares or the rule change) and the result (recomputed on every
 * slider move, ~0.2 ms). Sensitivity, Monte
 * Carlo and the A/B comparison live in their own stores and read this one.
 */
export type ScenarioTab =
  'results' | 'sensitivity' | 'montecarlo' | 'runs' | 'compare' | 'exposure' | 'map';

export const useScenario = defineStore('scenario', () => {
  const data = useAtlasData();
  const settings = useSettings();

  const exposure = shallowRef<ExposureData | null>(null);
  const exposureError = ref<string | null>(null);
  let loading: Promise<void> | null = null;
  /** Loads exposure.json and the stored user shares once (the city drawer calls this too). */
  function ensureExposure(): Promise<void> {
    loading ??= api
      .getExposureProfiles()
      .then((d) => {
        exposure.value = d;
        edits.value = d.userEdits.map((e) => ({ ...e }));
      })
      .catch((e: unknown) => {
        exposureError.value = e instanceof Error ? e.message : String(e);
        loading = null;
      });
    return loading;
  }

  const level = ref<'city' | 'province'>('city');
  const chosenYear = ref<number | null>(null);
  const name = ref('');
  const presetId = ref<string | null>(null);
  const spec = ref<ScenarioSpec>({ shocks: [], elasticities: { ...DEFAULT_ELASTICITIES } });
  /** The user's exposure shares as edited here; `saveEdits` stores them as a revision. */
  const edits = ref<ShareOverride[]>([]);
  /** How far stand-in shares may stray (the proxy rule); saved with scenario files. */
  const proxyRange = ref<ProxyRangeRule>(copyProxyRange());
  const sort = ref<ResultSort>(LOSS_FIRST);
  /** The city the tornado and breakeven are about. */
  const focus = ref<Adcode | null>(null);
  /** The entity open in the exposure editor (kept while the reader visits other tabs). */
  const exposureCode = ref<string | null>(null);
  /** The open tab of the panel (a result that is not computable opens the exposure editor). */
  const tab = ref<ScenarioTab>('results');

  const years = computed(() => {
    const d = data.data;
    return d ? yearsWithData(d.dataset, d.reference, level.value) : [];
  });
  const year = computed(() => {
    const ys = years.value;
    if (chosenYear.value !== null && ys.includes(chosenYear.value)) return chosenYear.value;
    const preferred = exposure.value?.exposure.defaultBaseYear;
    return preferred !== undefined && ys.includes(preferred) ? preferred : (ys.at(-1) ?? 0);
  });

  /**
   * A run prepared on the loaded data and exposure for a year, level, shares and proxy rule of the
   * caller's (null until both are loaded): this panel's, a print pin's, compare's B, the drawer's.
   */
  function prepareWith(
    choice: Pick<ScenarioInputs, 'overrides' | 'year' | 'level' | 'proxyRange'>,
  ): PreparedRun | null {
    const d = data.data;
    const x = exposure.value;
    if (!d || !x) return null;
    return prepareRun({
      dataset: d.dataset,
      reference: d.reference,
      exposure: x.exposure,
      ...choice,
    });
  }
  const prepared = computed(() =>
    prepareWith({
      overrides: edits.value,
      year: year.value,
      level: level.value,
      proxyRange: proxyRange.value,
    }),
  );
  /** What the proxy chain finds for an entity in the base year (any entity, baseline or not). */
  const exposureFor = (code: string): EntityExposure | null =>
    prepared.value ? exposureOf(prepared.value, code as Adcode) : null;
  const run = computed(() => (prepared.value ? computeRun(prepared.value, spec.value) : null));

  const entityOf = (code: string): Entity | undefined => data.entities.get(code as Adcode);
  const nameOf = (code: string): string => {
    const e = entityOf(code);
    return e ? entityName(e, settings.locale) : code;
  };
  const collator = computed(
    () => new Intl.Collator(settings.locale === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en'),
  );
  /** Entity codes in the reader's name order (pinyin in Chinese, alphabetical in English). */
  const inNameOrder = (codes: Iterable<string>): string[] =>
    [...codes].sort((a, b) => collator.value.compare(nameOf(a), nameOf(b)));
  const rows = computed(() =>
    run.value
      ? sortResultRows(run.value.rows, sort.value, {
          nameOf: (r) => nameOf(r.code),
          compare: collator.value.compare,
        })
      : [],
  );
  /** The focused city, else the biggest loser with a point result. */
  const focusCode = computed<Adcode | null>(() => {
    const codes = prepared.value?.prepared.codes ?? [];
    if (focus.value && codes.includes(focus.value)) return focus.value;
    const loss = run.value
      ? sortResultRows(run.value.rows, LOSS_FIRST, { nameOf: (r) => r.code, compare: () => 0 })
      : [];
    return loss.find((r) => r.total.scenario !== null)?.code ?? codes[0] ?? null;
  });

  const editsDirty = computed(
    () => JSON.stringify(edits.value) !== JSON.stringify(exposure.value?.userEdits ?? []),
  );

  function applyPreset(id: string): void {
    const preset = PRESETS.find((p) => p.id === id);
    const next = presetSpec(id);
    if (!preset || !next) return;
    // A preset replaces the shocks but keeps elasticities the user set.
    spec.value = { shocks: next.shocks, elasticities: { ...spec.value.elasticities } };
    presetId.value = id;
    name.value = preset.name[settings.locale === 'zh-CN' ? 'zh' : 'en'];
  }

  /** Sets one shock (0 removes it); the scenario then no longer is the preset as published. */
  function setShock(shock: Shock): void {
    const same = (s: Shock) =>
      s.dimension === shock.dimension && s.category === shock.category && s.flow === shock.flow;
    const rest = spec.value.shocks.filter((s) => !same(s));
    const shocks = shock.pct === 0 ? rest : [...rest, shock];
    spec.value = { ...spec.value, shocks };
    presetId.value = null;
  }

  function clearShocks(): void {
    spec.value = { ...spec.value, shocks: [] };
    presetId.value = null;
  }

  function setElasticity(key: ElasticityName, value: number | null): void {
    spec.value = { ...spec.value, elasticities: { ...spec.value.elasticities, [key]: value } };
  }

  /** Sets (or with null, removes) one user share. */
  function setEdit(edit: Omit<ShareOverride, 'pct'>, pct: number | null): void {
    const same = (e: ShareOverride) =>
      e.code === edit.code &&
      e.dimension === edit.dimension &&
      e.basis === edit.basis &&
      e.category === edit.category;
    const rest = edits.value.filter((e) => !same(e));
    edits.value = pct === null ? rest : [...rest, { ...edit, pct }];
  }

  /** Sets one factor of the proxy rule; a value outside its bounds is refused (returns false). */
  function setProxyFactor(step: ProxyStep, end: keyof ProxyFactor, value: number): boolean {
    const factor = { ...proxyRange.value[step], [end]: value };
    if (checkProxyFactor(factor)) return false;
    proxyRange.value = { ...proxyRange.value, [step]: factor };
    return true;
  }

  async function saveEdits(): Promise<void> {
    // Plain objects: Vue's proxies cannot cross Electron's structured clone.
    await api.saveExposureEdits(edits.value.map((e) => ({ ...e })));
    const fresh = await api.getExposureProfiles();
    exposure.value = fresh;
    // Revisions change the working data too (the header shows the revision).
    await data.load();
  }

  /** Opens the exposure editor on an entity, to enter the shares no step has. */
  function enterShares(code: string): void {
    exposureCode.value = code;
    tab.value = 'exposure';
  }

  // Another revision (an import, an undo, a reset) may carry other user shares: reload them,
  // keeping edits the user has not saved yet.
  watch(
    () => data.data?.revision.id,
    async (id) => {
      if (!exposure.value || id === undefined || id === exposure.value.revisionId) return;
      const dirty = editsDirty.value;
      const fresh = await api.getExposureProfiles();
      exposure.value = fresh;
      if (!dirty) edits.value = fresh.userEdits.map((e) => ({ ...e }));
    },
  );
  // A city of another level cannot be the focus.
  watch(level, () => (focus.value = null));
  // A preset's name follows the language, unless the user renamed the scenario.
  watch(
    () => settings.locale,
    (locale) => {
      const preset = PRESETS.find((p) => p.id === presetId.value);
      if (preset && Object.values(preset.name).includes(name.value)) {
        name.value = preset.name[locale === 'zh-CN' ? 'zh' : 'en'];
      }
    },
  );

  return {
    exposure,
    exposureError,
    ensureExposure,
    level,
    chosenYear,
    name,
    presetId,
    spec,
    edits,
    editsDirty,
    proxyRange,
    setProxyFactor,
    exposureFor,
    sort,
    focus,
    focusCode,
    exposureCode,
    enterShares,
    tab,
    years,
    year,
    prepared,
    prepareWith,
    run,
    rows,
    entityOf,
    nameOf,
    inNameOrder,
    applyPreset,
    setShock,
    clearShocks,
    setElasticity,
    setEdit,
    saveEdits,
  };
});
