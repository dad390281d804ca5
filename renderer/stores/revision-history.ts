import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RevisionInfo } from '../../core/api';
import { api } from '../api';
import { useAtlasData } from './atlas-data';

/**
 * The user's revisions, newest first, and the two ways back: restore any earlier state, or reset
 * to the bundled data. Both add a revision; nothing is ever deleted. Every change reloads the
 * working data so the figures and rankings views show it at once.
 */
export const useRevisionHistory = defineStore('revision-history', () => {
  const revisions = ref<RevisionInfo[]>([]);
  const busy = ref(false);
  const error = ref<string | null>(null);
  const atlas = useAtlasData();

  async function refresh(): Promise<void> {
    try {
      revisions.value = await api.listRevisions();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  async function change(action: () => Promise<RevisionInfo>): Promise<RevisionInfo | null> {
    busy.value = true;
    error.value = null;
    try {
      const revision = await action();
      await Promise.all([refresh(), atlas.load()]);
      return revision;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      return null;
    } finally {
      busy.value = false;
    }
  }

  const undoTo = (id: number) => change(() => api.undoTo(id));
  const resetToBundled = () => change(() => api.resetToBundled());
  /** After a commit made elsewhere (the wizard), show it here too. */
  const committed = () => Promise.all([refresh(), atlas.load()]);

  return { revisions, busy, error, refresh, undoTo, resetToBundled, committed };
});
