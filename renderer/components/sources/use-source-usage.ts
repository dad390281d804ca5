/**
 * What each source backs, in words: "北京（省级）2021 进出口、出口 (采用)". Figures from the
 * dataset and trade-structure shares from the exposure profiles (loaded once, through the
 * scenario store, which the scenario panel shares). Used by the sources view and its print.
 */
import { computed, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';
import { addShareUsage, sourceUsage, type SourceUse } from '../../../core/data';
import { entityName } from '../../../core/format';
import type { Source } from '../../../core/model';
import { useAtlasData } from '../../stores/atlas-data';
import { useScenario } from '../../stores/scenario';
import { useSettings } from '../../stores/settings';

/** The sources a search and a kind keep (id, title and publisher are searched). */
export function filterSources(all: readonly Source[], query: string, kind: string): Source[] {
  const q = query.trim().toLowerCase();
  return all.filter(
    (s) =>
      (!kind || s.kind === kind) &&
      (!q || `${s.id} ${s.title} ${s.publisher}`.toLowerCase().includes(q)),
  );
}

const isMunicipality = (code: string) => ['110000', '120000', '310000', '500000'].includes(code);

export function useSourceUsage() {
  const { t } = useI18n();
  const store = useAtlasData();
  const settings = useSettings();
  const scenario = useScenario();
  onMounted(() => void scenario.ensureExposure());

  const usage = computed(() =>
    addShareUsage(sourceUsage(store.data!.dataset), scenario.exposure?.exposure.candidates ?? []),
  );
  const shareLoadError = computed(() => scenario.exposureError);

  /** One line per entity, year, period and role. */
  function describe(uses: SourceUse[]): string[] {
    const groups = new Map<string, { head: string; role: string; measures: string[] }>();
    for (const u of uses) {
      const e = store.entities.get(u.code);
      const name = e ? entityName(e, settings.locale) : u.code;
      // Municipalities exist as a province and as a city: say which one a figure belongs to.
      const level =
        e?.level === 'province' && e.provinceCode === e.code && isMunicipality(e.code)
          ? t('sources.provinceLevel')
          : '';
      const period = u.period === 'full_year' ? '' : ` ${u.period}`;
      const key = `${u.code}|${u.year}|${u.period}|${u.role}`;
      const g = groups.get(key) ?? {
        head: `${name}${level} ${u.year}${period}`,
        role: u.role,
        measures: [],
      };
      const m = t(`sources.measure.${u.measure}`);
      if (!g.measures.includes(m)) g.measures.push(m);
      groups.set(key, g);
    }
    const sep = settings.locale === 'zh-CN' ? '、' : ', ';
    return [...groups.values()].map(
      (g) => `${g.head} ${g.measures.join(sep)} (${t(`sources.role.${g.role}`)})`,
    );
  }

  return { usage, describe, shareLoadError };
}
