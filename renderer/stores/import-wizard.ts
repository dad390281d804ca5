import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { RevisionInfo } from '../../core/api';
import type { ImportPreview, ImportRequestOverrides } from '../../core/import-api';
import {
  makeRecipe,
  mergeAliases,
  parseRecipe,
  type CommitBlocker,
  type FixDescriptor,
  type ImportRecipe,
  type ValueFix,
} from '../../core/import';
import type { Adcode } from '../../core/model';
import { api } from '../api';
import { blobToBase64 } from '../import/file-transfer';
import { ImportWorkerClient, PreviewCancelled } from '../import/worker-client';
import type { ImportStage } from '../import/worker-protocol';
import { useAtlasData } from './atlas-data';
import { useRevisionHistory } from './revision-history';

export const WIZARD_STEPS = [
  'file',
  'format',
  'table',
  'columns',
  'names',
  'checks',
  'review',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

type Alias = { alias: string; code: Adcode };
/** Overrides the user can set one by one (aliases have their own list). */
export type SettableOverride = Exclude<keyof ImportRequestOverrides, 'aliases' | 'map'>;

/**
 * The import wizard: the chosen file, what the user changed, and the latest preview. Every change
 * re-runs the pipeline in the worker; the commit sends the same bytes and settings to the main
 * process, which runs the pipeline again and stores the result.
 */
export const useImportWizard = defineStore('import-wizard', () => {
  const atlas = useAtlasData();
  const history = useRevisionHistory();
  const client = new ImportWorkerClient();

  const step = ref<WizardStep>('file');
  /** The chosen file, kept as a Blob: the worker reads slices of it, the commit reads it once. */
  const file = shallowRef<{ name: string; blob: Blob } | null>(null);
  const overrides = ref<ImportRequestOverrides>({});
  const taught = ref<Alias[]>([]);
  const stored = ref<Alias[]>([]);
  const fixes = ref<ValueFix[]>([]);
  const recipe = shallowRef<{ name: string; recipe: ImportRecipe } | null>(null);
  const preview = shallowRef<ImportPreview | null>(null);
  const progress = ref<{ stage: ImportStage; fraction: number } | null>(null);
  const error = ref<string | null>(null);
  const committing = ref(false);
  const committed = ref<RevisionInfo | null>(null);
  /** Why the main process refused a commit (the file or data changed since the preview). */
  const refused = shallowRef<CommitBlocker | null>(null);

  /** The data revision the latest preview was checked against; the commit names it. */
  const checkedAgainst = ref<number | null>(null);
  /** The data moved under the file being reviewed (an undo, an import elsewhere): checked again. */
  const rechecked = shallowRef<{ from: number; to: number } | null>(null);

  // The worker checks against the working data; a commit or an undo changes it. A file still under
  // review is checked again, or its diff and checks would speak of data that is no longer there.
  watch(
    () => atlas.data,
    (data) => {
      if (!data) return;
      client.setContext(data.reference.entities, data.dataset.figures);
      const before = checkedAgainst.value;
      if (file.value && preview.value && !committed.value && before !== null) {
        if (data.revision.id === before) return;
        rechecked.value = { from: before, to: data.revision.id };
        void run();
      }
    },
    { immediate: true },
  );

  const report = computed(() => preview.value?.report ?? null);
  const running = computed(() => progress.value !== null);

  function settings() {
    const { sheet, ...rest } = overrides.value;
    return {
      ...(sheet !== undefined ? { sheet } : {}),
      overrides: { ...rest, aliases: mergeAliases(stored.value, taught.value) },
      fixes: fixes.value.map((f) => ({ ...f })),
      recipe: recipe.value?.recipe ?? null,
    };
  }

  async function run(): Promise<void> {
    if (!file.value) return;
    error.value = null;
    progress.value = { stage: 'reading', fraction: 0.05 };
    const against = atlas.data?.revision.id ?? null;
    try {
      const outcome = await client.preview(
        file.value.blob,
        file.value.name,
        // Plain data for postMessage: Vue's reactive proxies cannot be structured-cloned.
        JSON.parse(JSON.stringify(settings())),
        (stage, fraction) => (progress.value = { stage, fraction }),
      );
      const stale = new Set(outcome.staleFixes.map((f) => JSON.stringify(f)));
      fixes.value = fixes.value.filter((f) => !stale.has(JSON.stringify(f)));
      preview.value = outcome.preview;
      checkedAgainst.value = against;
      // A refusal spoke of the previous preview.
      refused.value = null;
      progress.value = null;
    } catch (e) {
      if (e instanceof PreviewCancelled) return;
      progress.value = null;
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  async function chooseFile(chosen: File): Promise<void> {
    reset();
    file.value = { name: chosen.name, blob: chosen };
    stored.value = await api.listTaughtAliases().catch(() => []);
    await run();
    // A refused file (not a table, .xls, PDF…) stays on the first step, with the reason.
    if (preview.value && !preview.value.readError) step.value = 'format';
  }

  /** Stop a running preview; a first preview that is cancelled leaves no file chosen. */
  function cancel(): void {
    client.cancel();
    progress.value = null;
    if (!preview.value) file.value = null;
  }

  function reset(): void {
    client.cancel();
    file.value = null;
    preview.value = null;
    overrides.value = {};
    taught.value = [];
    fixes.value = [];
    recipe.value = null;
    progress.value = null;
    error.value = null;
    committed.value = null;
    refused.value = null;
    checkedAgainst.value = null;
    rechecked.value = null;
    step.value = 'file';
  }

  /** Changing how the file is read can move values, so accepted fixes are dropped. */
  function setOverride<K extends SettableOverride>(
    key: K,
    value: ImportRequestOverrides[K] | undefined,
  ) {
    const next = { ...overrides.value };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    overrides.value = next;
    fixes.value = [];
    void run();
  }

  function mapColumn(letter: string, field: string): void {
    overrides.value = { ...overrides.value, map: { ...overrides.value.map, [letter]: field } };
    fixes.value = [];
    void run();
  }

  /** One click on a problem's fix: scale or keep a value, map a column, or teach a name. */
  function applyFix(fix: FixDescriptor): void {
    if (fix.kind === 'map') return mapColumn(fix.letter, fix.field);
    if (fix.kind === 'alias') return teachAlias(fix.alias, fix.code);
    fixes.value = [...fixes.value, fix];
    void run();
  }

  function teachAlias(alias: string, code: Adcode): void {
    taught.value = mergeAliases(taught.value, [{ alias, code }]);
    void run();
  }

  function forgetAlias(alias: string): void {
    taught.value = taught.value.filter((a) => a.alias !== alias);
    void run();
  }

  /** Recipe JSON → applied, or the reason it cannot be (shown to the user). */
  function applyRecipe(name: string, text: string): string | null {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return 'not JSON';
    }
    const parsed = parseRecipe(json);
    if (!parsed.ok) return parsed.error;
    recipe.value = { name, recipe: parsed.value };
    overrides.value = { ...overrides.value, map: {} };
    fixes.value = [];
    void run();
    return null;
  }

  const recipeText = () => (report.value ? JSON.stringify(makeRecipe(report.value), null, 2) : '');

  async function commit(): Promise<void> {
    if (!file.value || !preview.value || preview.value.blocker) return;
    committing.value = true;
    error.value = null;
    refused.value = null;
    try {
      const { sheet, ...rest } = overrides.value;
      const result = await api.commitImport({
        file: { name: file.value.name, base64: await blobToBase64(file.value.blob) },
        overrides: { ...rest, ...(sheet !== undefined ? { sheet } : {}), aliases: taught.value },
        fixes: fixes.value,
        recipe: recipe.value?.recipe ?? null,
        ...(checkedAgainst.value !== null ? { checkedAgainst: checkedAgainst.value } : {}),
      });
      if (result.status === 'blocked') {
        refused.value = result.blocker;
        // Loading the current data checks the file again (the watch above).
        if (result.blocker.code === 'data_changed') await history.committed();
        return;
      }
      committed.value = result.revision;
      await history.committed();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      committing.value = false;
    }
  }

  return {
    step,
    file,
    overrides,
    taught,
    fixes,
    recipe,
    preview,
    report,
    progress,
    running,
    error,
    committing,
    committed,
    refused,
    rechecked,
    chooseFile,
    cancel,
    reset,
    setOverride,
    mapColumn,
    applyFix,
    teachAlias,
    forgetAlias,
    applyRecipe,
    recipeText,
    commit,
  };
});
