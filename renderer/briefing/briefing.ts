/**
 * The briefing being built: a cover (title, author), and pinned views in order, each with a
 * heading and notes. Pinning keeps the view's state and a fingerprint of the figures it showed;
 * a reopened briefing re-renders each pin on the current data and says where those figures
 * changed. Saved as a versioned file (core/briefing/briefing-file.ts): through a native dialog
 * in the desktop app, as a download in a browser; opened likewise, and from recent files.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  briefingFileName,
  MAX_BRIEFING_ITEMS,
  parseBriefingFile,
  serializeBriefingFile,
  type BriefingFile,
  type BriefingItem,
  type BriefingProblem,
} from '../../core/briefing/briefing-file';
import { yearsOfLevel } from '../../core/data';
import { pinFingerprint } from '../../core/briefing/fingerprint';
import type { PinState } from '../../core/briefing/pin-state';
import { api } from '../api';
import { useAtlasData } from '../stores/atlas-data';
import { useRevisionHistory } from '../stores/revision-history';
import { useScenario } from '../stores/scenario';
import { saveText } from '../import/file-transfer';

export type BriefingStatus =
  | { kind: 'saved' | 'opened'; name: string }
  | { kind: 'full' }
  | { kind: 'error'; name: string; problems: (BriefingProblem | string)[] };

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export const useBriefing = defineStore('briefing', () => {
  const data = useAtlasData();
  const history = useRevisionHistory();
  const scenario = useScenario();

  const title = ref('');
  const author = ref('');
  const createdAt = ref(new Date().toISOString());
  const items = ref<BriefingItem[]>([]);
  const fileName = ref<string | null>(null);
  const status = ref<BriefingStatus | null>(null);
  let nextId = 1;

  /** What a pin rests on beyond the dataset: the revision list, the exposure profiles. */
  function extraOf(state: PinState): unknown {
    if (state.view === 'import') return history.revisions.map((r) => [r.id, r.createdAt]);
    if (state.view === 'scenarios') return scenario.exposure?.exposure.candidates.length ?? null;
    return null;
  }
  function fingerprintOf(state: PinState): string {
    if (!data.data) return '';
    // A map pin's base year is the one the map shows (the nearest year with data at its level).
    const levelYears =
      state.view === 'map' && data.index ? yearsOfLevel(data.index, state.level) : [];
    return pinFingerprint(state, data.data.dataset, extraOf(state), levelYears);
  }
  /** Loads what fingerprints read besides the dataset (once; both are cached). */
  async function prepare(): Promise<void> {
    await Promise.all([history.refresh(), scenario.ensureExposure()]);
  }

  async function pin(state: PinState): Promise<BriefingItem | null> {
    if (items.value.length >= MAX_BRIEFING_ITEMS) {
      status.value = { kind: 'full' };
      return null;
    }
    await prepare();
    const revision = data.data!.revision;
    const item: BriefingItem = {
      id: `pin-${Date.now().toString(36)}-${nextId++}`,
      heading: '',
      notes: '',
      pinnedAt: new Date().toISOString(),
      data: {
        revisionId: revision.id,
        revisionDate: revision.createdAt,
        fingerprint: fingerprintOf(state),
      },
      state: plain(state),
    };
    items.value = [...items.value, item];
    return item;
  }

  function move(id: string, by: -1 | 1): void {
    const i = items.value.findIndex((x) => x.id === id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= items.value.length) return;
    const next = [...items.value];
    [next[i], next[j]] = [next[j]!, next[i]!];
    items.value = next;
  }
  function remove(id: string): void {
    items.value = items.value.filter((x) => x.id !== id);
  }
  function update(id: string, patch: Partial<Pick<BriefingItem, 'heading' | 'notes'>>): void {
    items.value = items.value.map((x) => (x.id === id ? { ...x, ...patch } : x));
  }
  function clear(): void {
    title.value = '';
    author.value = '';
    createdAt.value = new Date().toISOString();
    items.value = [];
    fileName.value = null;
    status.value = null;
  }

  /** The pins whose figures changed since they were pinned (on the data loaded now). */
  const changed = computed(() => {
    void data.data;
    return new Set(
      items.value.filter((x) => fingerprintOf(x.state) !== x.data.fingerprint).map((x) => x.id),
    );
  });

  function toFile(): BriefingFile {
    return plain({
      format: BRIEFING_FORMAT,
      version: BRIEFING_VERSION,
      title: title.value,
      author: author.value,
      createdAt: createdAt.value,
      items: items.value,
    });
  }

  async function save(): Promise<void> {
    const text = serializeBriefingFile(toFile());
    const name = fileName.value ?? briefingFileName(title.value);
    const outcome = await saveText(name, text, (request) => api.saveBriefing(request));
    if (outcome.status === 'cancelled') return;
    if (outcome.status === 'error') {
      status.value = { kind: 'error', name, problems: [outcome.message] };
      return;
    }
    fileName.value = outcome.name;
    status.value = { kind: 'saved', name: outcome.name };
    // A download (no native dialog, a browser) is remembered among recent files with its text.
    if (outcome.status === 'downloaded')
      await api.noteRecentFile({ kind: 'briefing', name, text }).catch(() => undefined);
  }

  /** Opens a briefing's text (from a dialog, an upload or recent files); false if unusable. */
  async function openText(name: string, text: string, remember = false): Promise<boolean> {
    const parsed = parseBriefingFile(text);
    if (!parsed.ok) {
      status.value = { kind: 'error', name, problems: parsed.error };
      return false;
    }
    await prepare();
    const file = parsed.value;
    title.value = file.title;
    author.value = file.author;
    createdAt.value = file.createdAt;
    items.value = file.items;
    fileName.value = name;
    status.value = { kind: 'opened', name };
    if (remember) await api.noteRecentFile({ kind: 'briefing', name, text }).catch(() => undefined);
    return true;
  }

  /** File › Open briefing…: a native dialog, or `false` where there is none (upload instead). */
  async function openDialog(): Promise<boolean> {
    try {
      const r = await api.openBriefing();
      if (r.status === 'unavailable') return false;
      if (r.status === 'opened') await openText(r.name, r.text);
      return true;
    } catch (e) {
      status.value = {
        kind: 'error',
        name: '',
        problems: [e instanceof Error ? e.message : String(e)],
      };
      return true;
    }
  }

  return {
    title,
    author,
    createdAt,
    items,
    fileName,
    status,
    changed,
    pin,
    move,
    remove,
    update,
    clear,
    toFile,
    save,
    openText,
    openDialog,
  };
});
