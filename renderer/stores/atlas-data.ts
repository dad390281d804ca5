import { defineStore } from 'pinia';
import { computed, shallowRef, ref } from 'vue';
import type { WorkingData } from '../../core/api';
import { entityIndex, indexFullYears } from '../../core/data';
import type { Source, SourceId } from '../../core/model';
import { takeWorkingData } from '../boot-prefetch';

/** The working dataset as the main process serves it, plus lookups every view needs. */
export const useAtlasData = defineStore('atlas-data', () => {
  const data = shallowRef<WorkingData | null>(null);
  const error = ref<string | null>(null);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      data.value = await takeWorkingData();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
    }
  }

  const entities = computed(() => (data.value ? entityIndex(data.value.reference) : new Map()));
  const sources = computed(() => {
    const m = new Map<SourceId, Source>();
    for (const s of data.value?.dataset.sources ?? []) m.set(s.id, s);
    return m;
  });

  /** The full-year index every view reads (built once per working dataset, not per view). */
  const index = computed(() =>
    data.value ? indexFullYears(data.value.dataset, data.value.reference) : null,
  );

  return { data, error, loading, load, entities, sources, index };
});
